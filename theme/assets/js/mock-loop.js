// The mock loop's logic, with no DOM: who asks what (principles assigned to interviewers, one Bar Raiser drawing
// from any principle, questions drawn by principle and level), the checks on a stored loop, and the debrief in the
// shape of Amazon's written feedback. Plain ES2017; in the browser it sets window.PmGuideMock, under Node it is a
// CommonJS module (tests: node --test).
(function (root, factory) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.PmGuideMock = factory();
  }
})(this, function () {
  "use strict";

  var LEVELS = ["L5", "L6", "L7"];
  var INTERVIEWS = { full: 5, one: 1 };
  var PER_INTERVIEWER = 2;
  var SETTLING_MINUTES = 10; // introductions at the start, the candidate's own questions at the end
  var VOTES = ["Strong no hire", "Not inclined", "Inclined", "Strong hire"];

  // mulberry32, so a loop can be replayed from its seed.
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

  // Questions of a principle at the level; where the bank has none there, the nearest level's (a Bar Raiser at L7
  // still asks an L6 question rather than none).
  function candidates(questions, principle, level, used) {
    var at = LEVELS.indexOf(level);
    var byDistance = [0, 1, 2].map(function (distance) {
      return questions.filter(function (q) {
        return (principle === null || q.principle === principle) && !used[q.id] && Math.abs(LEVELS.indexOf(q.level) - at) === distance;
      });
    });
    for (var d = 0; d < byDistance.length; d++) {
      if (byDistance[d].length > 0) {
        return byDistance[d];
      }
    }
    return [];
  }

  function answerFor(q) {
    return { id: q.id, principle: q.principle, rating: 0, probes: 0, seconds: 0, story: "", transcript: "", recorded: false };
  }

  /**
   * Plans a loop from the question bank (PMGUIDE_QUESTIONS): options { level (L5-L7), length ("full": five
   * interviews, "one"), minutes (45 or 60 a interview), seed, at (ISO moment), day }. Each interviewer but the Bar
   * Raiser is assigned two principles no one else has; the Bar Raiser asks from any principle, preferring the bank's
   * bar-raiser round and principles no one else covers. A 45-minute interview holds two answers, a 60-minute one three.
   */
  function plan(bank, options) {
    var next = random(options.seed);
    var level = LEVELS.indexOf(options.level) >= 0 ? options.level : "L6";
    var length = INTERVIEWS[options.length] ? options.length : "full";
    var minutes = options.minutes === 60 ? 60 : 45;
    var perInterview = minutes === 60 ? 3 : 2;
    var count = INTERVIEWS[length];
    var principles = shuffle(bank.principles.map(function (p) { return p.id; }), next);
    var barRaiserAt = count === 1 ? -1 : 1 + Math.floor(next() * (count - 1)); // never the first interview
    var used = {};
    var covered = {};
    var interviews = [];
    var taken = 0;
    for (var i = 0; i < count; i++) {
      var role = i === barRaiserAt ? "bar-raiser" : "interviewer";
      var mine = role === "bar-raiser" ? [] : principles.slice(taken, taken + PER_INTERVIEWER);
      if (role !== "bar-raiser") {
        taken += PER_INTERVIEWER;
        mine.forEach(function (p) { covered[p] = true; });
      }
      interviews.push({ role: role, principles: mine, answers: [] });
    }
    interviews.forEach(function (interview) {
      for (var n = 0; n < perInterview; n++) {
        var pool;
        if (interview.role === "bar-raiser") {
          var fresh = candidates(bank.questions, null, level, used).filter(function (q) { return !covered[q.principle]; });
          var raising = fresh.filter(function (q) { return q.round === "bar-raiser"; });
          pool = raising.length > 0 ? raising : fresh.length > 0 ? fresh : candidates(bank.questions, null, level, used);
        } else {
          pool = candidates(bank.questions, interview.principles[n % interview.principles.length], level, used);
        }
        if (pool.length === 0) {
          continue;
        }
        var q = pool[Math.floor(next() * pool.length)];
        used[q.id] = true;
        if (interview.role === "bar-raiser") {
          covered[q.principle] = true;
          if (interview.principles.indexOf(q.principle) < 0) {
            interview.principles.push(q.principle);
          }
        }
        interview.answers.push(answerFor(q));
      }
    });
    return {
      id: "loop-" + (options.seed >>> 0).toString(36) + "-" + String(options.at || "").replace(/[^0-9]/g, ""),
      at: options.at || "",
      day: options.day || "",
      level: level,
      length: length,
      minutes: minutes,
      seed: options.seed >>> 0,
      done: false,
      interviews: interviews.filter(function (iv) { return iv.answers.length > 0; })
    };
  }

  /** Seconds each answer gets on its timer: the interview's time, less the settling minutes, shared equally. */
  function answerSeconds(loop, interview) {
    var n = Math.max(1, interview.answers.length);
    return Math.floor(((loop.minutes - SETTLING_MINUTES) * 60) / n);
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  /** Problems with a stored loop, in plain words (an empty list when it can be shown). */
  function problems(loop) {
    if (!isObject(loop) || typeof loop.id !== "string" || !Array.isArray(loop.interviews)) {
      return ["it is not a mock loop"];
    }
    var found = [];
    if (LEVELS.indexOf(loop.level) < 0) {
      found.push("its level is not L5, L6 or L7");
    }
    loop.interviews.forEach(function (iv, i) {
      if (!isObject(iv) || !Array.isArray(iv.answers) || !Array.isArray(iv.principles)) {
        found.push("interview " + (i + 1) + " is damaged");
        return;
      }
      iv.answers.forEach(function (a, j) {
        if (!isObject(a) || typeof a.id !== "string" || typeof a.principle !== "string" || !(a.rating >= 0 && a.rating <= 4)) {
          found.push("answer " + (j + 1) + " of interview " + (i + 1) + " is damaged");
        }
      });
    });
    return found;
  }

  function average(values) {
    return values.length === 0 ? 0 : values.reduce(function (a, b) { return a + b; }, 0) / values.length;
  }

  /** The bar a principle's ratings clear: 4 raises it, 3 meets it, 2 falls below it, 1 is a concern. */
  function bar(rated) {
    if (rated.length === 0) {
      return "Not answered";
    }
    var avg = average(rated);
    return avg >= 3.5 ? "Raises the bar" : avg >= 2.75 ? "Meets the bar" : avg >= 1.75 ? "Below the bar" : "Concern";
  }

  /** The loop's vote, read the way a debrief reads the panel: one answer rated 1 keeps it from "Inclined". */
  function vote(ratings) {
    if (ratings.length === 0) {
      return "No vote";
    }
    var avg = average(ratings);
    var worst = Math.min.apply(null, ratings);
    if (avg >= 3.5 && worst >= 3) {
      return VOTES[3];
    }
    if (avg >= 2.75 && worst >= 2) {
      return VOTES[2];
    }
    return avg >= 1.75 ? VOTES[1] : VOTES[0];
  }

  /**
   * The debrief of a loop: { vote, answered, total, principles: [{ id, name, bar, answers: [{ interview, role,
   * question, rating, signals, flags, lint, story }] }], stories: [{ id, title, uses, twice }], practise: [{ principle,
   * name, why }] }. bank gives questions and names; stories are the story matrix's; lint(answer, question) returns the
   * linter's summary of a transcript ({ errors, warnings, score, rules }) or null.
   */
  function debrief(loop, bank, stories, lint) {
    var questions = {};
    bank.questions.forEach(function (q) { questions[q.id] = q; });
    var names = {};
    bank.principles.forEach(function (p) { names[p.id] = p.name; });
    var storyById = {};
    (stories || []).forEach(function (s) { storyById[s.id] = s; });
    var byPrinciple = {};
    var order = [];
    var uses = {};
    var ratings = [];
    var total = 0;
    loop.interviews.forEach(function (iv, i) {
      iv.answers.forEach(function (a) {
        total++;
        var q = questions[a.id] || { text: a.id, strongSignals: [], redFlags: [], level: loop.level };
        if (!byPrinciple[a.principle]) {
          byPrinciple[a.principle] = [];
          order.push(a.principle);
        }
        var summary = lint && a.transcript && a.transcript.trim() ? lint(a.transcript, q) : null;
        byPrinciple[a.principle].push({
          interview: i + 1, role: iv.role, id: a.id, question: q.text, rating: a.rating, signals: q.strongSignals,
          flags: q.redFlags, lint: summary, story: a.story || "", recorded: !!a.recorded, transcript: a.transcript || ""
        });
        if (a.rating > 0) {
          ratings.push(a.rating);
        }
        if (a.story) {
          (uses[a.story] = uses[a.story] || []).push({ interview: i + 1, principle: a.principle, question: q.text });
        }
      });
    });
    var principles = order.map(function (id) {
      var answers = byPrinciple[id];
      var rated = answers.filter(function (a) { return a.rating > 0; }).map(function (a) { return a.rating; });
      return { id: id, name: names[id] || id, bar: bar(rated), average: average(rated), answers: answers };
    });
    var storyList = Object.keys(uses).sort().map(function (id) {
      var known = storyById[id];
      return { id: id, title: known ? known.title : "A story no longer in the matrix", known: !!known, uses: uses[id], twice: uses[id].length > 1 };
    });
    var practise = [];
    principles.forEach(function (p) {
      var why = [];
      if (p.bar === "Not answered") {
        why.push("not answered");
      } else if (p.average < 2.75) {
        why.push("rated " + p.average.toFixed(1) + " of 4");
      }
      var linted = p.answers.filter(function (a) { return a.lint && a.lint.errors > 0; });
      if (linted.length > 0) {
        why.push("the linter found " + linted.reduce(function (n, a) { return n + a.lint.errors; }, 0) + " error-level problems in the transcript");
      }
      if (why.length > 0) {
        practise.push({ principle: p.id, name: p.name, why: why.join("; "), average: p.average });
      }
    });
    practise.sort(function (a, b) { return a.average - b.average || (a.name < b.name ? -1 : 1); });
    return {
      vote: vote(ratings), answered: ratings.length, total: total, principles: principles, stories: storyList,
      repeated: storyList.filter(function (s) { return s.twice; }), practise: practise
    };
  }

  /** The rated answers, as the FSRS schedule takes them: [{ id, principle, rating }], each question once (its last rating). */
  function reviews(loop) {
    var last = {};
    var order = [];
    loop.interviews.forEach(function (iv) {
      iv.answers.forEach(function (a) {
        if (a.rating > 0) {
          if (!last[a.id]) {
            order.push(a.id);
          }
          last[a.id] = { id: a.id, principle: a.principle, rating: a.rating };
        }
      });
    });
    return order.map(function (id) { return last[id]; });
  }

  return {
    plan: plan, answerSeconds: answerSeconds, problems: problems, debrief: debrief, reviews: reviews, vote: vote, bar: bar,
    random: random, LEVELS: LEVELS, VOTES: VOTES
  };
});
