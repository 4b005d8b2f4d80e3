// A chapter's "Drill" checklist (Markdown task lists) becomes tickable, and the ticks are saved with the study data
// (study-store.js, under checklists: {page: {item text: day ticked}}). Without JavaScript the boxes stay as the page
// renders them: disabled. Plain ES2017.
(function () {
  "use strict";
  var store = window.PmGuideStore;
  var article = document.querySelector("[data-checklist]");
  if (!store || !article) {
    return;
  }
  var boxes = article.querySelectorAll("li.task-list-item input[type='checkbox']");
  if (boxes.length === 0) {
    return;
  }
  var page = article.getAttribute("data-checklist");
  var seen = {};
  var status = document.createElement("p");
  status.className = "tool-status checklist-status";
  status.setAttribute("role", "status");
  var list = boxes[boxes.length - 1].closest("ul, ol");
  list.parentNode.insertBefore(status, list.nextSibling);

  // An item is known by its words, so that adding an item elsewhere in the list keeps the other ticks.
  function keyOf(box) {
    var text = (box.closest("li").textContent || "").replace(/\s+/g, " ").trim();
    seen[text] = (seen[text] || 0) + 1;
    return seen[text] === 1 ? text : text + " #" + seen[text];
  }

  function ticks() {
    var d = store.data();
    return d.checklists && d.checklists[page] ? d.checklists[page] : {};
  }

  function count() {
    var n = 0;
    boxes.forEach(function (box) { n += box.checked ? 1 : 0; });
    return n;
  }

  boxes.forEach(function (box) {
    var key = keyOf(box);
    box.disabled = false;
    box.checked = !!ticks()[key];
    box.addEventListener("change", function () {
      var d = store.data();
      if (!d.checklists) {
        d.checklists = {};
      }
      var mine = d.checklists[page] || (d.checklists[page] = {});
      if (box.checked) {
        mine[key] = store.today();
      } else {
        delete mine[key];
      }
      if (Object.keys(mine).length === 0) {
        delete d.checklists[page];
      }
      var saved = store.save();
      status.textContent = count() + " of " + boxes.length + " done" +
        (saved ? "." : " (not saved: this browser keeps it for this session only; export from a study tool page to keep it).");
    });
  });
})();
