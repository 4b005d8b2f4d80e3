// Practice drills: pick principles and rounds, answer against a visible timer, reveal the probes one at a time, rate
// yourself 1-4. Ratings move a question between five Leitner boxes; weak answers come back sooner. Plain ES2017.
(function () {
  "use strict";
  var data = window.PMGUIDE_QUESTIONS;
  var store = window.PmGuideStore;
  var setup = document.getElementById("practice-setup");
  if (!data || !store || !setup) {
    return;
  }
  store.bindControls();

  // Days until the next review for each box (1-5).
  var INTERVALS = [0, 1, 3, 7, 14, 30];
  var RATINGS = ["", "Could not answer", "Weak", "Good", "Strong"];
  var names = {};
  data.principles.forEach(function (p) { names[p.id] = p.name; });

  var el = function (id) { return document.getElementById(id); };
  var session = el("practice-session");
  var timerText = el("practice-timer");
  var timerToggle = el("practice-timer-toggle");
  var timerStatus = el("practice-timer-status");
  var probeList = el("practice-probes");
  var probeButton = el("practice-probe");
  var status = el("practice-status");
  var minutesInput = el("practice-minutes");

  var queue = [];
  var position = 0;
  var shownProbes = 0;
  var timer = { total: 120000, remaining: 120000, running: false, endsAt: 0, handle: 0 };

  function settings() {
    var d = store.data();
    if (!d.settings || typeof d.settings !== "object") {
      d.settings = { principles: data.principles.map(function (p) { return p.id; }), rounds: data.rounds.slice(), minutes: 2 };
    }
    return d.settings;
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
    minutesInput.value = String(s.minutes || 2);
    setup.querySelectorAll("[data-select]").forEach(function (button) {
      button.addEventListener("click", function () {
        var on = button.getAttribute("data-select") === "all";
        principleList.querySelectorAll("input").forEach(function (input) { input.checked = on; });
      });
    });
  }

  function checkbox(name, value, label, checked) {
    var li = document.createElement("li");
    var labelEl = document.createElement("label");
    var input = document.createElement("input");
    input.type = "checkbox";
    input.name = name;
    input.value = value;
    input.checked = checked;
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

  // Due questions first (oldest first), then new ones in guide order, then the rest by their next review.
  function buildQueue(principles, rounds) {
    var today = store.today();
    var progress = store.data().progress;
    var chosen = data.questions.filter(function (q) {
      return principles.indexOf(q.principle) >= 0 && rounds.indexOf(q.round) >= 0;
    });
    var due = [];
    var fresh = [];
    var later = [];
    chosen.forEach(function (q) {
      var p = progress[q.id];
      if (!p) {
        fresh.push(q);
      } else if (p.due <= today) {
        due.push(q);
      } else {
        later.push(q);
      }
    });
    var byDue = function (a, b) {
      var x = progress[a.id].due;
      var y = progress[b.id].due;
      return x < y ? -1 : x > y ? 1 : 0;
    };
    due.sort(byDue);
    later.sort(byDue);
    return due.concat(fresh, later);
  }

  function start(event) {
    event.preventDefault();
    var principles = checked("principle");
    var rounds = checked("round");
    var minutes = parseFloat(minutesInput.value);
    if (!(minutes > 0 && minutes <= 60)) {
      minutes = 2;
      minutesInput.value = "2";
    }
    var s = settings();
    s.principles = principles;
    s.rounds = rounds;
    s.minutes = minutes;
    store.save();
    queue = buildQueue(principles, rounds);
    if (queue.length === 0) {
      el("practice-setup-status").textContent = "No questions match: choose at least one principle and one round.";
      return;
    }
    el("practice-setup-status").textContent = "";
    timer.total = Math.round(minutes * 60000);
    position = 0;
    setup.hidden = true;
    session.hidden = false;
    showQuestion();
  }

  function showQuestion() {
    var q = queue[position];
    var p = store.data().progress[q.id];
    var today = store.today();
    var kind = !p ? "New question" : p.due <= today ? "Due for review" : "Early review (due " + p.due + ")";
    el("practice-count").textContent = "Question " + (position + 1) + " of " + queue.length;
    el("practice-meta").textContent = names[q.principle] + " · " + q.round + " · " + q.level + " · " + kind;
    el("practice-question").textContent = q.text;
    var link = el("practice-question-link");
    link.href = link.getAttribute("data-root") + q.url;
    probeList.textContent = "";
    shownProbes = 0;
    updateProbeButton();
    resetTimer(false);
    session.focus();
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

  function nextQuestion() {
    pauseTimer(false);
    position = (position + 1) % queue.length;
    showQuestion();
  }

  function rate(rating) {
    var q = queue[position];
    var progress = store.data().progress;
    var previous = progress[q.id];
    var box = previous ? previous.box : 1;
    if (rating <= 2) {
      box = 1;
    } else {
      box = Math.min(5, box + (rating === 4 ? 2 : 1));
    }
    var days = rating === 1 ? 0 : rating === 2 ? 1 : INTERVALS[box];
    var due = store.dayFrom(days);
    progress[q.id] = { box: box, due: due, last: store.today(), rating: rating, reviews: (previous ? previous.reviews || 0 : 0) + 1 };
    var saved = store.save();
    status.textContent = "Rated " + rating + " (" + RATINGS[rating] + ") for \u201c" + q.text + "\u201d. " +
      (days === 0 ? "It comes back later today." : "Next review in " + days + (days === 1 ? " day" : " days") + ", on " + due + ".") +
      (saved ? "" : " (Not saved: this browser keeps it for this session only.)");
    renderSchedule();
    nextQuestion();
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
      timerStatus.textContent = "Time is up. Stop talking and let the interviewer probe.";
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
    if (announce) {
      timerStatus.textContent = "Timer reset to " + format(timer.total) + ".";
    }
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
      [byId[id].text, names[byId[id].principle], "Box " + p.box, p.due <= today ? "Due today" : p.due, RATINGS[p.rating] || ""].forEach(function (text) {
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

  var byId = {};
  data.questions.forEach(function (q) { byId[q.id] = q; });

  buildSetup();
  renderSchedule();
  setup.addEventListener("submit", start);
  timerToggle.addEventListener("click", toggleTimer);
  el("practice-timer-reset").addEventListener("click", function () { resetTimer(true); });
  probeButton.addEventListener("click", nextProbe);
  el("practice-next").addEventListener("click", nextQuestion);
  el("practice-settings").addEventListener("click", function () {
    pauseTimer(false);
    session.hidden = true;
    setup.hidden = false;
    setup.querySelector("button[type='submit']").focus();
  });
  session.querySelectorAll("[data-rating]").forEach(function (button) {
    button.addEventListener("click", function () { rate(parseInt(button.getAttribute("data-rating"), 10)); });
  });

  // Keyboard: Space starts or pauses the timer, N shows the next probe and then moves on, 1-4 rate.
  document.addEventListener("keydown", function (event) {
    if (session.hidden || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var onButton = target && target.tagName === "BUTTON";
    if (event.key === " " && !onButton) {
      event.preventDefault();
      toggleTimer();
    } else if (event.key === "n" || event.key === "N") {
      event.preventDefault();
      if (!nextProbe()) {
        nextQuestion();
      }
    } else if (/^[1-4]$/.test(event.key)) {
      event.preventDefault();
      rate(parseInt(event.key, 10));
    }
  });
})();
