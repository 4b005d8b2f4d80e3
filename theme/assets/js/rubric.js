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

  // One character in, one out: offsets found in the normalised text are valid in the original.
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
    return out.join("");
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

  // Compiled patterns are cached per rubric object: the page lints on every keystroke.
  function compiled(rubric) {
    if (rubric.__compiled) {
      return rubric.__compiled;
    }
    var list = rubric.rules.map(function (rule) {
      return {
        rule: rule,
        pattern: rule.pattern ? new RegExp(rule.pattern, "g") : null,
        when: rule.when ? new RegExp(rule.when) : null,
        requires: rule.requires ? new RegExp(rule.requires) : null
      };
    });
    Object.defineProperty(rubric, "__compiled", { value: list, enumerable: false });
    return list;
  }

  // Every finding as { ruleId, level, start, length, message }, ordered by start, rule order, then length.
  function lint(rubric, answer) {
    var text = normalise(answer);
    var found = [];
    var rules = compiled(rubric);
    for (var index = 0; index < rules.length; index++) {
      var entry = rules[index];
      var rule = entry.rule;
      if (rule.kind === "words" || rule.kind === "pattern") {
        var re = entry.pattern;
        re.lastIndex = 0;
        var match;
        while ((match = re.exec(text)) !== null) {
          if (match[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          var written = answer.substr(match.index, match[0].length);
          found.push({ index: index, finding: make(rule, match.index, match[0].length, rule.message.split("{match}").join(written)) });
        }
      } else if (rule.kind === "sentence") {
        var parts = sentences(text);
        for (var s = 0; s < parts.length; s++) {
          var sentence = text.substr(parts[s].start, parts[s].length);
          if (entry.when.test(sentence) && !entry.requires.test(sentence)) {
            found.push({ index: index, finding: make(rule, parts[s].start, parts[s].length, rule.message) });
          }
        }
      } else if (rule.kind === "answer") {
        if (!entry.requires.test(text)) {
          found.push({ index: index, finding: make(rule, 0, 0, rule.message) });
        }
      }
    }
    found.sort(function (a, b) {
      return (a.finding.start - b.finding.start) || (a.index - b.index) || (a.finding.length - b.finding.length);
    });
    return found.map(function (f) { return f.finding; });
  }

  function make(rule, start, length, message) {
    return { ruleId: rule.id, level: rule.level, start: start, length: length, message: message };
  }

  // A score out of 100: the share of rules with no finding, where error rules count double.
  function score(rubric, findings) {
    var total = 0;
    var passed = 0;
    rubric.rules.forEach(function (rule) {
      var weight = rule.level === "error" ? 2 : 1;
      total += weight;
      if (!findings.some(function (f) { return f.ruleId === rule.id; })) {
        passed += weight;
      }
    });
    return total === 0 ? 100 : Math.round(passed * 100 / total);
  }

  var api = { normalise: normalise, sentences: sentences, lint: lint, score: score };
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.PmGuideRubric = api;
  }
})(this);
