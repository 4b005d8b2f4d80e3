// The story matrix: stories as rows, the Leadership Principles as columns. Shows coverage gaps and principles that
// lean on one over-used story; exports Markdown and JSON, imports JSON (through study-store.js). The logic is in
// story-matrix.js; this file wires it to the page. Plain ES2017.
(function () {
  "use strict";
  var store = window.PmGuideStore;
  var matrix = window.PmGuideMatrix;
  var form = document.getElementById("story-form");
  if (!store || !matrix || !form) {
    return;
  }
  store.bindControls();

  var el = function (id) { return document.getElementById(id); };
  // The principles come from the form's own boxes (written by the build, in order), so this page needs no data file.
  var principles = Array.prototype.map.call(form.querySelectorAll("#story-principles input"), function (input) {
    return { id: input.value, name: input.parentNode.textContent.trim() };
  });
  var status = el("matrix-status");

  function stories() {
    return store.data().stories;
  }

  function nameOf(id) {
    return matrix.nameOf(principles, id);
  }

  function addStory(event) {
    event.preventDefault();
    var title = el("story-title").value.trim();
    var metric = el("story-metric").value.trim();
    var chosen = [];
    form.querySelectorAll("#story-principles input:checked").forEach(function (input) { chosen.push(input.value); });
    if (title === "") {
      status.textContent = "Give the story a title first.";
      el("story-title").focus();
      return;
    }
    stories().push({ id: matrix.newId(stories()), title: title, metric: metric, principles: chosen });
    var saved = store.save();
    form.reset();
    status.textContent = "Added \u201c" + title + "\u201d" + (chosen.length ? " for " + chosen.map(nameOf).join(", ") : "") + "." +
      (saved ? "" : " It lasts for this session only; export to keep it.");
    render();
    el("story-title").focus();
  }

  function toggle(story, principleId) {
    var at = story.principles.indexOf(principleId);
    if (at >= 0) {
      story.principles.splice(at, 1);
    } else {
      story.principles.push(principleId);
    }
    store.save();
    status.textContent = "\u201c" + story.title + "\u201d " + (at >= 0 ? "no longer serves " : "now serves ") + nameOf(principleId) + ".";
    render();
  }

  function remove(story) {
    var list = stories();
    list.splice(list.indexOf(story), 1);
    store.save();
    status.textContent = "Removed \u201c" + story.title + "\u201d.";
    render();
  }

  function cell(tag, text) {
    var c = document.createElement(tag);
    c.textContent = text;
    return c;
  }

  function renderTable() {
    var head = el("matrix-head");
    var body = el("matrix-body");
    head.textContent = "";
    body.textContent = "";
    var row = document.createElement("tr");
    ["Story", "Key metric"].forEach(function (t) {
      var th = cell("th", t);
      th.scope = "col";
      row.appendChild(th);
    });
    // Each column shows its principle's whole name, turned upright to keep the columns narrow.
    principles.forEach(function (p) {
      var th = document.createElement("th");
      th.scope = "col";
      th.className = "matrix-principle";
      th.appendChild(cell("span", p.name));
      row.appendChild(th);
    });
    var last = cell("th", "Remove");
    last.scope = "col";
    row.appendChild(last);
    head.appendChild(row);

    stories().forEach(function (story) {
      var tr = document.createElement("tr");
      tr.id = "matrix-" + story.id; // the mock loop's debrief links to a story's row
      var th = cell("th", story.title);
      th.scope = "row";
      tr.appendChild(th);
      tr.appendChild(cell("td", story.metric || "")).className = "matrix-metric";
      principles.forEach(function (p) {
        var td = document.createElement("td");
        td.className = "matrix-cell";
        var button = document.createElement("button");
        var on = story.principles.indexOf(p.id) >= 0;
        button.type = "button";
        button.className = "matrix-toggle";
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.setAttribute("aria-label", p.name + " for \u201c" + story.title + "\u201d");
        button.textContent = on ? "\u2713" : "";
        button.addEventListener("click", function () { toggle(story, p.id); });
        td.appendChild(button);
        tr.appendChild(td);
      });
      var removeCell = document.createElement("td");
      removeCell.appendChild(removeButton(story));
      tr.appendChild(removeCell);
      body.appendChild(tr);
    });
    el("matrix-table").hidden = stories().length === 0;
    el("matrix-table-scroll").hidden = stories().length === 0;
    el("matrix-empty").hidden = stories().length > 0;
  }

  function removeButton(story) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "button button-secondary button-small";
    button.textContent = "Remove";
    button.setAttribute("aria-label", "Remove \u201c" + story.title + "\u201d");
    button.addEventListener("click", function () { remove(story); });
    return button;
  }

  // Where the table does not fit (a phone), site.css shows a card per story instead: its title, metric, a switch
  // per principle labelled with the principle's name, and Remove.
  function renderCards() {
    var list = el("matrix-cards");
    list.textContent = "";
    stories().forEach(function (story) {
      var card = document.createElement("li");
      card.className = "matrix-card";
      card.appendChild(cell("h3", story.title)).className = "matrix-card-title";
      if (story.metric) {
        card.appendChild(cell("p", "Key metric: " + story.metric)).className = "matrix-card-metric";
      }
      var chips = document.createElement("ul");
      chips.className = "matrix-chips";
      principles.forEach(function (p) {
        var on = story.principles.indexOf(p.id) >= 0;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "matrix-chip";
        button.setAttribute("aria-pressed", on ? "true" : "false");
        button.setAttribute("aria-label", p.name + " for \u201c" + story.title + "\u201d");
        button.appendChild(cell("span", on ? "\u2713 " : "")).setAttribute("aria-hidden", "true");
        button.appendChild(document.createTextNode(p.name));
        button.addEventListener("click", function () { toggle(story, p.id); });
        chips.appendChild(document.createElement("li")).appendChild(button);
      });
      card.appendChild(chips);
      card.appendChild(removeButton(story));
      list.appendChild(card);
    });
    list.hidden = stories().length === 0;
  }

  function renderCoverage() {
    var gaps = el("matrix-gaps");
    var leaning = el("matrix-leaning");
    gaps.textContent = "";
    leaning.textContent = "";
    var result = matrix.coverage(principles, stories());
    result.gaps.forEach(function (p) {
      gaps.appendChild(cell("li", "No story yet for " + p.name));
    });
    result.leaning.forEach(function (l) {
      leaning.appendChild(cell("li", l.principle.name + " leans on \u201c" + l.story.title + "\u201d alone, a story that already serves " +
        l.story.principles.length + " principles. Add a second story for it."));
    });
    el("matrix-coverage").textContent = result.covered + " of " + principles.length + " principles have a story.";
    el("matrix-no-leaning").hidden = leaning.children.length > 0;
  }

  function render() {
    renderTable();
    renderCards();
    renderCoverage();
  }

  form.addEventListener("submit", addStory);
  el("matrix-export-md").addEventListener("click", function () {
    store.download("story-matrix.md", "text/markdown", matrix.markdown(principles, stories()));
  });
  store.onChange(render);
  render();
})();
