// Saved study data for the practice, matrix and cheat-sheet tools: one versioned localStorage key, export and import
// as a JSON file. Data this page cannot read at all (not JSON, another format or version) is never overwritten; the
// student decides. Within readable data each field is checked on its own: a damaged field is repaired or set aside
// (kept under "setAside", and in exports), with a message, and the rest is used. Plain ES2017; the checks are
// PmGuideStore.check, also loadable under Node (tests: node --test).
(function (root, factory) {
  "use strict";
  var api = factory(root);
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.PmGuideStore = api;
  }
})(this, function (root) {
  "use strict";

  var KEY = "pmguide-study";
  var PERSIST_KEY = "pmguide-study-persist";
  var FORMAT = "pmguide-study";
  var VERSION = 2;
  var DAY = /^\d{4}-\d{2}-\d{2}$/;

  // Version 1 kept five Leitner boxes; their waits, and FSRS's difficulty after a first rating of 1-4 under its
  // default weights (checked against ts-fsrs by the tests), turn a box into a card.
  var BOX_DAYS = [0, 1, 3, 7, 14, 30];
  var FIRST_DIFFICULTY = [0, 6.4133, 5.11217071, 2.11810397, 1];

  function empty() {
    return { format: FORMAT, version: VERSION, progress: {}, stories: [], history: [], settings: {}, checklists: {} };
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function isDay(value) {
    return typeof value === "string" && DAY.test(value);
  }

  function isFiniteNumber(value) {
    return typeof value === "number" && isFinite(value);
  }

  // Problems that make the whole data unreadable; returns them in plain words, or null when it can be used.
  function problemWith(data) {
    if (!isObject(data) || data.format !== FORMAT) {
      return "it is not a PM guide study file";
    }
    if (data.version !== 1 && data.version !== VERSION) {
      return "it was saved in format version " + String(data.version) + ", and this page reads versions 1 and " + VERSION;
    }
    return null;
  }

  function noonIso(day) {
    var p = day.split("-");
    return new Date(+p[0], p[1] - 1, +p[2], 12, 0, 0, 0).toISOString();
  }

  // A version-1 entry {box, due, last, rating, reviews} as an FSRS review card: stability is the box's wait, the
  // difficulty that of its last rating; the box, dates, rating and count are kept as they were.
  function fromBox(entry) {
    var last = isDay(entry.last) ? entry.last : entry.due;
    var rating = entry.rating >= 1 && entry.rating <= 4 ? entry.rating : 3;
    var reviews = entry.reviews >= 1 ? Math.floor(entry.reviews) : 1;
    var copy = {};
    Object.keys(entry).forEach(function (k) { copy[k] = entry[k]; });
    copy.last = last;
    copy.reviews = reviews;
    copy.card = {
      due: noonIso(entry.due),
      stability: BOX_DAYS[entry.box],
      difficulty: FIRST_DIFFICULTY[rating],
      elapsed_days: 0,
      scheduled_days: Math.max(0, Math.round((Date.parse(noonIso(entry.due)) - Date.parse(noonIso(last))) / 86400000)),
      reps: reviews,
      lapses: 0,
      learning_steps: 0,
      state: 2,
      last_review: noonIso(last)
    };
    return copy;
  }

  function validCard(card) {
    return isObject(card) && typeof card.due === "string" && !isNaN(Date.parse(card.due)) &&
      isFiniteNumber(card.stability) && isFiniteNumber(card.difficulty) && isFiniteNumber(card.reps) &&
      [0, 1, 2, 3].indexOf(card.state) >= 0;
  }

  function validEntry(entry) {
    return isObject(entry) && isDay(entry.due) && validCard(entry.card);
  }

  function validBox(entry) {
    return isObject(entry) && typeof entry.box === "number" && entry.box >= 1 && entry.box <= 5 && Math.floor(entry.box) === entry.box && isDay(entry.due);
  }

  function validStory(story) {
    return isObject(story) && typeof story.id === "string" && typeof story.title === "string" && Array.isArray(story.principles);
  }

  function validHistory(item) {
    return isObject(item) && typeof item.id === "string" && isDay(item.day) && item.rating >= 1 && item.rating <= 4;
  }

  // A mock loop: mock-loop.js checks the rest.
  function validLoop(loop) {
    return isObject(loop) && typeof loop.id === "string" && typeof loop.at === "string" && Array.isArray(loop.interviews);
  }

  function stringList(value) {
    return Array.isArray(value) && value.every(function (v) { return typeof v === "string"; });
  }

  // Each setting: is the stored value usable?
  var SETTINGS = {
    principles: stringList,
    rounds: stringList,
    minutes: function (v) { return isFiniteNumber(v) && v > 0 && v <= 60; },
    length: function (v) { return v === 0 || v === 10 || v === 20; },
    dueOnly: function (v) { return typeof v === "boolean"; },
    newPerDay: function (v) { return isFiniteNumber(v) && v >= 0 && v <= 1000 && Math.floor(v) === v; },
    duePerDay: function (v) { return isFiniteNumber(v) && v >= 0 && v <= 1000 && Math.floor(v) === v; }
  };

  /**
   * Checks readable data field by field, in place: version 1 becomes 2 (boxes become FSRS cards), damaged entries
   * move to data.setAside, damaged settings are dropped (the defaults apply). Returns { notes (the repairs, in plain
   * words), migrated (true when version 1 was read) }.
   */
  function check(data) {
    var notes = [];
    var migrated = data.version === 1;
    var aside = isObject(data.setAside) ? data.setAside : {};
    var put = function (field, key, value) {
      if (!isObject(aside[field])) {
        aside[field] = {};
      }
      aside[field][key] = value;
    };
    data.version = VERSION;

    if (!isObject(data.progress)) {
      if (data.progress !== undefined) {
        put("progress", "(all)", data.progress);
        notes.push("the practice progress was damaged and was set aside");
      }
      data.progress = {};
    }
    var damaged = 0;
    Object.keys(data.progress).forEach(function (id) {
      var entry = data.progress[id];
      if (validBox(entry) && !isObject(entry.card)) {
        data.progress[id] = fromBox(entry);
      } else if (!validEntry(entry)) {
        put("progress", id, entry);
        delete data.progress[id];
        damaged++;
      }
    });
    if (damaged > 0) {
      notes.push("the progress of " + damaged + (damaged === 1 ? " question was" : " questions were") + " damaged and set aside");
    }

    if (!Array.isArray(data.stories)) {
      if (data.stories !== undefined) {
        put("stories", "(all)", data.stories);
        notes.push("the stories were damaged and were set aside");
      }
      data.stories = [];
    }
    var stories = data.stories.filter(validStory);
    if (stories.length < data.stories.length) {
      data.stories.forEach(function (story, i) {
        if (!validStory(story)) {
          put("stories", String(i + 1), story);
        }
      });
      notes.push((data.stories.length - stories.length) + " damaged " + (data.stories.length - stories.length === 1 ? "story was" : "stories were") + " set aside");
      data.stories = stories;
    }

    if (!Array.isArray(data.history)) {
      if (data.history !== undefined) {
        put("history", "(all)", data.history);
        notes.push("the study history was damaged and was set aside");
      }
      data.history = [];
    }
    var history = data.history.filter(validHistory);
    if (history.length < data.history.length) {
      put("history", "entries", data.history.filter(function (h) { return !validHistory(h); }));
      notes.push((data.history.length - history.length) + " damaged history entries were set aside");
      data.history = history;
    }

    if (data.loops !== undefined) {
      var loops = Array.isArray(data.loops) ? data.loops.filter(validLoop) : [];
      if (loops.length < (Array.isArray(data.loops) ? data.loops.length : 1)) {
        put("loops", "entries", Array.isArray(data.loops) ? data.loops.filter(function (l) { return !validLoop(l); }) : data.loops);
        notes.push("damaged mock loops were set aside");
      }
      data.loops = loops;
    }

    if (!isObject(data.checklists)) {
      if (data.checklists !== undefined) {
        put("checklists", "(all)", data.checklists);
        notes.push("the ticked drill checklists were damaged and were set aside");
      }
      data.checklists = {};
    }
    Object.keys(data.checklists).forEach(function (page) {
      var ticks = data.checklists[page];
      if (!isObject(ticks) || !Object.keys(ticks).every(function (k) { return isDay(ticks[k]); })) {
        put("checklists", page, ticks);
        delete data.checklists[page];
        notes.push("the ticks of the drill on " + page + " were damaged and set aside");
      }
    });

    if (!isObject(data.settings)) {
      if (data.settings !== undefined) {
        notes.push("the practice settings were damaged and were reset to the defaults");
      }
      data.settings = {};
    } else {
      var reset = Object.keys(SETTINGS).filter(function (k) { return data.settings[k] !== undefined && !SETTINGS[k](data.settings[k]); });
      reset.forEach(function (k) { delete data.settings[k]; });
      if (reset.length > 0) {
        notes.push("the practice " + (reset.length === 1 ? "setting '" + reset[0] + "' was" : "settings '" + reset.join("', '") + "' were") + " damaged and reset to the default");
      }
    }
    if (data.backup !== undefined && !(isObject(data.backup) && typeof data.backup.last === "string" && !isNaN(Date.parse(data.backup.last)))) {
      delete data.backup;
    }
    ["changed", "created"].forEach(function (k) {
      if (data[k] !== undefined && !(typeof data[k] === "string" && !isNaN(Date.parse(data[k])))) {
        delete data[k];
      }
    });
    if (Object.keys(aside).length > 0) {
      data.setAside = aside;
    }
    return { notes: notes, migrated: migrated };
  }

  function storage() {
    try {
      var store = root.localStorage;
      var probe = KEY + "-probe";
      store.setItem(probe, "1");
      store.removeItem(probe);
      return store;
    } catch (e) {
      return null;
    }
  }

  // state.mode: "saved" (storage works), "session" (no storage), "blocked" (stored data unreadable; left untouched).
  // state.persist: "unknown", "granted" or "denied" (navigator.storage.persist()'s answer), "unsupported".
  var state = { data: empty(), mode: "saved", message: "", raw: null, listeners: [], persist: "unknown", asked: false };

  function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function load() {
    var store = storage();
    if (!store) {
      state.mode = "session";
      state.message = "This browser does not let the page save anything here (common when a page is opened from disk). " +
        "The tools work until you close the tab; use Export to keep your progress and stories in a file.";
      return;
    }
    var raw = store.getItem(KEY);
    if (raw === null) {
      state.mode = "saved";
      return;
    }
    var parsed = null;
    var problem = null;
    try {
      parsed = JSON.parse(raw);
      problem = problemWith(parsed);
    } catch (e) {
      problem = "it is not valid JSON";
    }
    if (problem) {
      state.mode = "blocked";
      state.raw = raw;
      state.message = "Your saved study data could not be read: " + problem + ". It has been left exactly as it was. " +
        "Changes you make now last only for this session. Download the saved data to keep a copy, or import a good export.";
      return;
    }
    var checked = check(parsed);
    var notes = checked.notes;
    state.data = parsed;
    state.mode = "saved";
    if (checked.migrated) {
      state.message = "Your practice progress moved from the five boxes to the FSRS schedule; every question keeps its next review date.";
    }
    if (notes.length > 0) {
      state.message = (state.message ? state.message + " " : "") + "Your saved study data was repaired: " + notes.join("; ") + ". Everything else was kept" +
        (parsed.setAside ? "; what was set aside stays in the data and in exports, under \"setAside\"" : "") + ".";
      state.repaired = true;
    }
  }

  // Asks the browser once (per browser) not to clear the data on its own, e.g. iOS Safari after seven days away.
  function askPersist(store) {
    var nav = root.navigator;
    if (state.asked || !nav || !nav.storage || typeof nav.storage.persist !== "function") {
      if (!nav || !nav.storage || typeof nav.storage.persist !== "function") {
        state.persist = "unsupported";
      }
      return;
    }
    state.asked = true;
    var asked = null;
    try {
      asked = store.getItem(PERSIST_KEY);
    } catch (e) {
      asked = null;
    }
    var ask = asked === null ? nav.storage.persist() : nav.storage.persisted();
    ask.then(function (granted) {
      state.persist = granted ? "granted" : "denied";
      try {
        store.setItem(PERSIST_KEY, state.persist);
      } catch (e) {
        // Nothing to remember it in: the next page asks again.
      }
      notify();
    }, function () {
      state.persist = "unsupported";
      notify();
    });
  }

  // Where this browser was asked before, shows its answer as it stands now.
  function showPersisted() {
    var nav = root.navigator;
    var store = storage();
    try {
      if (!store || store.getItem(PERSIST_KEY) === null || !nav.storage || typeof nav.storage.persisted !== "function") {
        return;
      }
    } catch (e) {
      return;
    }
    nav.storage.persisted().then(function (granted) {
      state.persist = granted ? "granted" : "denied";
      notify();
    }, function () { /* unknown: say nothing */ });
  }

  // Saves the data; changed (default true) stamps it as changed since the last backup.
  function save(changed) {
    if (state.mode !== "saved") {
      notify();
      return false;
    }
    var now = new Date().toISOString();
    if (changed !== false) {
      state.data.changed = now;
      if (!state.data.created) {
        state.data.created = now;
      }
    }
    var store = storage();
    try {
      store.setItem(KEY, JSON.stringify(state.data));
      askPersist(store);
    } catch (e) {
      state.mode = "session";
      state.message = "Saving failed (" + e.name + "); your changes last only for this session. Use Export to keep them.";
    }
    notify();
    return state.mode === "saved";
  }

  function notify() {
    state.listeners.forEach(function (listener) { listener(); });
  }

  function download(name, type, text) {
    var blob = new Blob([text], { type: type });
    var url = URL.createObjectURL(blob);
    var link = document.createElement("a");
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  // Exports the data (and extra fields: recordings) as a JSON file and remembers when, for the "last backup" line.
  function exportFile(extra) {
    state.data.backup = { last: new Date().toISOString() };
    save(false);
    download("pmguide-study.json", "application/json", JSON.stringify(Object.assign({}, state.data, extra), null, 2) + "\n");
  }

  // Imported data is merged: stories by id (the file wins), progress per question (the later review wins), history
  // by moment and question, drill ticks added to those here.
  function merge(incoming) {
    var data = state.data;
    Object.keys(incoming.progress).forEach(function (id) {
      var mine = data.progress[id];
      var theirs = incoming.progress[id];
      if (!mine || String(theirs.last || "") >= String(mine.last || "")) {
        data.progress[id] = theirs;
      }
    });
    incoming.stories.forEach(function (story) {
      var at = -1;
      data.stories.forEach(function (s, i) { if (s.id === story.id) { at = i; } });
      if (at >= 0) {
        data.stories[at] = story;
      } else {
        data.stories.push(story);
      }
    });
    var seen = {};
    data.history.forEach(function (h) { seen[h.at + " " + h.id] = true; });
    incoming.history.forEach(function (h) {
      if (!seen[h.at + " " + h.id]) {
        data.history.push(h);
      }
    });
    data.history.sort(function (a, b) { return String(a.at) < String(b.at) ? -1 : String(a.at) > String(b.at) ? 1 : 0; });
    (incoming.loops || []).forEach(function (loop) {
      var loops = data.loops || (data.loops = []);
      if (!loops.some(function (l) { return l.id === loop.id; })) {
        loops.push(loop);
      }
    });
    Object.keys(incoming.checklists).forEach(function (page) {
      var ticks = data.checklists[page] || (data.checklists[page] = {});
      Object.keys(incoming.checklists[page]).forEach(function (item) {
        ticks[item] = ticks[item] || incoming.checklists[page][item];
      });
    });
    if (incoming.backup && (!data.backup || incoming.backup.last > data.backup.last)) {
      data.backup = incoming.backup;
    }
  }

  function importText(text) {
    var parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return { ok: false, message: "The file was not imported: it is not valid JSON. Nothing was changed." };
    }
    var problem = problemWith(parsed);
    if (problem) {
      return { ok: false, message: "The file was not imported: " + problem + ". Nothing was changed." };
    }
    var notes = check(parsed).notes;
    merge(parsed);
    var saved = save();
    return {
      ok: true,
      message: "Imported " + parsed.stories.length + " stories and progress for " + Object.keys(parsed.progress).length +
        " questions" + (saved ? "" : "; they last for this session only") +
        (notes.length > 0 ? ". Repaired on the way: " + notes.join("; ") : "") + "."
    };
  }

  function localDate(offsetDays) {
    var d = new Date();
    d.setHours(12, 0, 0, 0);
    d.setDate(d.getDate() + (offsetDays || 0));
    var m = d.getMonth() + 1;
    var day = d.getDate();
    return d.getFullYear() + "-" + (m < 10 ? "0" : "") + m + "-" + (day < 10 ? "0" : "") + day;
  }

  // Whole days from an ISO moment to now, by calendar day.
  function daysSince(iso) {
    var then = new Date(Date.parse(iso));
    then.setHours(12, 0, 0, 0);
    var now = new Date();
    now.setHours(12, 0, 0, 0);
    return Math.round((now - then) / 86400000);
  }

  function ago(days) {
    return days <= 0 ? "today" : days === 1 ? "yesterday" : days + " days ago";
  }

  /**
   * The backup line: { text, remind }. remind is true when there is progress not in any backup and the last backup
   * (or, with none, the first saved change) is seven or more days old.
   */
  function backupState() {
    var d = state.data;
    var last = d.backup ? d.backup.last : null;
    var unsaved = !!d.changed && (!last || d.changed > last);
    var since = last ? daysSince(last) : d.created ? daysSince(d.created) : 0;
    var text = last ? "Last backup " + ago(daysSince(last)) + "." : "No backup yet.";
    if (unsaved) {
      text += last ? " You have practised or changed stories since." : " Export once to keep your progress in a file.";
    }
    if (state.persist === "granted") {
      text += " This browser keeps the data until you clear it.";
    } else if (state.persist === "denied") {
      text += " This browser may clear the data on its own (for example after a week away), so keep a backup.";
    }
    return { text: text, remind: unsaved && since >= 7, unsaved: unsaved };
  }

  // Wires the shared status line and the export/import controls of partials/study-data.html, where a page has them.
  function bindControls() {
    var status = document.getElementById("study-data-status");
    var backup = document.getElementById("study-backup");
    var exportButtons = document.querySelectorAll("#study-export, [data-study-export]");
    var importInput = document.getElementById("study-import");
    var rawButton = document.getElementById("study-download-raw");
    var replaceButton = document.getElementById("study-replace");
    var showStatus = function () {
      if (status) {
        status.textContent = state.message;
        status.hidden = state.message === "";
        status.className = "study-data-status" + (state.mode === "saved" && !state.repaired ? "" : " study-data-problem");
      }
      if (backup) {
        var b = backupState();
        backup.textContent = b.remind ? "Time for a backup: " + b.text : b.text;
        backup.className = "study-backup" + (b.remind ? " study-backup-due" : "");
        backup.hidden = false;
      }
      if (rawButton) {
        rawButton.hidden = state.mode !== "blocked";
      }
      if (replaceButton) {
        replaceButton.hidden = state.mode !== "blocked";
      }
    };
    state.listeners.push(showStatus);
    showStatus();
    Array.prototype.forEach.call(exportButtons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { exportFile(); });
    });
    if (rawButton) {
      rawButton.addEventListener("click", function () {
        download("pmguide-study-unreadable.txt", "text/plain", state.raw || "");
      });
    }
    if (replaceButton) {
      replaceButton.addEventListener("click", function () {
        if (root.confirm("Replace the unreadable saved data with what this page holds now? Download it first if you may need it.")) {
          state.mode = "saved";
          state.message = "Saving again. The unreadable data was replaced.";
          state.raw = null;
          save();
        }
      });
    }
    if (importInput) {
      importInput.addEventListener("change", function () {
        var file = importInput.files && importInput.files[0];
        if (!file) {
          return;
        }
        var reader = new FileReader();
        reader.onload = function () {
          var result = importText(String(reader.result));
          if (result.ok && state.mode === "saved") {
            state.message = result.message;
            state.repaired = false;
          } else if (!result.ok) {
            state.message = result.message + (state.mode === "blocked" ? " Your saved data is still untouched." : "");
          } else {
            state.message = result.message;
          }
          importInput.value = "";
          notify();
        };
        reader.onerror = function () {
          state.message = "The file could not be read. Nothing was changed.";
          notify();
        };
        reader.readAsText(file);
      });
    }
  }

  if (root.document) {
    load();
    showPersisted();
  }

  return {
    data: function () { return state.data; },
    mode: function () { return state.mode; },
    save: save,
    onChange: function (listener) { state.listeners.push(listener); },
    importText: importText,
    exportFile: exportFile,
    backupState: backupState,
    persistence: function () { return state.persist; },
    download: download,
    today: function () { return localDate(0); },
    dayFrom: localDate,
    bindControls: bindControls,
    check: check,
    problemWith: problemWith,
    fromBox: fromBox,
    empty: empty
  };
});
