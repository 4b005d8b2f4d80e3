// The answer-linting engine, shared by lint.html, the practice page and the Node parity test. It mirrors
// generator/Lint/LintText.cs and AnswerLinter.cs step for step, so both linters report the same findings; change
// them together. Plain ES2017, no dependencies; the rules arrive as the global PMGUIDE_RUBRIC (data/rubric.js).
(function (root) {
  "use strict";

  // JavaScript's \s set; each becomes a plain space (line feeds stay) so patterns see the same text in .NET.
  function isSpace(code) {
    return code === 9 || code === 11 || code === 12 || code === 13 || code === 32 || code === 0xa0 || code === 0x1680 ||
      (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f ||
      code === 0x3000 || code === 0xfeff;
  }

  // One character in, one out: offsets found in the normalised text are valid in the original. A line feed alone in
  // its run of whitespace (a wrapped line) becomes a space, so phrases match across it; a blank line keeps its
  // line feeds, since it ends a sentence (as LintText.Normalise).
  function normalise(text) {
    var out = [];
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) {
        out.push(String.fromCharCode(code + 32));
      } else if (code === 0x2019) {
        out.push("'");
      } else if (isSpace(code)) {
        out.push(" ");
      } else {
        out.push(text.charAt(i));
      }
    }
    joinWrappedLines(out);
    return out.join("");
  }

  // One pass over the runs of spaces and line feeds: a run holding exactly one line feed is a wrapped line.
  function joinWrappedLines(chars) {
    var i = 0;
    while (i < chars.length) {
      if (chars[i] !== " " && chars[i] !== "\n") {
        i++;
        continue;
      }
      var lineFeed = -1;
      var lineFeeds = 0;
      for (; i < chars.length && (chars[i] === " " || chars[i] === "\n"); i++) {
        if (chars[i] === "\n") {
          lineFeed = i;
          lineFeeds++;
        }
      }
      if (lineFeeds === 1) {
        chars[lineFeed] = " ";
      }
    }
  }

  function isCloser(c) {
    return c === "\"" || c === "'" || c === ")" || c === "]" || c === "\u201d";
  }

  function addTrimmed(text, start, end, result) {
    while (start < end && (text[start] === " " || text[start] === "\n")) {
      start++;
    }
    while (end > start && (text[end - 1] === " " || text[end - 1] === "\n")) {
      end--;
    }
    if (end > start) {
      result.push({ start: start, length: end - start });
    }
  }

  // Sentences end after . ! ? (and closing quotes) before a space, a line break or the end; a blank line ends one too.
  function sentences(text) {
    var result = [];
    var start = 0;
    var i = 0;
    var n = text.length;
    while (i < n) {
      var c = text[i];
      if (c === "\n") {
        var next = i + 1;
        while (next < n && text[next] === " ") {
          next++;
        }
        if (next < n && text[next] === "\n") {
          addTrimmed(text, start, i, result);
          start = next;
          i = next;
          continue;
        }
      }
      if (c === "." || c === "!" || c === "?") {
        var j = i + 1;
        while (j < n && isCloser(text[j])) {
          j++;
        }
        if (j === n || text[j] === " " || text[j] === "\n") {
          addTrimmed(text, start, j, result);
          start = j;
          i = j;
          continue;
        }
      }
      i++;
    }
    addTrimmed(text, start, n, result);
    return result;
  }

  // Runs of characters other than spaces and line feeds in text[start, start + length).
  function countWords(text, start, length) {
    var count = 0;
    var inWord = false;
    for (var i = start; i < start + length; i++) {
      var space = text[i] === " " || text[i] === "\n";
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }

  // Compiled patterns are cached per rubric object: the page lints on every pause in typing.
  function compiled(rubric) {
    if (rubric.__compiled) {
      return rubric.__compiled;
    }
    var global = function (p) { return p ? new RegExp(p, "g") : null; };
    var list = rubric.rules.map(function (rule) {
      return {
        rule: rule,
        pattern: global(rule.pattern),
        requires: rule.requires ? new RegExp(rule.requires) : null,
        lists: (rule.lists || []).map(function (l) { return global(l.pattern); }),
        parts: (rule.parts || []).map(function (p) { return global(p.pattern); }),
        whenQuestion: rule.whenQuestion ? new RegExp(rule.whenQuestion) : null
      };
    });
    Object.defineProperty(rubric, "__compiled", { value: list, enumerable: false });
    return list;
  }

  // Every non-empty match of a global regex from `from` on, as { start, length } (as .NET's Match/NextMatch).
  function matches(re, text, from) {
    var result = [];
    re.lastIndex = from;
    var match;
    while ((match = re.exec(text)) !== null) {
      if (match[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      result.push({ start: match.index, length: match[0].length });
    }
    return result;
  }

  function firstMatch(re, text, from) {
    re.lastIndex = from;
    var match;
    while ((match = re.exec(text)) !== null) {
      if (match[0].length > 0) {
        return match.index;
      }
      re.lastIndex++;
    }
    return -1;
  }

  function trim(text, start, end) {
    while (start < end && (text[start] === " " || text[start] === "\n")) {
      start++;
    }
    while (end > start && (text[end - 1] === " " || text[end - 1] === "\n")) {
      end--;
    }
    return { start: start, length: end - start };
  }

  // Every finding as { ruleId, level, start, length, message }, ordered by start, rule order, then length.
  // Mirrors generator/Lint/AnswerLinter.cs kind by kind.
  // context (optional): { question, level } of the question answered; rules with whenQuestion or levels need it.
  function lint(rubric, answer, context) {
    var text = normalise(answer);
    var parts = sentences(text);
    var found = [];
    var rules = compiled(rubric);
    rules.forEach(function (entry, index) {
      var rule = entry.rule;
      if (!applies(entry, context)) {
        return;
      }
      var add = function (start, length, message) {
        found.push({ index: index, finding: make(rule, start, length, message) });
      };
      if (rule.kind === "words") {
        var listed = [];
        entry.lists.forEach(function (re, l) {
          matches(re, text, 0).forEach(function (m) { listed.push({ start: m.start, length: m.length, message: rule.lists[l].message }); });
        });
        if (listed.length >= rule.minWords) {
          listed.forEach(function (w) { add(w.start, w.length, w.message); });
        }
      } else if (rule.kind === "balance") {
        var mine = matches(entry.pattern, text, 0).length;
        var against = [];
        entry.lists.forEach(function (re, l) {
          matches(re, text, 0).forEach(function (m) { against.push({ start: m.start, length: m.length, message: rule.lists[l].message }); });
        });
        if (mine < rule.minWords) {
          add(0, 0, rule.message);
        }
        if (against.length > mine) {
          against.forEach(function (a) { add(a.start, a.length, a.message); });
        }
      } else if (rule.kind === "claims") {
        parts.forEach(function (s) {
          var sentence = text.substr(s.start, s.length);
          var claims = matches(entry.pattern, sentence, 0);
          for (var k = 0; k < claims.length; k++) {
            var from = k === 0 ? 0 : claims[k - 1].start + claims[k - 1].length;
            var to = k === claims.length - 1 ? sentence.length : claims[k + 1].start;
            if (!entry.requires.test(sentence.substring(from, to))) {
              var t = trim(sentence, from, to);
              add(s.start + t.start, t.length, rule.message);
            }
          }
        });
      } else if (rule.kind === "evidence") {
        var held = parts.some(function (s) {
          var sentence = text.substr(s.start, s.length);
          entry.pattern.lastIndex = 0;
          return entry.pattern.test(sentence) && countWords(sentence, 0, sentence.length) >= rule.minWords &&
            (!entry.requires || entry.requires.test(sentence));
        });
        if (!held) {
          add(0, 0, rule.message);
        }
      } else if (rule.kind === "length") {
        var words = countWords(text, 0, text.length);
        if ((rule.minWords > 0 && words < rule.minWords) || (rule.maxWords > 0 && words > rule.maxWords)) {
          add(0, 0, rule.message);
        }
      } else if (rule.kind === "parts") {
        entry.parts.forEach(function (re, p) {
          var spec = rule.parts[p];
          var from = Math.floor(text.length * spec.from / 100);
          var to = Math.floor(text.length * spec.to / 100);
          var first = firstMatch(re, text, from);
          if (first < 0 || first >= to) {
            add(0, 0, spec.message);
          }
        });
      }
    });
    found.sort(function (a, b) {
      return (a.finding.start - b.finding.start) || (a.index - b.index) || (a.finding.length - b.finding.length);
    });
    return found.map(function (f) { return f.finding; });
  }

  // As RubricRule.AppliesTo in C#.
  function applies(entry, context) {
    var rule = entry.rule;
    var question = context && context.question;
    var level = context && context.level ? String(context.level).toLowerCase() : null;
    return (!entry.whenQuestion || (!!question && entry.whenQuestion.test(normalise(question)))) &&
      (!rule.levels || rule.levels.length === 0 || (!!level && rule.levels.indexOf(level) >= 0));
  }

  // The rules that apply to an answer with this context (all but the question's rules when there is none).
  function applicable(rubric, context) {
    return compiled(rubric).filter(function (entry) { return applies(entry, context); }).map(function (entry) { return entry.rule; });
  }

  function make(rule, start, length, message) {
    return { ruleId: rule.id, level: rule.level, start: start, length: length, message: message };
  }

  // The findings by rule, so each rule's reason is shown once: [{ rule, messages: [{ message, findings }] }], rules
  // in the order of their first finding and messages in the order first found (as generator/Lint/LintGroups.cs).
  function groups(rubric, findings) {
    var byId = {};
    rubric.rules.forEach(function (rule) { byId[rule.id] = rule; });
    var result = [];
    var index = {};
    findings.forEach(function (f) {
      if (!(f.ruleId in index)) {
        index[f.ruleId] = result.length;
        result.push({ rule: byId[f.ruleId], messages: [] });
      }
      var group = result[index[f.ruleId]];
      var entry = group.messages.filter(function (m) { return m.message === f.message; })[0];
      if (!entry) {
        entry = { message: f.message, findings: [] };
        group.messages.push(entry);
      }
      entry.findings.push(f);
    });
    return result;
  }

  // A score out of 100: the share of the rules that apply with no finding, where error rules count double.
  function score(rubric, findings, context) {
    var total = 0;
    var passed = 0;
    applicable(rubric, context).forEach(function (rule) {
      var weight = rule.level === "error" ? 2 : 1;
      total += weight;
      if (!findings.some(function (f) { return f.ruleId === rule.id; })) {
        passed += weight;
      }
    });
    return total === 0 ? 100 : Math.round(passed * 100 / total);
  }

  var api = { normalise: normalise, sentences: sentences, countWords: countWords, lint: lint, groups: groups, applicable: applicable, score: score };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.PmGuideRubric = api;
  }
})(this);
