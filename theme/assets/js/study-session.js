// The order of a practice session, with no DOM: due questions first, then new ones, shuffled per session from a
// seed and interleaved so that no two questions in a row share a principle when that can be avoided. Plain ES2017;
// in the browser it sets window.PmGuideSession, under Node it is a CommonJS module (tests: node --test).
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.PmGuideSession = factory();
  }
})(this, function () {
  "use strict";

  // mulberry32: a small seeded generator, so a session's order can be replayed from its seed.
  function random(seed) {
    var a = (seed >>> 0) || 1;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      var t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  // Fisher-Yates on a copy.
  function shuffle(items, next) {
    var copy = items.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(next() * (i + 1));
      var t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return copy;
  }

  // Whether the counts left can still be laid out with no two equal keys in a row, the first not being `last`.
  function feasible(counts, total, last) {
    var keys = Object.keys(counts);
    for (var i = 0; i < keys.length; i++) {
      var c = counts[keys[i]];
      if (c > total - c + (keys[i] === last ? 0 : 1)) {
        return false;
      }
    }
    return true;
  }

  // Orders items so that key(item) never repeats back to back where any order allows it. Each step picks at random
  // (weighted by how many are left) among the keys that differ from the last one and keep the rest feasible; within
  // a key the items keep their given order. `last` is the key of the item before the first (or null).
  function interleave(items, key, next, last) {
    var groups = {};
    var counts = {};
    var order = [];
    items.forEach(function (item) {
      var k = key(item);
      if (!groups[k]) {
        groups[k] = [];
        counts[k] = 0;
        order.push(k);
      }
      groups[k].push(item);
      counts[k]++;
    });
    var result = [];
    var total = items.length;
    var previous = last === undefined ? null : last;
    while (total > 0) {
      var candidates = [];
      order.forEach(function (k) {
        if (counts[k] === 0 || k === previous) {
          return;
        }
        counts[k]--;
        if (feasible(counts, total - 1, k)) {
          candidates.push(k);
        }
        counts[k]++;
      });
      if (candidates.length === 0) {
        // Nothing avoids a repeat (one principle left, or it was never possible): take the largest group.
        order.forEach(function (k) {
          if (counts[k] > 0 && (candidates.length === 0 || counts[k] > counts[candidates[0]])) {
            candidates = [k];
          }
        });
      }
      var weight = 0;
      candidates.forEach(function (k) { weight += counts[k]; });
      var pick = next() * weight;
      var chosen = candidates[candidates.length - 1];
      for (var i = 0; i < candidates.length; i++) {
        pick -= counts[candidates[i]];
        if (pick < 0) {
          chosen = candidates[i];
          break;
        }
      }
      result.push(groups[chosen].shift());
      counts[chosen]--;
      total--;
      previous = chosen;
    }
    return result;
  }

  // Within one principle, alternate rounds where possible, so the order mixes rounds too.
  function mixRounds(items, next) {
    return interleave(shuffle(items, next), function (q) { return q.round; }, next, null);
  }

  // The questions of each principle, keeping their order, and the principles in the order they first appear.
  function groupByPrinciple(items) {
    var groups = {};
    var order = [];
    items.forEach(function (q) {
      if (!groups[q.principle]) {
        groups[q.principle] = [];
        order.push(q.principle);
      }
      groups[q.principle].push(q);
    });
    return { groups: groups, order: order };
  }

  function byPrinciple(items, next) {
    var grouped = groupByPrinciple(items);
    var groups = grouped.groups;
    var order = grouped.order;
    var mixed = [];
    order.forEach(function (p) { mixed = mixed.concat(mixRounds(groups[p], next)); });
    return mixed;
  }

  /**
   * Builds a session. options: questions (id, principle, round), principles and rounds chosen, isDue(id) and isNew(id),
   * dueRank(id) (smaller first when more are due than fit), length (0 = all), dueOnly, newLeft and dueLeft (today's
   * caps still open), seed. Returns { queue, due, fresh, dueWaiting, newWaiting } (the waiting counts are what the
   * length or the daily caps left out).
   */
  function build(options) {
    var next = random(options.seed);
    var chosen = options.questions.filter(function (q) {
      return options.principles.indexOf(q.principle) >= 0 && options.rounds.indexOf(q.round) >= 0;
    });
    var due = chosen.filter(function (q) { return options.isDue(q.id); });
    var fresh = options.dueOnly ? [] : chosen.filter(function (q) { return options.isNew(q.id); });
    var length = options.length > 0 ? options.length : Infinity;

    // The most overdue fit first; ties are broken by the session's shuffle.
    due = shuffle(due, next);
    due.sort(function (a, b) { return options.dueRank(a.id) - options.dueRank(b.id); });
    var dueTake = Math.min(due.length, length, options.dueLeft === undefined ? Infinity : options.dueLeft);
    var newTake = Math.min(fresh.length, length - dueTake, options.newLeft === undefined ? Infinity : options.newLeft);
    var first = interleave(byPrinciple(due.slice(0, dueTake), next), principleOf, next, null);
    var lastKey = first.length > 0 ? first[first.length - 1].principle : null;
    // New questions: a fair share from each principle (one from each in turn, in a shuffled order, the principle the
    // due ones end with last, so it gets no more than the others), before the cut.
    var freshChosen = roundRobin(byPrinciple(shuffle(fresh, next), next), next, lastKey).slice(0, newTake);
    var second = interleave(byPrinciple(freshChosen, next), principleOf, next, lastKey);
    return {
      queue: first.concat(second),
      due: first.length,
      fresh: second.length,
      dueWaiting: due.length - dueTake,
      newWaiting: fresh.length - newTake
    };
  }

  // One from each principle in turn (principles in a shuffled order, `last` at the end), keeping each one's order.
  function roundRobin(items, next, last) {
    var grouped = groupByPrinciple(items);
    var groups = grouped.groups;
    var order = grouped.order;
    order = shuffle(order, next);
    if (order.indexOf(last) >= 0) {
      order.splice(order.indexOf(last), 1);
      order.push(last);
    }
    var result = [];
    for (var round = 0; result.length < items.length; round++) {
      order.forEach(function (p) {
        if (round < groups[p].length) {
          result.push(groups[p][round]);
        }
      });
    }
    return result;
  }

  function principleOf(q) {
    return q.principle;
  }

  // How many neighbours share a principle: 0 when the session interleaves fully.
  function repeats(queue) {
    var n = 0;
    for (var i = 1; i < queue.length; i++) {
      if (queue[i].principle === queue[i - 1].principle) {
        n++;
      }
    }
    return n;
  }

  return { random: random, shuffle: shuffle, interleave: interleave, build: build, repeats: repeats };
});
