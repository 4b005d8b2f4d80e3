// The mock loop's recorder, loaded on the first press of Record: the microphone through MediaRecorder, each
// answer's audio kept only in this browser's IndexedDB (database "pmguide-mock"), never sent anywhere. Every
// refusal (no IndexedDB, storage blocked, microphone refused or missing) comes back as a plain message, and the
// page carries on without recording. Plain ES2017; sets window.PmGuideRecorder.
(function () {
  "use strict";
  var DB = "pmguide-mock";
  var STORE = "recordings";
  var db = null;
  var refused = null;

  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(bytes / 1024)) + " KB";
  }

  function storageProblem(why) {
    return {
      storage: true,
      message: "This browser does not let the page keep recordings here (" + why + "), so recording is off. The loop goes on without it."
    };
  }

  // Opens the database once; done(problem or null).
  function open(done) {
    if (db || refused) {
      done(refused);
      return;
    }
    var request;
    try {
      request = window.indexedDB.open(DB, 1);
    } catch (e) {
      refused = storageProblem((e && e.name) || "storage refused");
      done(refused);
      return;
    }
    request.onupgradeneeded = function () {
      request.result.createObjectStore(STORE, { keyPath: "key" });
    };
    request.onsuccess = function () {
      db = request.result;
      done(null);
    };
    request.onerror = function (event) {
      event.preventDefault();
      refused = storageProblem(request.error ? request.error.name : "storage refused");
      done(refused);
    };
  }

  // Runs work(objectStore) in a transaction; done(error name or null, the last request's result).
  function transaction(mode, work, done) {
    var request = null;
    try {
      var t = db.transaction(STORE, mode);
      request = work(t.objectStore(STORE));
      t.oncomplete = function () { done(null, request ? request.result : null); };
      t.onabort = function () { done(t.error ? t.error.name : "aborted"); };
    } catch (e) {
      done((e && e.name) || "error");
    }
  }

  function put(item, done) {
    transaction("readwrite", function (s) { return s.put(item); }, done);
  }

  function get(key, done) {
    open(function (problem) {
      if (problem) {
        done(null);
        return;
      }
      transaction("readonly", function (s) { return s.get(key); }, function (error, item) { done(error ? null : item || null); });
    });
  }

  function remove(key, done) {
    open(function () {
      if (!db) {
        done();
        return;
      }
      transaction("readwrite", function (s) { return s.delete(key); }, function () { done(); });
    });
  }

  function all(done) {
    open(function (problem) {
      if (problem) {
        done(problem, []);
        return;
      }
      transaction("readonly", function (s) { return s.getAll(); }, function (error, items) {
        done(error ? storageProblem(error) : null, items || []);
      });
    });
  }

  /**
   * Starts recording the answer kept under key: done(problem) when the microphone or storage is refused, else
   * done(null, session), where session.stop() ends it and session.onsaved(error or null, bytes) follows the save.
   */
  function start(done, key) {
    open(function (problem) {
      if (problem) {
        done(problem);
        return;
      }
      var media = navigator.mediaDevices;
      if (!media || typeof media.getUserMedia !== "function" || typeof window.MediaRecorder !== "function") {
        done({ message: "This browser cannot record audio from this page, so this answer is not recorded. The loop goes on." });
        return;
      }
      media.getUserMedia({ audio: true }).then(function (stream) {
        var chunks = [];
        var recorder = new window.MediaRecorder(stream);
        var session = {
          onsaved: null,
          stop: function () {
            if (recorder.state !== "inactive") {
              recorder.stop();
            }
          }
        };
        recorder.ondataavailable = function (event) {
          if (event.data && event.data.size > 0) {
            chunks.push(event.data);
          }
        };
        recorder.onstop = function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          var blob = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
          put({ key: key, type: blob.type, size: blob.size, at: new Date().toISOString(), blob: blob }, function (error) {
            if (session.onsaved) {
              session.onsaved(error ? "The recording could not be kept in this browser (" + error + "). The loop goes on." : null, blob.size);
            }
          });
        };
        recorder.start();
        done(null, session);
      }, function (error) {
        var name = error && error.name ? error.name : "Error";
        done({
          message: name === "NotAllowedError" || name === "SecurityError"
            ? "The microphone was refused, so this answer is not recorded. The loop goes on; to record, allow the microphone for this page in the browser's settings and press Record again."
            : "No microphone could be used (" + name + "), so this answer is not recorded. The loop goes on."
        });
      });
    });
  }

  // Every recording as JSON-ready entries (the audio as a data: URL): done(problem, list, bytes).
  function exportable(done) {
    all(function (problem, items) {
      if (problem) {
        done(problem, [], 0);
        return;
      }
      var list = [];
      var bytes = 0;
      var next = function () {
        if (list.length === items.length) {
          done(null, list, bytes);
          return;
        }
        var item = items[list.length];
        var reader = new FileReader();
        reader.onload = function () {
          bytes += item.size;
          list.push({ key: item.key, type: item.type, size: item.size, at: item.at, data: String(reader.result) });
          next();
        };
        reader.onerror = function () { done(storageProblem("a recording could not be read"), [], 0); };
        reader.readAsDataURL(item.blob);
      };
      next();
    });
  }

  // Puts exported recordings back: done(problem, count, bytes). Entries that are not audio data are skipped.
  function restore(entries, done) {
    open(function (problem) {
      if (problem) {
        done(problem, 0, 0);
        return;
      }
      var count = 0;
      var bytes = 0;
      var good = entries.filter(function (e) {
        return e && typeof e.key === "string" && typeof e.data === "string" && /^data:[^,]*;base64,/.test(e.data);
      });
      var next = function () {
        if (good.length === 0) {
          done(null, count, bytes);
          return;
        }
        var e = good.shift();
        var binary = window.atob(e.data.slice(e.data.indexOf(",") + 1));
        var data = new Uint8Array(binary.length);
        for (var i = 0; i < binary.length; i++) {
          data[i] = binary.charCodeAt(i);
        }
        var blob = new Blob([data], { type: e.type || "audio/webm" });
        put({ key: e.key, type: blob.type, size: blob.size, at: e.at || "", blob: blob }, function (error) {
          if (error) {
            done(storageProblem(error), count, bytes);
            return;
          }
          count++;
          bytes += blob.size;
          next();
        });
      };
      next();
    });
  }

  // "Export with my recordings": the study data and every recording in one file; say(text) reports.
  function exportWith(store, say) {
    exportable(function (problem, list, bytes) {
      if (problem) {
        say(problem.message + " The export button below still saves everything else.");
        return;
      }
      store.exportFile({ recordings: list });
      say("Exported with " + list.length + (list.length === 1 ? " recording" : " recordings") + " (" + size(bytes) + " of audio).");
    });
  }

  // An imported file's recordings go back into this browser (the store imports the rest); say(text) reports.
  function importFrom(text, say) {
    var parsed = null;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return;
    }
    if (!parsed || parsed.format !== "pmguide-study" || !Array.isArray(parsed.recordings) || parsed.recordings.length === 0) {
      return;
    }
    restore(parsed.recordings, function (problem, count, bytes) {
      say(problem ? problem.message : "Imported " + count + (count === 1 ? " recording" : " recordings") + " (" + size(bytes) + ") into this browser.");
    });
  }

  window.PmGuideRecorder = { start: start, get: get, remove: remove, all: all, exportable: exportable, restore: restore, size: size, exportWith: exportWith, importFrom: importFrom };
})();
