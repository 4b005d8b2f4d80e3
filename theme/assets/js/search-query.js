// What a typed query means to search: its words, their other spellings (PR/FAQ, prfaq, pr faq), the site's aliases
// (content/search-aliases.yml: "br" also looks for "bar raiser"), a correction for a word that finds nothing, and
// the order of the results (every word found, then the words side by side, then lunr's score). No page code here, so
// the same file runs in the browser (search.js) and under Node (the relevance test). Plain ES2017.
(function (root) {
  "use strict";

  // The words of a phrase as the generator normalises aliases (SearchAliases.Words): lower case, split at anything
  // that is not a letter or a digit.
  function words(text) {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }

  // What a person types becomes plain lunr terms: split like lunr's tokenizer (whitespace and '-'), trim like its
  // trimmer, and split again on query syntax (: ^ ~ + * and quotes) so nothing typed can throw.
  function queryTerms(text) {
    var terms = [];
    text.toLowerCase().split(/[\s\-]+/).forEach(function (token) {
      var trimmed = token.replace(/^\W+/, "").replace(/\W+$/, "");
      if (!trimmed) {
        return;
      }
      var parts = /[:^~+*"']/.test(trimmed) ? trimmed.split(/[:^~+*"']+/) : [trimmed];
      parts.forEach(function (part) {
        part = part.replace(/^\W+/, "").replace(/\W+$/, "");
        if (part && terms.indexOf(part) < 0) {
          terms.push(part);
        }
      });
    });
    return terms;
  }

  // One group per typed term; a result "has" the term when it matched any of the group's spellings. "a/b" is indexed
  // as itself and as "ab", "a" and "b" (SearchExtras.CompoundSpellings), so each is a spelling of the group.
  function groupsOf(terms) {
    return terms.map(function (term) {
      var spellings = [term];
      if (term.indexOf("/") >= 0) {
        var parts = term.split("/").filter(function (p) { return p.length > 0; });
        spellings.push(parts.join(""));
        parts.forEach(function (p) { spellings.push(p); });
      }
      return { term: term, words: words(term), spellings: spellings, extra: [] };
    });
  }

  // An alias applies when its words occur in the query's words in order; its meaning then counts for every group whose
  // words it covers ("two way door" covers "two", "way" and "door").
  function applyAliases(groups, text, aliases) {
    var typed = " " + words(text).join(" ") + " ";
    var squeezed = " " + words(text).join("") + " ";
    var applied = [];
    (aliases || []).forEach(function (alias) {
      for (var i = 1; i < alias.length; i++) {
        var term = alias[i];
        if (typed.indexOf(" " + term + " ") < 0 && squeezed.indexOf(" " + term.replace(/ /g, "") + " ") < 0) {
          continue;
        }
        var covered = term.split(" ");
        var means = alias[0].split(" ");
        groups.forEach(function (group) {
          if (group.words.length && group.words.every(function (w) { return covered.indexOf(w) >= 0 || term.replace(/ /g, "") === w; })) {
            group.extra = group.extra.concat(means);
          }
        });
        applied.push(alias[0]);
        return;
      }
    });
    return applied;
  }

  // Adjacent typed words written as one ("pr faq" → "prfaq", "six page" → "sixpage"), which compounds are indexed as.
  function joinedPairs(groups) {
    var pairs = [];
    for (var i = 0; i + 1 < groups.length; i++) {
      pairs.push({ word: groups[i].term + groups[i + 1].term, covers: [i, i + 1] });
    }
    return pairs;
  }

  function stem(lunr, word) {
    return lunr.stemmer(new lunr.Token(word)).toString();
  }

  // Whether the index term `found` came from the typed spelling: its stem (the exact clause) or a word it starts (the
  // trailing-wildcard clause).
  function fromSpelling(found, spelling, stemmed) {
    return found === stemmed || (spelling.length >= 3 && found.indexOf(spelling) === 0);
  }

  // Words lunr drops (its stop words: "a", "are", "the"…) cannot be found, so they neither count towards "every word
  // found" nor get a prefix clause ("a*" would match every document).
  function isStopWord(lunr, word) {
    return !lunr.stopWordFilter(new lunr.Token(word));
  }

  // How many of the results that have the most words are checked for the words side by side: the first results a
  // reader looks at (the popup shows 8, the results page 50 at a time). Each needs its block of the result store, so
  // at 10,000 chapters 200 meant about a megabyte read for a two-word query; 40 ranks the relevance set the same.
  var TOGETHER = 40;

  function run(index, lunr, text, aliases, store) {
    var groups = groupsOf(queryTerms(text)).filter(function (group) { return !isStopWord(lunr, group.term); });
    if (!groups.length) {
      return { terms: [], hits: [], missing: [], applied: [] };
    }
    var applied = applyAliases(groups, text, aliases);
    var pairs = joinedPairs(groups);
    var hits = index.query(function (q) {
      groups.forEach(function (group) {
        group.spellings.forEach(function (spelling) {
          q.term(spelling, { boost: 10 });
          if (spelling.length >= 3) {
            q.term(spelling, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
          }
        });
        group.extra.forEach(function (word) {
          q.term(word, { boost: 5 });
        });
      });
      pairs.forEach(function (pair) {
        q.term(pair.word, { boost: 10 });
      });
    });

    var stems = {};
    function stemOf(word) {
      if (!Object.prototype.hasOwnProperty.call(stems, word)) {
        stems[word] = stem(lunr, word);
      }
      return stems[word];
    }
    var found = groups.map(function () { return 0; });
    var ranked = hits.map(function (hit, position) {
      var matched = Object.keys(hit.matchData.metadata);
      var has = groups.map(function (group, g) {
        var yes = matched.some(function (m) {
          return group.spellings.some(function (s) { return fromSpelling(m, s, stemOf(s)); })
            || group.extra.some(function (w) { return m === stemOf(w); })
            || pairs.some(function (p) { return p.covers.indexOf(g) >= 0 && m === stemOf(p.word); });
        });
        if (yes) {
          found[g]++;
        }
        return yes;
      });
      return { hit: hit, count: has.filter(Boolean).length, together: 0, position: position };
    });

    // The words side by side in what the result shows (title and excerpt): only for the results that have the most
    // words, and only as many as a reader looks at.
    if (store && groups.length > 1) {
      var best = ranked.reduce(function (m, r) { return Math.max(m, r.count); }, 0);
      var shownFirst = ranked.filter(function (r) { return r.count === best; }).slice(0, TOGETHER);
      // A store that loads in blocks says which it still needs, all at once, before any is read.
      if (store.require) {
        store.require(shownFirst.map(function (r) { return parseInt(r.hit.ref, 10); }));
      }
      shownFirst.forEach(function (r) {
        var entry = store(parseInt(r.hit.ref, 10));
        var shown = " " + words(entry[1] + " " + entry[4]).join(" ") + " ";
        for (var i = 0; i + 1 < groups.length; i++) {
          if (shown.indexOf(" " + groups[i].words.join(" ") + " " + groups[i + 1].words.join(" ")) >= 0) {
            r.together++;
          }
        }
      });
    }
    ranked.sort(function (a, b) {
      return b.count - a.count || b.together - a.together || b.hit.score - a.hit.score || a.position - b.position;
    });

    var terms = [];
    groups.forEach(function (group) {
      group.spellings.concat(group.extra).forEach(function (w) {
        if (terms.indexOf(w) < 0) {
          terms.push(w);
        }
      });
    });
    return {
      terms: terms,
      hits: ranked.map(function (r) { return r.hit; }),
      // Typed words that no result has, and no alias explains: the candidates for a correction.
      missing: groups.filter(function (group, g) { return found[g] === 0 && !group.extra.length; }).map(function (group) { return group.term; }),
      applied: applied,
    };
  }

  // Edit distance with adjacent swaps (optimal string alignment), stopping once it must exceed `limit`.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) {
      return limit + 1;
    }
    var previous2 = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var smallest = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charCodeAt(i - 1) === b.charCodeAt(k - 1) ? 0 : 1;
        var value = Math.min(previous[k] + 1, current[k - 1] + 1, previous[k - 1] + cost);
        if (previous2 && i > 1 && k > 1 && a.charCodeAt(i - 1) === b.charCodeAt(k - 2) && a.charCodeAt(i - 2) === b.charCodeAt(k - 1)) {
          value = Math.min(value, previous2[k - 2] + 1);
        }
        current.push(value);
        smallest = Math.min(smallest, value);
      }
      if (smallest > limit) {
        return limit + 1;
      }
      previous2 = previous;
      previous = current;
    }
    return previous[b.length];
  }

  // The site word closest to a typed word that finds nothing: one edit for short words, two from eight letters; among
  // equals the more frequent (the list comes most frequent first). Null when nothing is that close.
  function correct(word, vocabulary) {
    if (word.length < 4 || !/^[a-z]+$/.test(word)) {
      return null;
    }
    var limit = word.length >= 8 ? 2 : 1;
    var best = null;
    var bestDistance = limit + 1;
    for (var i = 0; i < vocabulary.length && bestDistance > 1; i++) {
      var d = distance(word, vocabulary[i], Math.min(limit, bestDistance - 1));
      if (d < bestDistance) {
        best = vocabulary[i];
        bestDistance = d;
      }
    }
    return best;
  }

  // The query with each missing word replaced by its correction; null when no word could be corrected.
  function corrected(text, missing, vocabulary) {
    var changed = false;
    var result = text.replace(/[\p{L}\p{N}]+/gu, function (word) {
      if (missing.indexOf(word.toLowerCase()) < 0) {
        return word;
      }
      var better = correct(word.toLowerCase(), vocabulary);
      if (better) {
        changed = true;
        return better;
      }
      return word;
    });
    return changed ? result : null;
  }

  root.PmGuideSearchQuery = { run: run, corrected: corrected, queryTerms: queryTerms, words: words, distance: distance };
})(typeof window !== "undefined" ? window : globalThis);
