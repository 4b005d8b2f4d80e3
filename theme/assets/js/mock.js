// The mock loop page: sets up a loop (mock-loop.js plans it), runs each interview against its clock with the
// probes one at a time, then shows the signals and red flags and takes a self-rating. What is not needed to run a
// question loads when first used, to keep the page's weight down: the recorder (mock-recorder.js) on the first
// Record, the transcript box (transcript-lint.js) when the loop starts, the debrief (mock-debrief.js, with the FSRS
// schedule) when the loop ends or a past loop is opened. Plain ES2017; this file only wires the DOM.
(function () {
  "use strict";
  var bank = window.PMGUIDE_QUESTIONS;
  var store = window.PmGuideStore;
  var logic = window.PmGuideMock;
  var el = function (id) { return document.getElementById(id); };
  var setup = el("mock-setup");
  if (!bank || !store || !logic || !setup) {
    return;
  }
  store.bindControls();

  var RATINGS = ["", "Again", "Hard", "Good", "Easy"];
  var names = {};
  bank.principles.forEach(function (p) { names[p.id] = p.name; });
  var byId = {};
  bank.questions.forEach(function (q) { byId[q.id] = q; });
  var run = el("mock-run");
  var root = run.getAttribute("data-root");
  var status = el("mock-status");
  var transcript = el("mock-transcript");
  var recordButton = el("mock-record");
  var recordStatus = el("mock-record-status");
  var audio = el("mock-audio");

  var loop = null;
  var place = { interview: 0, answer: 0 };
  var shown = 0;
  var revealed = false;
  var clock = { running: false, interview: 0, answer: 0, last: 0, handle: 0, warned: {} };
  var recorder = null; // window.PmGuideRecorder once loaded
  var recording = null; // the running recording: { stop }
  var recordOff = ""; // why recording is off for the rest of the page's life ("storage"), or ""
  var audioUrl = "";
  var loaded = {};

  // Loads scripts in order, each once, then calls done(ok).
  function scripts(urls, done) {
    var list = urls.filter(function (u) { return !loaded[u]; });
    if (list.length === 0) {
      done(true);
      return;
    }
    var s = document.createElement("script");
    s.src = list[0];
    s.onload = function () {
      loaded[list[0]] = true;
      scripts(list.slice(1), done);
    };
    s.onerror = function () { done(false); };
    document.head.appendChild(s);
  }

  function loops() {
    var d = store.data();
    return d.loops || (d.loops = []);
  }

  function current() {
    return loop.interviews[place.interview].answers[place.answer];
  }

  function keyOf(answer) {
    return loop.id + "/" + answer.id;
  }


  function start(event) {
    event.preventDefault();
    var seed = Number((/[?&]seed=(\d+)/.exec(location.search) || [])[1]) || (Date.now() % 2147483647);
    loop = logic.plan(bank, {
      level: el("mock-level").value, length: el("mock-length").value, minutes: Number(el("mock-minutes").value),
      seed: seed, at: new Date().toISOString(), day: store.today()
    });
    if (loop.interviews.length === 0) {
      el("mock-setup-status").textContent = "The question bank has no questions to ask.";
      return;
    }
    loops().push(loop);
    var saved = store.save();
    status.textContent = saved ? "" : "This loop lasts for this session only: this browser does not let the page save it.";
    scripts([transcript.getAttribute("data-script")], function (ok) {
      if (ok && window.PmGuideTranscript) {
        window.PmGuideTranscript.attach(transcript, el("mock-lint"), function () {
          var q = byId[current().id] || {};
          return { question: q.text || null, level: q.level || null };
        });
      }
    });
    place = { interview: 0, answer: 0 };
    setup.hidden = true;
    el("mock-debrief").hidden = true;
    el("mock-history-section").hidden = true;
    run.hidden = false;
    storyOptions();
    beginInterview();
  }

  function storyOptions() {
    var select = el("mock-story");
    while (select.options.length > 1) {
      select.remove(1);
    }
    store.data().stories.forEach(function (s) {
      var option = document.createElement("option");
      option.value = s.id;
      option.textContent = s.title;
      select.appendChild(option);
    });
  }

  function beginInterview() {
    clock.interview = loop.minutes * 60000;
    clock.warned = {};
    showAnswer();
  }

  function showAnswer() {
    var iv = loop.interviews[place.interview];
    var a = current();
    var q = byId[a.id] || { text: a.id, probes: [], strongSignals: [], redFlags: [], round: "", level: loop.level };
    var covers = iv.principles.map(function (p) { return names[p] || p; }).join(" and ");
    el("mock-where").textContent = "Interview " + (place.interview + 1) + " of " + loop.interviews.length + " \u00b7 question " +
      (place.answer + 1) + " of " + iv.answers.length + " \u00b7 " + loop.level;
    el("mock-interviewer").textContent = iv.role === "bar-raiser"
      ? "The Bar Raiser: an interviewer from outside the hiring team, who may ask about any principle (here " + covers + ")."
      : "This interviewer was assigned " + covers + ".";
    el("mock-question").textContent = q.text;
    el("mock-question-meta").textContent = (names[a.principle] || a.principle) + " \u00b7 " + q.round + " \u00b7 " + q.level;
    el("mock-probes").textContent = "";
    shown = 0;
    updateProbe();
    revealed = false;
    el("mock-answer").hidden = true;
    el("mock-signals").textContent = "";
    el("mock-flags").textContent = "";
    el("mock-reveal").hidden = false;
    transcript.value = a.transcript || "";
    if (transcript.pmguideTranscript) {
      transcript.pmguideTranscript.check();
    }
    el("mock-story").value = a.story || "";
    recordStatus.textContent = recordOff === "storage" ? recordStatus.textContent : "";
    showRecording(a);
    clock.answer = logic.answerSeconds(loop, iv) * 1000;
    el("mock-clock-status").textContent = "";
    startClock();
    run.focus();
  }

  function updateProbe() {
    var q = byId[current().id];
    var left = q ? q.probes.length - shown : 0;
    var button = el("mock-probe");
    button.disabled = left === 0;
    button.textContent = left === 0 ? "No more probes" : "Ask the next probe (" + left + " left)";
  }

  function nextProbe() {
    var q = byId[current().id];
    if (!q || shown >= q.probes.length) {
      return;
    }
    var li = document.createElement("li");
    li.textContent = q.probes[shown];
    el("mock-probes").appendChild(li);
    shown++;
    updateProbe();
  }

  function fill(list, items) {
    list.textContent = "";
    items.forEach(function (text) {
      var li = document.createElement("li");
      li.textContent = text;
      list.appendChild(li);
    });
  }

  function reveal() {
    if (revealed) {
      return;
    }
    var q = byId[current().id] || { strongSignals: [], redFlags: [] };
    revealed = true;
    stopClock();
    fill(el("mock-signals"), q.strongSignals);
    fill(el("mock-flags"), q.redFlags);
    el("mock-answer").hidden = false;
    el("mock-reveal").hidden = true;
    el("mock-answer").focus();
  }

  // Keeps what the student gave for the current answer (rating 0: skipped).
  function record(rating) {
    var a = current();
    a.rating = rating;
    a.probes = shown;
    a.seconds = Math.round((logic.answerSeconds(loop, loop.interviews[place.interview]) * 1000 - clock.answer) / 1000);
    a.story = el("mock-story").value;
    a.transcript = transcript.value;
    if (recording) {
      recording.stop();
    }
    var saved = store.save();
    status.textContent = (rating > 0 ? "Rated " + rating + " (" + RATINGS[rating] + ")." : "Skipped.") +
      (saved ? "" : " (Not saved: this browser keeps it for this session only.)");
    advance();
  }

  function rate(rating) {
    if (!revealed) {
      status.textContent = "First show what the interviewer listened for (R), then rate yourself against it.";
      return;
    }
    record(rating);
  }

  function advance() {
    var iv = loop.interviews[place.interview];
    if (place.answer + 1 < iv.answers.length) {
      place.answer++;
      showAnswer();
    } else if (place.interview + 1 < loop.interviews.length) {
      place.interview++;
      place.answer = 0;
      status.textContent += " Interview " + (place.interview + 1) + " begins: a new interviewer.";
      beginInterview();
    } else {
      finish();
    }
  }

  function finish() {
    stopClock();
    if (recording) {
      recording.stop();
    }
    loop.done = true;
    store.save();
    run.hidden = true;
    el("mock-history-section").hidden = false;
    renderHistory();
    debrief(loop);
  }

  // Clocks: the interview's (reset per interview) and the answer's (reset per answer); Space pauses both.
  function format(ms) {
    var s = Math.max(0, Math.ceil(ms / 1000));
    var m = Math.floor(s / 60);
    return m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
  }

  function drawClock() {
    el("mock-clock").textContent = format(clock.interview);
    el("mock-answer-clock").textContent = format(clock.answer);
    el("mock-clock").classList.toggle("timer-done", clock.interview <= 0);
    el("mock-answer-clock").classList.toggle("timer-done", clock.answer <= 0);
    var pause = el("mock-pause");
    pause.setAttribute("aria-pressed", clock.running ? "false" : "true");
    pause.textContent = clock.running ? "Pause the clocks" : "Restart the clocks";
  }

  function tick() {
    var now = Date.now();
    var spent = now - clock.last;
    clock.last = now;
    clock.interview -= spent;
    clock.answer -= spent;
    var say = el("mock-clock-status");
    if (clock.answer <= 0 && !clock.warned.answer) {
      clock.warned.answer = true;
      say.textContent = "This answer's time is up: an interviewer would move on now.";
    }
    if (clock.interview <= 0 && !clock.warned.interview) {
      clock.warned.interview = true;
      say.textContent = "This interview's time is up: in a real loop the interviewer would close here.";
    }
    drawClock();
  }

  function startClock() {
    if (!clock.running) {
      clock.running = true;
      clock.last = Date.now();
      clock.handle = window.setInterval(tick, 250);
    }
    drawClock();
  }

  function stopClock() {
    if (clock.running) {
      tick();
      clock.running = false;
      window.clearInterval(clock.handle);
    }
    drawClock();
  }

  // Recording: mock-recorder.js loads on the first press; it says why when the microphone or storage is refused.
  function withRecorder(done) {
    if (recorder) {
      done();
      return;
    }
    recordStatus.textContent = "Getting the recorder ready\u2026";
    scripts([recordButton.getAttribute("data-script")], function (ok) {
      recorder = ok ? window.PmGuideRecorder : null;
      if (recorder) {
        done();
      } else {
        recordStatus.textContent = "The recorder (assets/js/mock-recorder.js) could not be loaded; the loop goes on without recording.";
      }
    });
  }

  function toggleRecord() {
    if (recording) {
      recording.stop();
      return;
    }
    if (recordOff) {
      return;
    }
    var a = current();
    withRecorder(function () {
      recorder.start(function (problem, session) {
        if (problem) {
          if (problem.storage) {
            recordOff = "storage";
            recordButton.disabled = true;
          }
          recordStatus.textContent = problem.message;
          return;
        }
        recording = session;
        recordButton.setAttribute("aria-pressed", "true");
        recordButton.textContent = "Stop recording";
        recordStatus.textContent = "Recording\u2026 Press M or Stop recording when you have finished the answer.";
        session.onsaved = function (error, size) {
          recording = null;
          recordButton.setAttribute("aria-pressed", "false");
          recordButton.textContent = "Record this answer again";
          if (error) {
            recordStatus.textContent = error;
            return;
          }
          a.recorded = true;
          a.bytes = size;
          store.save(false);
          renderHistory();
          recordStatus.textContent = "Recorded (" + recorder.size(size) + "), kept in this browser only.";
          if (loop && current() === a) {
            showRecording(a);
          }
        };
      }, keyOf(a));
    });
  }

  function showRecording(a) {
    var box = el("mock-recording");
    if (audioUrl) {
      URL.revokeObjectURL(audioUrl);
      audioUrl = "";
    }
    audio.removeAttribute("src");
    box.hidden = true;
    recordButton.textContent = a.recorded ? "Record this answer again" : "Record this answer";
    if (!a.recorded || !recorder) {
      return;
    }
    recorder.get(keyOf(a), function (item) {
      if (!item || current() !== a) {
        return;
      }
      audioUrl = URL.createObjectURL(item.blob);
      audio.src = audioUrl;
      el("mock-recording-size").textContent = recorder.size(item.size);
      box.hidden = false;
    });
  }

  function deleteRecording() {
    var a = current();
    recorder.remove(keyOf(a), function () {
      a.recorded = false;
      a.bytes = 0;
      store.save(false);
      renderHistory();
      recordStatus.textContent = "The recording was deleted from this browser.";
      showRecording(a);
      recordButton.focus();
    });
  }

  // The debrief loads with what it needs: the transcript box (for the linter), FSRS and the debrief's own code.
  function debrief(which) {
    var section = el("mock-debrief");
    var urls = [transcript.getAttribute("data-script")].concat(section.getAttribute("data-scripts").split(" "));
    status.textContent = "Writing the debrief\u2026";
    scripts(urls, function (ok) {
      if (!ok || !window.PmGuideMockDebrief) {
        status.textContent = "The debrief's scripts could not be loaded; rebuild the site.";
        return;
      }
      status.textContent = "";
      setup.hidden = true;
      window.PmGuideMockDebrief.show(which, { store: store, bank: bank, logic: logic, root: root, recorder: recorder, section: section, done: renderHistory, again: again });
    });
  }

  function again() {
    el("mock-debrief").hidden = true;
    el("mock").classList.remove("mock-debriefing");
    setup.hidden = false;
    setup.querySelector("button[type='submit']").focus();
  }

  function renderHistory() {
    var list = el("mock-history");
    list.textContent = "";
    var all = loops().slice().reverse();
    var bytes = 0;
    el("mock-history-summary").textContent = all.length === 0
      ? "No loop yet. Your loops and their debriefs are kept here, in this browser."
      : all.length + (all.length === 1 ? " loop" : " loops") + ", newest first.";
    all.forEach(function (l) {
      var answers = [];
      l.interviews.forEach(function (iv) { answers = answers.concat(iv.answers || []); });
      var rated = answers.filter(function (a) { return a.rating > 0; }).map(function (a) { return a.rating; });
      var recorded = answers.filter(function (a) { return a.recorded; }).length;
      answers.forEach(function (a) { bytes += a.recorded && a.bytes > 0 ? a.bytes : 0; });
      var li = document.createElement("li");
      li.className = "mock-history-item";
      li.setAttribute("data-loop", l.id);
      li.appendChild(document.createTextNode(String(l.at).slice(0, 10) + " \u00b7 " + l.level + " \u00b7 " +
        (l.length === "one" ? "one interview" : l.interviews.length + " interviews") + " \u00b7 " + rated.length + " of " +
        answers.length + " answers rated \u00b7 " + logic.vote(rated) + (recorded ? " \u00b7 " + recorded + " recorded" : "") +
        (l.done ? "" : " \u00b7 not finished") + " "));
      var open = document.createElement("button");
      open.type = "button";
      open.className = "button button-secondary button-small";
      open.textContent = "Read the debrief";
      open.setAttribute("aria-label", "Read the debrief of the loop of " + String(l.at).slice(0, 10) + " at " + l.level);
      open.addEventListener("click", function () {
        var problems = logic.problems(l);
        if (problems.length > 0) {
          status.textContent = "This loop cannot be shown: " + problems.join("; ") + ". It stays in your saved data.";
          return;
        }
        debrief(l);
      });
      li.appendChild(open);
      list.appendChild(li);
    });
    // The recordings' size, from what each answer noted when it was saved (the recorder need not load for this).
    el("mock-export-recordings").textContent = "Export with my recordings" + (bytes > 0 ? " (about " + Math.max(1, Math.round(bytes / 1024)) + " KB of audio)" : "");
  }

  // Export with the recordings, and imports that hold some: the work is the recorder's (mock-recorder.js).
  function recordings(work) {
    var line = el("mock-recordings-line");
    withRecorder(function () { work(function (text) { line.textContent = text; }); });
  }

  function importRecordings() {
    var input = el("study-import");
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    var reader = new FileReader();
    reader.onload = function () {
      var text = String(reader.result);
      if (text.indexOf("\"recordings\"") >= 0) {
        recordings(function (say) { recorder.importFrom(text, say); });
      }
    };
    reader.readAsText(file);
  }

  setup.addEventListener("submit", start);
  el("mock-probe").addEventListener("click", nextProbe);
  el("mock-reveal").addEventListener("click", reveal);
  el("mock-skip").addEventListener("click", function () { record(0); });
  el("mock-end").addEventListener("click", function () {
    if (!revealed || current().rating === 0) {
      current().transcript = transcript.value;
      current().story = el("mock-story").value;
    }
    finish();
  });
  el("mock-pause").addEventListener("click", function () {
    if (clock.running) {
      stopClock();
    } else {
      startClock();
    }
  });
  recordButton.addEventListener("click", toggleRecord);
  el("mock-recording-delete").addEventListener("click", deleteRecording);
  el("mock-export-recordings").addEventListener("click", function () {
    recordings(function (say) { recorder.exportWith(store, say); });
  });
  el("study-import").addEventListener("change", importRecordings);
  el("mock-answer").querySelectorAll("[data-rating]").forEach(function (button) {
    button.addEventListener("click", function () { rate(parseInt(button.getAttribute("data-rating"), 10)); });
  });
  store.onChange(function () {
    if (run.hidden) {
      renderHistory();
    }
  });

  // Keys, outside text fields: Space clocks, N probe, M record, R reveal, 1-4 rate.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (run.hidden || event.ctrlKey || event.metaKey || event.altKey ||
        (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|AUDIO)$/.test(target.tagName)))) {
      return;
    }
    var key = event.key.toLowerCase();
    if (key === " " && !(target && /^(BUTTON|A)$/.test(target.tagName))) {
      event.preventDefault();
      el("mock-pause").click();
    } else if (key === "n") {
      nextProbe();
    } else if (key === "m") {
      toggleRecord();
    } else if (key === "r") {
      reveal();
    } else if (/^[1-4]$/.test(key)) {
      rate(parseInt(key, 10));
    }
  });
  renderHistory();
})();
