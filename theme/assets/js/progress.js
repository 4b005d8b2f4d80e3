// Fills the "due today" count and per-principle practice progress on the home and principle pages from the saved
// practice schedule. Plain ES2017; without saved data the placeholders stay hidden.
(function () {
  "use strict";
  var data = window.PMGUIDE_QUESTION_INDEX || window.PMGUIDE_QUESTIONS;
  var store = window.PmGuideStore;
  if (!data || !store) {
    return;
  }
  store.bindControls(); // The home page's backup line and export button.
  var progress = store.data().progress;
  var today = store.today();
  var totals = {};
  data.questions.forEach(function (q) {
    var t = totals[q.principle] || (totals[q.principle] = { questions: 0, practised: 0, due: 0 });
    t.questions++;
    if (progress[q.id]) {
      t.practised++;
      if (progress[q.id].due <= today) {
        t.due++;
      }
    }
  });

  var summary = document.getElementById("study-due");
  if (summary) {
    var due = 0;
    var practised = 0;
    Object.keys(totals).forEach(function (id) {
      due += totals[id].due;
      practised += totals[id].practised;
    });
    summary.textContent = store.mode() === "blocked"
      ? "Your saved practice data could not be read; open Practice drills for details."
      : due + (due === 1 ? " question" : " questions") + " due today · " + practised + " of " + data.questions.length + " practised.";
    summary.hidden = false;
  }

  if (store.mode() === "blocked") {
    return; // Counting from empty data would claim nothing was practised.
  }
  document.querySelectorAll("[data-progress-for]").forEach(function (node) {
    var t = totals[node.getAttribute("data-progress-for")];
    if (!t) {
      return;
    }
    node.textContent = t.practised + " of " + t.questions + " practised" + (t.due > 0 ? " · " + t.due + " due today" : "");
    node.hidden = false;
  });
})();
