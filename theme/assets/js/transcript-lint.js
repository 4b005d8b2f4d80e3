// A transcript box: a <textarea> where the student types what they said, checked by the answer linter as they
// type. The linter (data/rubric.js, rubric.js and lint.js, the files lint.html uses) is not part of the page: it is
// loaded with <script> elements the first time the student types in any box, because the practice page has almost
// no room left in its weight budget. Findings are drawn by lint.js's own view, so they match lint.html's exactly.
// Plain ES2017; sets window.PmGuideTranscript.
(function () {
  "use strict";
  var me = document.currentScript;
  var root = me ? me.src.replace(/assets\/js\/transcript-lint\.js(?:[?#].*)?$/, "") : "";
  var FILES = ["data/rubric.js", "assets/js/rubric.js", "assets/js/lint.js"];
  var state = "idle"; // idle, loading, ready, failed
  var waiting = [];

  // Loads the linter once, in order, then calls every waiting done(ok).
  function load(done) {
    if (state === "ready" || state === "failed") {
      done(state === "ready");
      return;
    }
    waiting.push(done);
    if (state === "loading") {
      return;
    }
    state = "loading";
    var files = FILES.slice();
    var finish = function (ok) {
      state = ok ? "ready" : "failed";
      waiting.splice(0).forEach(function (callback) { callback(ok); });
    };
    var next = function () {
      if (files.length === 0) {
        finish(!!window.PmGuideLintView);
        return;
      }
      var script = document.createElement("script");
      script.src = root + files.shift();
      script.onload = next;
      script.onerror = function () { finish(false); };
      document.head.appendChild(script);
    };
    if (window.PmGuideLintView) {
      finish(true);
    } else {
      next();
    }
  }

  function node(tag, className, parent) {
    var n = document.createElement(tag);
    n.className = className;
    parent.appendChild(n);
    return n;
  }

  // The question's context: given (an object or a function), else the textarea's data-question and data-level.
  function contextOf(textarea, context) {
    if (typeof context === "function") {
      return context();
    }
    return context || { question: textarea.getAttribute("data-question") || null, level: textarea.getAttribute("data-level") || null };
  }

  /**
   * Wires a textarea to an output element (which the box fills: a status line, then the score, the marked answer
   * and the findings, as on lint.html). Returns { check (lints now), context(c) (sets the question) }; the handle
   * is also kept as textarea.pmguideTranscript.
   */
  function attach(textarea, output, context) {
    if (textarea.pmguideTranscript) {
      return textarea.pmguideTranscript;
    }
    output.textContent = "";
    var summary = node("p", "tool-status transcript-status", output);
    summary.setAttribute("role", "status");
    summary.setAttribute("aria-live", "polite");
    var results = node("div", "transcript-results", output);
    results.hidden = true;
    var scoreLine = node("p", "lint-score-line", results);
    scoreLine.appendChild(document.createTextNode("Score: "));
    var score = node("strong", "lint-score", scoreLine);
    scoreLine.appendChild(document.createTextNode(" / 100"));
    var marked = node("div", "lint-marked", results);
    var findings = node("ol", "lint-findings", results);
    var view = null;
    var pending = 0;

    function check() {
      pending = 0;
      if (view) {
        return view.check(contextOf(textarea, context));
      }
      if (textarea.value.trim() === "") {
        summary.textContent = "";
        results.hidden = true;
        return null;
      }
      summary.textContent = "Loading the linter\u2026";
      load(function (ok) {
        if (!ok) {
          summary.textContent = "The linter could not be loaded (data/rubric.js, assets/js/lint.js); your text is kept.";
          return;
        }
        view = window.PmGuideLintView.create({ input: textarea, summary: summary, score: score, results: results, marked: marked, findings: findings });
        view.check(contextOf(textarea, context));
      });
      return null;
    }

    // Linting waits for a pause in typing (about 300 ms, longer for a very long text).
    textarea.addEventListener("input", function () {
      if (pending) {
        window.clearTimeout(pending);
      }
      pending = window.setTimeout(check, 300 + Math.min(700, Math.floor(textarea.value.length / 1000)));
    });
    var handle = {
      check: check,
      context: function (c) { context = c; }
    };
    textarea.pmguideTranscript = handle;
    return handle;
  }

  window.PmGuideTranscript = { attach: attach, load: load };
})();
