// The mock loop's debrief, loaded when a loop ends or a past loop is opened: in the shape of Amazon's written
// feedback, per principle the student's ratings against the strong signals and red flags, the linter's findings on
// the transcripts, the stories used (a story told twice in one loop is flagged: interviewers read each other's
// notes), and what to practise next. A loop's ratings go into the FSRS schedule once (loop.scheduled), as practice
// ratings do. The figures come from mock-loop.js; this file writes them into the page. Plain ES2017.
(function () {
  "use strict";
  var RATINGS = ["Skipped", "1 \u00b7 Again", "2 \u00b7 Hard", "3 \u00b7 Good", "4 \u00b7 Easy"];

  function add(parent, tag, text, className) {
    var n = document.createElement(tag);
    if (text) {
      n.textContent = text;
    }
    if (className) {
      n.className = className;
    }
    parent.appendChild(n);
    return n;
  }

  function link(parent, href, text) {
    var a = add(parent, "a", text);
    a.href = href;
    return a;
  }

  // The linter's summary of a transcript, with the rules lint.html uses, or null when they did not load.
  function linter() {
    var engine = window.PmGuideRubric;
    var rubric = window.PMGUIDE_RUBRIC;
    if (!engine || !rubric || rubric.rules.length === 0) {
      return null;
    }
    return function (text, q) {
      var context = { question: q.text || null, level: q.level || null };
      var findings = engine.lint(rubric, text, context);
      var groups = engine.groups(rubric, findings);
      var errors = groups.filter(function (g) { return g.rule.level === "error"; }).length;
      return { errors: errors, warnings: groups.length - errors, score: engine.score(rubric, findings, context), rules: groups.map(function (g) { return g.rule.title; }) };
    };
  }

  // Rated answers go into the schedule once per loop; returns the number of questions scheduled now.
  function schedule(loop, ctx) {
    if (loop.scheduled || !window.FSRS || !window.PmGuideSchedule) {
      return 0;
    }
    var fsrs = window.PmGuideSchedule.create(window.FSRS);
    var d = ctx.store.data();
    var now = new Date();
    var reviews = ctx.logic.reviews(loop);
    reviews.forEach(function (r) {
      var previous = d.progress[r.id];
      d.progress[r.id] = fsrs.rate(previous, r.rating, now);
      d.history.push({ at: now.toISOString(), day: ctx.store.today(), id: r.id, principle: r.principle, rating: r.rating, kind: previous ? "due" : "new" });
    });
    loop.scheduled = now.toISOString();
    ctx.store.save();
    return reviews.length;
  }

  function principleSection(body, p, report, ctx) {
    var section = add(body, "section", null, "mock-principle");
    section.setAttribute("data-principle", p.id);
    var h = add(section, "h4");
    link(h, ctx.root + "principles/" + p.id + ".html", p.name);
    h.appendChild(document.createTextNode(": " + p.bar));
    p.answers.forEach(function (a) {
      var item = add(section, "div", null, "mock-debrief-answer");
      add(item, "p", "Interview " + a.interview + (a.role === "bar-raiser" ? " (Bar Raiser)" : "") + ": \u201c" + a.question + "\u201d", "mock-debrief-question");
      add(item, "p", "Your rating: " + RATINGS[a.rating] + (a.recorded ? " \u00b7 recorded on this device" : ""), "mock-rating mock-rating-" + a.rating);
      var columns = add(item, "div", null, "signal-columns");
      [["Strong signals", a.signals, "panel panel-good"], ["Red flags", a.flags, "panel panel-bad"]].forEach(function (c) {
        var panel = add(columns, "div", null, c[2]);
        add(panel, "p", c[0], "mock-panel-title");
        var list = add(panel, "ul", null, "plain-list");
        c[1].forEach(function (text) { add(list, "li", text); });
      });
      var lint = add(item, "p", null, "mock-lint-line");
      if (!a.transcript.trim()) {
        lint.textContent = "Linter: no transcript typed for this answer.";
      } else if (!a.lint) {
        lint.textContent = "Linter: the rules could not be loaded, so the transcript was not checked.";
      } else {
        lint.textContent = "Linter on your transcript: " + a.lint.errors + (a.lint.errors === 1 ? " error" : " errors") + ", " +
          a.lint.warnings + (a.lint.warnings === 1 ? " warning" : " warnings") + ", score " + a.lint.score + " / 100" +
          (a.lint.rules.length ? " (" + a.lint.rules.join(", ") + ")." : ".");
      }
      if (a.story) {
        var story = report.stories.filter(function (s) { return s.id === a.story; })[0];
        var line = add(item, "p", "Story: ", "mock-story-line");
        link(line, ctx.root + "matrix.html#matrix-" + a.story, story ? story.title : a.story);
        if (story && story.twice) {
          add(line, "strong", " \u00b7 told " + story.uses.length + " times in this loop", "mock-flag");
        }
      }
    });
  }

  function show(loop, ctx) {
    var body = document.getElementById("mock-debrief-body");
    var transcripts = loop.interviews.some(function (iv) { return iv.answers.some(function (a) { return a.transcript && a.transcript.trim(); }); });
    var draw = function () {
      var scheduled = schedule(loop, ctx);
      var report = ctx.logic.debrief(loop, ctx.bank, ctx.store.data().stories, linter());
      body.textContent = "";
      var heading = document.getElementById("mock-debrief-heading");
      heading.textContent = "Debrief: the " + loop.level + " loop of " + String(loop.at).slice(0, 10);
      var vote = add(body, "p", "Your vote, from your own ratings: ", "mock-vote");
      add(vote, "strong", report.vote, "mock-vote-value");
      vote.appendChild(document.createTextNode(". " + report.answered + " of " + report.total + " answers rated, over " +
        loop.interviews.length + (loop.interviews.length === 1 ? " interview" : " interviews") + " of " + loop.minutes + " minutes."));
      var buttons = add(body, "div", null, "button-row mock-debrief-actions");
      var print = add(buttons, "button", "Print the debrief", "button button-secondary");
      print.type = "button";
      print.addEventListener("click", function () { window.print(); });
      var again = add(buttons, "button", "Set up another loop", "button button-secondary");
      again.type = "button";
      again.addEventListener("click", ctx.again);

      add(body, "h3", "Per principle");
      add(body, "p", "As a debrief reads each interviewer's notes: what the answer had to show, what would count against it, and how you rated yourself.", "muted");
      report.principles.forEach(function (p) { principleSection(body, p, report, ctx); });

      add(body, "h3", "Stories used");
      if (report.stories.length === 0) {
        add(body, "p", "You named no story from your story matrix. Naming one per answer lets the debrief spot a story told twice.");
      } else {
        var stories = add(body, "ul", null, "mock-stories");
        report.stories.forEach(function (s) {
          var li = add(stories, "li");
          li.setAttribute("data-story", s.id);
          link(li, ctx.root + "matrix.html#matrix-" + s.id, s.title);
          li.appendChild(document.createTextNode(": " + s.uses.map(function (u) { return "interview " + u.interview + " (" + (ctx.bank.principles.filter(function (p) { return p.id === u.principle; })[0] || { name: u.principle }).name + ")"; }).join(", ") + "."));
          if (s.twice) {
            add(li, "strong", " Told twice in one loop: interviewers read each other's notes before the debrief, so bring a different story to each.", "mock-flag");
          }
        });
      }

      add(body, "h3", "What to practise next");
      var progress = ctx.store.data().progress;
      if (report.practise.length === 0) {
        add(body, "p", "Nothing stands out: every principle met the bar by your ratings, with no error from the linter.");
      } else {
        var next = add(body, "ol", null, "mock-practise");
        report.practise.forEach(function (p) {
          var li = add(next, "li");
          li.setAttribute("data-principle", p.principle);
          link(li, ctx.root + "questions/" + p.principle + ".html", p.name);
          var due = report.principles.filter(function (x) { return x.id === p.principle; })[0].answers
            .map(function (a) { return progress[a.id] ? progress[a.id].due : ""; }).filter(Boolean).sort()[0];
          li.appendChild(document.createTextNode(": " + p.why + "." + (due ? " Its questions come back in practice on " + due + "." : "")));
        });
      }
      var rated = ctx.logic.reviews(loop).length;
      var fed = add(body, "p", null, "mock-schedule-line");
      fed.textContent = rated === 0 ? "No answer was rated, so the practice schedule is unchanged."
        : (scheduled > 0 ? "Your " + scheduled + " ratings went into the practice schedule just now" : "This loop's ratings are in the practice schedule") +
          (loop.scheduled ? "" : " (the scheduler did not load, so they were not added)") + ": weak answers come back soonest. ";
      link(fed, ctx.root + "practice.html", "Open practice");

      ctx.section.hidden = false;
      document.getElementById("mock").classList.add("mock-debriefing");
      ctx.section.focus();
      ctx.done();
    };
    if (transcripts && window.PmGuideTranscript) {
      window.PmGuideTranscript.load(draw);
    } else {
      draw();
    }
  }

  window.PmGuideMockDebrief = { show: show };
})();
