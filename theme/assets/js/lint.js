// The answer linter's view: checks an answer with rubric.js and the rules of content/rubric.yml, marks the exact
// words each finding is about, and lists every finding with its reason. lint.html wires it to its form; the
// transcript boxes of the practice and mock pages (transcript-lint.js) load this file on demand and use the same
// view (PmGuideLintView.create), so every page shows the same findings. Plain ES2017.
(function () {
  "use strict";
  var rubric = window.PMGUIDE_RUBRIC;
  var engine = window.PmGuideRubric;
  if (!rubric || !engine) {
    return;
  }
  var el = function (id) { return document.getElementById(id); };
  var byId = {};
  rubric.rules.forEach(function (rule) { byId[rule.id] = rule; });
  // Bounds on the page's work for a very long paste: quotes listed per message, and words marked in the text.
  var PLACES_SHOWN = 10;
  var MARKS_SHOWN = 2000;
  var NO_RULES = "This site has no rubric (content/rubric.yml), so there is nothing to check against.";

  // parts: { input (textarea), summary, score, results, marked, findings }: the nodes the view writes into.
  function create(parts) {
    var input = parts.input;

    // Cuts the text at every finding boundary and wraps each piece in the findings that cover it.
    function renderMarked(text, findings) {
      var out = parts.marked;
      out.textContent = "";
      var cuts = [0, text.length];
      findings = findings.filter(function (f) { return f.length > 0; }).slice(0, MARKS_SHOWN);
      findings.forEach(function (f) {
        if (f.length > 0) {
          cuts.push(f.start, f.start + f.length);
        }
      });
      cuts.sort(function (a, b) { return a - b; });
      for (var i = 0; i + 1 < cuts.length; i++) {
        var from = cuts[i];
        var to = cuts[i + 1];
        if (to <= from) {
          continue;
        }
        var covering = findings.filter(function (f) { return f.length > 0 && f.start <= from && f.start + f.length >= to; });
        var piece = text.substring(from, to);
        if (covering.length === 0) {
          out.appendChild(document.createTextNode(piece));
          continue;
        }
        var mark = document.createElement("mark");
        var words = covering.some(function (f) { return byId[f.ruleId].kind === "words" || byId[f.ruleId].kind === "balance"; });
        var error = covering.some(function (f) { return f.level === "error"; });
        mark.className = "lint-mark " + (error ? "lint-error" : "lint-warning") + (words ? " lint-words" : " lint-sentence");
        mark.setAttribute("data-rules", covering.map(function (f) { return f.ruleId; }).join(" "));
        mark.title = covering.map(function (f) { return f.message; }).join("\n");
        mark.textContent = piece;
        out.appendChild(mark);
      }
    }

    // One entry per rule: each of its messages with the words it found (the first few as buttons that select them),
    // then the rule's reason and what a strong answer says instead, once.
    function renderList(text, findings) {
      var list = parts.findings;
      list.textContent = "";
      engine.groups(rubric, findings).forEach(function (group) {
        var rule = group.rule;
        var li = document.createElement("li");
        li.className = "lint-finding lint-finding-" + rule.level;
        li.setAttribute("data-rule", rule.id);
        group.messages.forEach(function (entry, m) {
          var head = document.createElement("p");
          head.className = "lint-message";
          if (m === 0) {
            var badge = document.createElement("span");
            badge.className = "badge lint-badge-" + rule.level;
            badge.textContent = rule.level === "error" ? "Error" : "Warning";
            head.appendChild(badge);
            head.appendChild(document.createTextNode(" " + rule.title + ": "));
          }
          head.appendChild(document.createTextNode(entry.message));
          var places = entry.findings.filter(function (f) { return f.length > 0; });
          places.slice(0, PLACES_SHOWN).forEach(function (f) {
            head.appendChild(document.createTextNode(" "));
            var quote = document.createElement("button");
            quote.type = "button";
            quote.className = "lint-quote";
            var words = text.substr(f.start, f.length);
            quote.textContent = "\u201c" + (words.length > 60 ? words.substr(0, 57) + "\u2026" : words) + "\u201d";
            quote.setAttribute("aria-label", "Select \u201c" + words + "\u201d in your answer");
            quote.addEventListener("click", function () {
              input.focus();
              input.setSelectionRange(f.start, f.start + f.length);
            });
            head.appendChild(quote);
          });
          if (places.length > PLACES_SHOWN) {
            head.appendChild(document.createTextNode(" and " + (places.length - PLACES_SHOWN) + " more"));
          }
          li.appendChild(head);
        });
        var reason = document.createElement("p");
        reason.className = "lint-reason";
        reason.textContent = rule.reason;
        li.appendChild(reason);
        var instead = document.createElement("p");
        instead.className = "lint-instead";
        instead.textContent = "Instead: " + rule.instead;
        li.appendChild(instead);
        list.appendChild(li);
      });
    }

    // Lints the input's text; context: { question, level } or null. Returns the findings (null for an empty text).
    function check(context) {
      var text = input.value;
      context = context || { question: null, level: null };
      if (rubric.rules.length === 0) {
        parts.summary.textContent = NO_RULES;
        return null;
      }
      if (text.trim() === "") {
        parts.summary.textContent = "Paste or type an answer to check it.";
        parts.score.textContent = "";
        parts.findings.textContent = "";
        parts.marked.textContent = "";
        parts.results.hidden = true;
        return null;
      }
      var findings = engine.lint(rubric, text, context);
      var errors = findings.filter(function (f) { return f.level === "error"; }).length;
      var warnings = findings.length - errors;
      var failed = engine.groups(rubric, findings);
      errors = failed.filter(function (g) { return g.rule.level === "error"; }).length;
      warnings = failed.length - errors;
      var applied = engine.applicable(rubric, context).length;
      var passed = applied - failed.length;
      parts.results.hidden = false;
      parts.score.textContent = String(engine.score(rubric, findings, context));
      parts.summary.textContent = errors + (errors === 1 ? " error" : " errors") + ", " + warnings + (warnings === 1 ? " warning" : " warnings") +
        "; " + passed + " of " + applied + " checks pass." + (errors === 0 ? " No error-level findings: this answer passes." : "");
      renderMarked(text, findings);
      renderList(text, findings);
      return findings;
    }

    return { check: check };
  }

  window.PmGuideLintView = { create: create, noRules: rubric.rules.length === 0 };

  var input = el("lint-input");
  if (!input) {
    return;
  }
  if (rubric.rules.length === 0) {
    el("lint-summary").textContent = NO_RULES;
    return;
  }
  var view = create({ input: input, summary: el("lint-summary"), score: el("lint-score"), results: el("lint-results"), marked: el("lint-marked"), findings: el("lint-findings") });
  var pending = 0;
  function check() {
    pending = 0;
    view.check({ question: el("lint-question").value.trim() || null, level: el("lint-level").value || null });
  }

  // Checking waits for a pause in typing, longer for a long text (up to a second for about a megabyte), so the
  // page never lints on every keystroke and stays responsive while typing.
  input.addEventListener("input", function () {
    if (pending) {
      window.clearTimeout(pending);
    }
    pending = window.setTimeout(check, 150 + Math.min(850, Math.floor(input.value.length / 1000)));
  });
  ["lint-question", "lint-level"].forEach(function (id) {
    el(id).addEventListener("change", check);
    el(id).addEventListener("input", function () {
      if (pending) {
        window.clearTimeout(pending);
      }
      pending = window.setTimeout(check, 150);
    });
  });
  el("lint-clear").addEventListener("click", function () {
    input.value = "";
    check();
    input.focus();
  });

  var rules = el("lint-rules");
  rubric.rules.forEach(function (rule) {
    var li = document.createElement("li");
    var name = document.createElement("strong");
    name.textContent = rule.title;
    li.appendChild(name);
    var when = rule.whenQuestion || (rule.levels && rule.levels.length) ? ", with a question" + (rule.levels && rule.levels.length ? " at " + rule.levels.join(" or ").toUpperCase() : "") : "";
    li.appendChild(document.createTextNode(" (" + rule.level + when + "): " + rule.reason));
    rules.appendChild(li);
  });
  check();
})();
