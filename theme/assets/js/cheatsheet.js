// The cheat sheet: beside each principle's one-line summary, the stories from your matrix that serve it. Plain ES2017.
(function () {
  "use strict";
  var store = window.PmGuideStore;
  if (!store) {
    return;
  }
  store.bindControls();
  var stories = store.data().stories;
  document.querySelectorAll("[data-story-for]").forEach(function (cell) {
    var id = cell.getAttribute("data-story-for");
    var serving = stories.filter(function (s) { return s.principles.indexOf(id) >= 0; });
    cell.textContent = serving.length === 0
      ? "No story yet"
      : serving.map(function (s) { return s.title + (s.metric ? " (" + s.metric + ")" : ""); }).join("; ");
    cell.classList.toggle("cheat-gap", serving.length === 0);
  });
  var print = document.getElementById("cheat-print");
  if (print) {
    print.hidden = false;
    print.addEventListener("click", function () { window.print(); });
  }
})();
