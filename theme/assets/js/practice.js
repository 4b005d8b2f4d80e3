// Practice drills: pick principles and rounds, answer against a visible timer, face the probes one at a time, then
// reveal the strong signals and red flags and rate yourself 1-4 against them. The order comes from study-session.js
// (due first, then new, interleaved), the next review from study-schedule.js with FSRS (assets/vendor/ts-fsrs.js,
// loaded when the first session starts, as search.js loads lunr). This file only wires the DOM.
(function () {
  "use strict";
  var data = window.PMGUIDE_QUESTIONS;
  var store = window.PmGuideStore;
  var schedule = window.PmGuideSchedule;
  var sessions = window.PmGuideSession;
  var setup = document.getElementById("practice-setup");
  if (!data || !store || !setup) {
    return;
  }
  store.bindControls();
  if (!schedule || !sessions) {
    document.getElementById("practice-setup-status").textContent = "The practice scripts did not load; rebuild the site.";
    return;
  }
  var fsrs = null; // schedule.create(FSRS), once ts-fsrs has loaded.

  var RATINGS = ["", "Again", "Hard", "Good", "Easy"];
  var DEFAULTS = { minutes: 2, length: 10, dueOnly: false, newPerDay: 10, duePerDay: 40 };
  var names = {};
  data.principles.forEach(function (p) { names[p.id] = p.name; });
  var byId = {};
  data.questions.forEach(function (q) { byId[q.id] = q; });

  var el = function (id) { return document.getElementById(id); };
  var session = el("practice-session");
  var summary = el("practice-summary");
  var timerText = el("practice-timer");
  var timerToggle = el("practice-timer-toggle");
  var timerStatus = el("practice-timer-status");
  var probeList = el("practice-probes");
  var probeButton = el("practice-probe");
  var revealButton = el("practice-reveal");
  var answer = el("practice-answer");
  var status = el("practice-status");
  var minutesInput = el("practice-minutes");
  var transcript = el("practice-transcript");

  var queue = [];
  var position = 0;
  var shownProbes = 0;
  var revealed = false;
  var results = [];
  var timer = { total: 120000, remaining: 120000, running: false, endsAt: 0, handle: 0 };

  // The stored settings, with every missing or unknown value replaced by its default (the store has already
  // dropped damaged ones, and says so).
  function settings() {
    var d = store.data();
    var s = d.settings;
    var known = function (list, all) { return list.filter(function (v) { return all.indexOf(v) >= 0; }); };
    var principleIds = data.principles.map(function (p) { return p.id; });
    s.principles = Array.isArray(s.principles) ? known(s.principles, principleIds) : principleIds;
    s.rounds = Array.isArray(s.rounds) ? known(s.rounds, data.rounds) : data.rounds.slice();
    Object.keys(DEFAULTS).forEach(function (k) {
      if (s[k] === undefined) {
        s[k] = DEFAULTS[k];
      }
    });
    return s;
  }

  function buildSetup() {
    var s = settings();
    var principleList = el("practice-principles");
    data.principles.forEach(function (p) {
      principleList.appendChild(checkbox("principle", p.id, p.name, s.principles.indexOf(p.id) >= 0));
    });
    var roundList = el("practice-rounds");
    data.rounds.forEach(function (r) {
      var count = data.questions.filter(function (q) { return q.round === r; }).length;
      if (count > 0) {
        roundList.appendChild(checkbox("round", r, r + " (" + count + ")", s.rounds.indexOf(r) >= 0));
      }
    });
    minutesInput.value = String(s.minutes);
    el("practice-due-only").checked = s.dueOnly;
    el("practice-new-per-day").value = String(s.newPerDay);
    el("practice-due-per-day").value = String(s.duePerDay);
    el("practice-length").value = String(s.length);
    setup.querySelectorAll("[data-select]").forEach(function (button) {
      button.addEventListener("click", function () {
        var on = button.getAttribute("data-select") === "all";
        principleList.querySelectorAll("input").forEach(function (input) { input.checked = on; });
        showOutlook();
      });
    });
    setup.addEventListener("change", showOutlook);
    setup.addEventListener("input", showOutlook);
  }

  function checkbox(name, value, label, isChecked) {
    var li = document.createElement("li");
    var labelEl = document.createElement("label");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.name = name;
    input.value = value;
    input.checked = isChecked;
    labelEl.appendChild(input);
    labelEl.appendChild(document.createTextNode(" " + label));
    li.appendChild(labelEl);
    return li;
  }

  function checked(name) {
    var values = [];
    setup.querySelectorAll("input[name='" + name + "']:checked").forEach(function (input) { values.push(input.value); });
    return values;
  }

  function whole(input, fallback) {
    var n = parseInt(input.value, 10);
    return n >= 0 && n <= 1000 ? n : fallback;
  }

  // How many questions were answered today, new and due, for the daily caps.
  function answeredToday() {
    var today = store.today();
    var counts = { fresh: 0, due: 0 };
    store.data().history.forEach(function (h) {
      if (h.day === today) {
        counts[h.kind === "new" ? "fresh" : "due"]++;
      }
    });
    return counts;
  }

  function options(principles, rounds) {
    var s = settings();
    var progress = store.data().progress;
    var today = store.today();
    var done = answeredToday();
    var seed = Number(new URLSearchParams(window.location.search).get("seed")) || (Date.now() % 2147483647);
    return {
      questions: data.questions,
      principles: principles,
      rounds: rounds,
      isDue: function (id) { return !!progress[id] && progress[id].due <= today; },
      isNew: function (id) { return !progress[id]; },
      dueRank: function (id) { return Date.parse(progress[id].card.due); },
      length: s.length,
      dueOnly: s.dueOnly,
      newLeft: Math.max(0, s.newPerDay - done.fresh),
      dueLeft: Math.max(0, s.duePerDay - done.due),
      seed: seed
    };
  }

  function readSetup() {
    var s = settings();
    var minutes = parseFloat(minutesInput.value);
    if (!(minutes > 0 && minutes <= 60)) {
      minutes = DEFAULTS.minutes;
      minutesInput.value = String(minutes);
    }
    s.principles = checked("principle");
    s.rounds = checked("round");
    s.minutes = minutes;
    s.length = Number(el("practice-length").value);
    s.dueOnly = el("practice-due-only").checked;
    s.newPerDay = whole(el("practice-new-per-day"), DEFAULTS.newPerDay);
    s.duePerDay = whole(el("practice-due-per-day"), DEFAULTS.duePerDay);
    return s;
  }

  // The line under the setup: what a session would hold now.
  function showOutlook() {
    var s = readSetup();
    var plan = sessions.build(options(s.principles, s.rounds));
    var text = plan.due + " due and " + plan.fresh + " new in the next session";
    if (plan.dueWaiting + plan.newWaiting > 0) {
      text += " (" + (plan.dueWaiting > 0 ? plan.dueWaiting + " more due" : "") + (plan.dueWaiting > 0 && plan.newWaiting > 0 ? ", " : "") +
        (plan.newWaiting > 0 ? plan.newWaiting + " more new" : "") + " wait for the session length or today's limits)";
    }
    el("practice-outlook").textContent = text + ".";
  }

  // Loads ts-fsrs once (a plain <script src>: ES modules do not load from file:// in Chromium), then calls done.
  function withScheduler(done) {
    if (fsrs) {
      done();
      return;
    }
    if (window.FSRS) {
      fsrs = schedule.create(window.FSRS);
      done();
      return;
    }
    var script = document.createElement("script");
    script.src = session.getAttribute("data-fsrs");
    script.onload = function () {
      if (window.FSRS) {
        fsrs = schedule.create(window.FSRS);
        done();
      } else {
        el("practice-setup-status").textContent = "The scheduler (assets/vendor/ts-fsrs.js) did not load; rebuild the site.";
      }
    };
    script.onerror = function () {
      el("practice-setup-status").textContent = "The scheduler (assets/vendor/ts-fsrs.js) could not be loaded; rebuild the site.";
    };
    document.head.appendChild(script);
  }

  function start(event) {
    event.preventDefault();
    withScheduler(begin);
  }

  function begin() {
    var s = readSetup();
    store.save(false); // Settings are not progress: they do not call for a backup.
    var plan = sessions.build(options(s.principles, s.rounds));
    queue = plan.queue;
    if (queue.length === 0) {
      el("practice-setup-status").textContent = emptyReason(s, plan);
      return;
    }
    el("practice-setup-status").textContent = "";
    timer.total = Math.round(s.minutes * 60000);
    position = 0;
    results = [];
    setup.hidden = true;
    summary.hidden = true;
    session.hidden = false;
    showQuestion();
  }

  function emptyReason(s, plan) {
    if (s.principles.length === 0 || s.rounds.length === 0) {
      return "No questions match: choose at least one principle and one round.";
    }
    if (plan.dueWaiting + plan.newWaiting > 0) {
      return "Today's limits are reached (" + s.duePerDay + " reviews, " + s.newPerDay + " new questions a day). Come back tomorrow, or raise the limits.";
    }
    var progress = store.data().progress;
    var next = Object.keys(progress).filter(function (id) { return byId[id]; }).map(function (id) { return progress[id].due; }).sort()[0];
    return s.dueOnly
      ? "Nothing is due today" + (next ? "; the next question comes back on " + next : "") + ". Untick \u201cDue questions only\u201d to learn new ones."
      : "Nothing is due and every chosen question has been practised" + (next ? "; the next comes back on " + next : "") + ".";
  }

  function list(node, items) {
    node.textContent = "";
    items.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      node.appendChild(li);
    });
  }

  function showQuestion() {
    var q = queue[position];
    var p = store.data().progress[q.id];
    el("practice-count").textContent = (position + 1) + " of " + queue.length;
    el("practice-meta").textContent = names[q.principle] + " · " + q.round + " · " + q.level + " · " + (p ? "Due for review" : "New question");
    el("practice-question").textContent = q.text;
    var link = el("practice-question-link");
    link.href = link.getAttribute("data-root") + q.url;
    probeList.textContent = "";
    shownProbes = 0;
    updateProbeButton();
    // Nothing of the answer is in the page until the reveal.
    revealed = false;
    answer.hidden = true;
    el("practice-signals").textContent = "";
    el("practice-flags").textContent = "";
    el("practice-examples").textContent = "";
    el("practice-examples").hidden = true;
    revealButton.hidden = false;
    transcript.value = "";
    transcript.setAttribute("data-question", q.text);
    transcript.setAttribute("data-level", q.level);
    if (transcript.pmguideTranscript) {
      transcript.pmguideTranscript.check();
    }
    resetTimer(false);
    // Focus alone can leave the question under the sticky header: scroll the session's top (its scroll margin clears
    // the header) into view, then focus without a second scroll.
    session.scrollIntoView({ block: "start", behavior: "instant" });
    session.focus({ preventScroll: true });
  }

  function reveal(reason) {
    if (revealed) {
      return;
    }
    var q = queue[position];
    revealed = true;
    pauseTimer(false);
    list(el("practice-signals"), q.strongSignals);
    list(el("practice-flags"), q.redFlags);
    var examples = el("practice-examples");
    if (q.examples.length > 0) {
      examples.appendChild(document.createTextNode("Worked example: "));
      q.examples.forEach(function (e, i) {
        var a = document.createElement("a");
        a.href = el("practice-question-link").getAttribute("data-root") + e.url;
        a.textContent = e.title;
        examples.appendChild(a);
        if (i < q.examples.length - 1) {
          examples.appendChild(document.createTextNode(", "));
        }
      });
      examples.hidden = false;
    }
    var days = fsrs.preview(store.data().progress[q.id], new Date());
    answer.querySelectorAll("[data-rating]").forEach(function (button) {
      var r = Number(button.getAttribute("data-rating"));
      button.textContent = r + " · " + RATINGS[r] + " (" + inDays(days[r]) + ")";
    });
    answer.hidden = false;
    revealButton.hidden = true;
    timerStatus.textContent = reason === "timer"
      ? "Time is up. Here is what interviewers listen for: rate yourself against it."
      : "Revealed. Rate yourself against the signals and red flags.";
    answer.focus();
  }

  function inDays(n) {
    return n <= 0 ? "today" : n === 1 ? "tomorrow" : "in " + n + " days";
  }

  function updateProbeButton() {
    var q = queue[position];
    var left = q.probes.length - shownProbes;
    probeButton.disabled = left === 0;
    probeButton.textContent = left === 0 ? "All probes shown" : "Show next probe (" + left + " left)";
  }

  function nextProbe() {
    var q = queue[position];
    if (shownProbes >= q.probes.length) {
      return false;
    }
    var li = document.createElement("li");
    li.textContent = q.probes[shownProbes];
    probeList.appendChild(li);
    shownProbes++;
    updateProbeButton();
    return true;
  }

  function advance() {
    pauseTimer(false);
    position++;
    if (position >= queue.length) {
      finish();
    } else {
      showQuestion();
    }
  }

  function skip() {
    results.push({ q: queue[position], rating: 0 });
    advance();
  }

  function rate(rating) {
    if (!revealed) {
      status.textContent = "First reveal what interviewers listen for (R), then rate yourself against it.";
      return;
    }
    var q = queue[position];
    var d = store.data();
    var previous = d.progress[q.id];
    var now = new Date();
    var entry = fsrs.rate(previous, rating, now);
    d.progress[q.id] = entry;
    d.history.push({ at: now.toISOString(), day: store.today(), id: q.id, principle: q.principle, rating: rating, kind: previous ? "due" : "new" });
    var saved = store.save();
    var days = schedule.daysBetween(store.today(), entry.due);
    results.push({ q: q, rating: rating, due: entry.due });
    status.textContent = "Rated " + rating + " (" + RATINGS[rating] + ") for \u201c" + q.text + "\u201d. " +
      (days <= 1 ? "It comes back tomorrow, on " + entry.due + "." : "Next review in " + days + " days, on " + entry.due + ".") +
      (saved ? "" : " (Not saved: this browser keeps it for this session only.)");
    renderSchedule();
    advance();
  }

  function finish() {
    pauseTimer(false);
    session.hidden = true;
    summary.hidden = false;
    var rated = results.filter(function (r) { return r.rating > 0; });
    el("summary-line").textContent = rated.length + " of " + queue.length + " questions rated" +
      (results.length < queue.length ? " (session ended early)" : "") + ".";
    var rows = {};
    var order = [];
    results.forEach(function (r) {
      var p = r.q.principle;
      if (!rows[p]) {
        rows[p] = [0, 0, 0, 0, 0];
        order.push(p);
      }
      rows[p][r.rating]++;
    });
    order.sort(function (a, b) { return names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0; });
    var body = el("summary-body");
    body.textContent = "";
    order.forEach(function (p) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-principle", p);
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = names[p];
      tr.appendChild(th);
      [1, 2, 3, 4, 0].forEach(function (r) {
        var td = document.createElement("td");
        td.textContent = String(rows[p][r]);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    var byDay = {};
    rated.forEach(function (r) { (byDay[r.due] = byDay[r.due] || []).push(r.q); });
    var returns = el("summary-returns");
    returns.textContent = "";
    Object.keys(byDay).sort().forEach(function (day) {
      var li = document.createElement("li");
      var n = byDay[day].length;
      li.textContent = day + " (" + inDays(schedule.daysBetween(store.today(), day)) + "): " + n + (n === 1 ? " question" : " questions") + " \u2014 " +
        byDay[day].map(function (q) { return names[q.principle]; }).filter(function (v, i, all) { return all.indexOf(v) === i; }).join(", ");
      returns.appendChild(li);
    });
    if (rated.length === 0) {
      var none = document.createElement("li");
      none.textContent = "Nothing was rated, so nothing was scheduled.";
      returns.appendChild(none);
    }
    summary.focus();
  }

  function format(ms) {
    var seconds = Math.ceil(ms / 1000);
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function drawTimer() {
    timerText.textContent = format(timer.remaining);
    timerText.classList.toggle("timer-done", timer.remaining <= 0);
    timerToggle.textContent = timer.running ? "Pause timer" : timer.remaining < timer.total && timer.remaining > 0 ? "Resume timer" : "Start timer";
    timerToggle.setAttribute("aria-pressed", timer.running ? "true" : "false");
  }

  function tick() {
    timer.remaining = Math.max(0, timer.endsAt - Date.now());
    if (timer.remaining === 0) {
      pauseTimer(false);
      timerStatus.textContent = "Time is up.";
      reveal("timer");
    }
    drawTimer();
  }

  function startTimer() {
    if (timer.remaining <= 0) {
      timer.remaining = timer.total;
    }
    timer.running = true;
    timer.endsAt = Date.now() + timer.remaining;
    timer.handle = window.setInterval(tick, 200);
    timerStatus.textContent = "Timer started: " + format(timer.remaining) + " left.";
    drawTimer();
  }

  function pauseTimer(announce) {
    if (timer.running) {
      window.clearInterval(timer.handle);
      timer.remaining = Math.max(0, timer.endsAt - Date.now());
      timer.running = false;
      if (announce) {
        timerStatus.textContent = "Timer paused at " + format(timer.remaining) + ".";
      }
    }
    drawTimer();
  }

  function resetTimer(announce) {
    pauseTimer(false);
    timer.remaining = timer.total;
    timerStatus.textContent = announce ? "Timer reset to " + format(timer.total) + "." : "";
    drawTimer();
  }

  function toggleTimer() {
    if (timer.running) {
      pauseTimer(true);
    } else {
      startTimer();
    }
  }

  function renderSchedule() {
    var progress = store.data().progress;
    var ids = Object.keys(progress).filter(function (id) { return byId[id]; });
    ids.sort(function (a, b) {
      var x = progress[a].due + a;
      var y = progress[b].due + b;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    var today = store.today();
    var body = el("schedule-body");
    body.textContent = "";
    ids.forEach(function (id) {
      var p = progress[id];
      var row = document.createElement("tr");
      row.setAttribute("data-question", id);
      var when = p.due <= today ? "Due today" : p.due + " (" + inDays(schedule.daysBetween(today, p.due)) + ")";
      [byId[id].text, names[byId[id].principle], when, String(p.reviews || 0), p.rating ? p.rating + " · " + RATINGS[p.rating] : ""].forEach(function (text) {
        var cell = document.createElement("td");
        cell.textContent = text;
        row.appendChild(cell);
      });
      body.appendChild(row);
    });
    var due = ids.filter(function (id) { return progress[id].due <= today; }).length;
    el("schedule-table").hidden = ids.length === 0;
    el("schedule-summary").textContent = ids.length === 0
      ? "Nothing practised yet. Rated questions appear here with their next review date."
      : ids.length + " of " + data.questions.length + " questions practised; " + due + " due today.";
  }

  function backToSetup() {
    pauseTimer(false);
    session.hidden = true;
    summary.hidden = true;
    setup.hidden = false;
    showOutlook();
    setup.querySelector("button[type='submit']").focus();
  }

  // The study history's scripts load when the history comes into view (it sits below the schedule), as search.js
  // loads lunr when the search box is first used: the page's own weight stays what the drill needs.
  function loadHistory() {
    var section = el("study-history");
    var urls = section ? section.getAttribute("data-scripts").split(" ") : [];
    var loaded = false;
    var next = function () {
      if (urls.length === 0) {
        return;
      }
      var script = document.createElement("script");
      script.src = urls.shift();
      script.onload = next;
      document.head.appendChild(script);
    };
    var load = function () {
      if (!loaded) {
        loaded = true;
        next();
      }
    };
    if (!section) {
      return;
    }
    if (!("IntersectionObserver" in window)) {
      load();
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        load();
      }
    }, { rootMargin: "300px" });
    observer.observe(section);
  }

  // The transcript box (and through it the linter) loads on the first keystroke in it.
  transcript.addEventListener("input", function first() {
    transcript.removeEventListener("input", first);
    var script = document.createElement("script");
    script.src = transcript.getAttribute("data-script");
    script.onload = function () { window.PmGuideTranscript.attach(transcript, el("practice-lint")).check(); };
    document.head.appendChild(script);
  });
  loadHistory();
  buildSetup();
  showOutlook();
  renderSchedule();
  setup.addEventListener("submit", start);
  timerToggle.addEventListener("click", toggleTimer);
  el("practice-timer-reset").addEventListener("click", function () { resetTimer(true); });
  probeButton.addEventListener("click", nextProbe);
  revealButton.addEventListener("click", function () { reveal("button"); });
  el("practice-next").addEventListener("click", skip);
  el("practice-end").addEventListener("click", function () { finish(); });
  el("practice-settings").addEventListener("click", backToSetup);
  el("practice-again").addEventListener("click", backToSetup);
  answer.querySelectorAll("[data-rating]").forEach(function (button) {
    button.addEventListener("click", function () { rate(parseInt(button.getAttribute("data-rating"), 10)); });
  });

  // Keyboard: Space starts or pauses the timer, N shows the next probe, R reveals, 1-4 rate (after the reveal).
  document.addEventListener("keydown", function (event) {
    if (session.hidden || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var onButton = target && (target.tagName === "BUTTON" || target.tagName === "A");
    if (event.key === " " && !onButton) {
      event.preventDefault();
      toggleTimer();
    } else if (event.key === "n" || event.key === "N") {
      event.preventDefault();
      nextProbe();
    } else if (event.key === "r" || event.key === "R") {
      event.preventDefault();
      reveal("key");
    } else if (/^[1-4]$/.test(event.key)) {
      event.preventDefault();
      rate(parseInt(event.key, 10));
    }
  });
})();
