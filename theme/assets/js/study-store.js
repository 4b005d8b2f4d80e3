// Saved study data for the practice, matrix and cheat-sheet tools: one versioned localStorage key, export and import
// as a JSON file. Nothing here ever overwrites stored data it could not read; the student decides. Plain ES2017.
(function (root) {
  "use strict";

  var KEY = "pmguide-study";
  var FORMAT = "pmguide-study";
  var VERSION = 1;

  function empty() {
    return { format: FORMAT, version: VERSION, progress: {}, stories: [] };
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  // Checks the shape of saved data; returns a problem in plain words, or null when it can be used.
  function problemWith(data) {
    if (!isObject(data) || data.format !== FORMAT) {
      return "it is not a PM guide study file";
    }
    if (data.version !== VERSION) {
      return "it was saved in format version " + String(data.version) + ", and this page reads version " + VERSION;
    }
    if (!isObject(data.progress) || !Array.isArray(data.stories)) {
      return "its progress or stories are missing";
    }
    var ids = Object.keys(data.progress);
    for (var i = 0; i < ids.length; i++) {
      var p = data.progress[ids[i]];
      if (!isObject(p) || typeof p.box !== "number" || p.box < 1 || p.box > 5 || !/^\d{4}-\d{2}-\d{2}$/.test(String(p.due))) {
        return "the progress for question '" + ids[i] + "' is damaged";
      }
    }
    for (var j = 0; j < data.stories.length; j++) {
      var s = data.stories[j];
      if (!isObject(s) || typeof s.id !== "string" || typeof s.title !== "string" || !Array.isArray(s.principles)) {
        return "story " + (j + 1) + " is damaged";
      }
    }
    return null;
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
  var state = { data: empty(), mode: "saved", message: "", raw: null, listeners: [] };

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
    state.data = parsed;
    state.mode = "saved";
  }

  function save() {
    if (state.mode !== "saved") {
      notify();
      return false;
    }
    var store = storage();
    try {
      store.setItem(KEY, JSON.stringify(state.data));
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

  // Imported data is merged: stories by id (the file wins), progress per question (the later review wins).
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
    merge(parsed);
    var saved = save();
    return {
      ok: true,
      message: "Imported " + parsed.stories.length + " stories and progress for " + Object.keys(parsed.progress).length +
        " questions" + (saved ? "." : "; they last for this session only.")
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

  // Wires the shared status line and the export/import controls of partials/study-data.html, where a page has them.
  function bindControls() {
    var status = document.getElementById("study-data-status");
    var exportButton = document.getElementById("study-export");
    var importInput = document.getElementById("study-import");
    var rawButton = document.getElementById("study-download-raw");
    var replaceButton = document.getElementById("study-replace");
    var showStatus = function () {
      if (status) {
        status.textContent = state.message;
        status.hidden = state.message === "";
        status.className = "study-data-status" + (state.mode === "saved" ? "" : " study-data-problem");
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
    if (exportButton) {
      exportButton.addEventListener("click", function () {
        download("pmguide-study.json", "application/json", JSON.stringify(state.data, null, 2) + "\n");
      });
    }
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

  load();

  root.PmGuideStore = {
    data: function () { return state.data; },
    mode: function () { return state.mode; },
    save: save,
    onChange: function (listener) { state.listeners.push(listener); },
    importText: importText,
    download: download,
    today: function () { return localDate(0); },
    dayFrom: localDate,
    bindControls: bindControls
  };
})(this);
