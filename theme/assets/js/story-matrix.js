// The story matrix's logic, with no DOM: which principles have no story, which lean on one over-used story, the
// Markdown export, and new story ids. Plain ES2017; in the browser it sets window.PmGuideMatrix, under Node it is a
// CommonJS module (tests: node --test).
(function (root, api) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.PmGuideMatrix = api;
  }
})(this, (function () {
  "use strict";

  // A principle leans on one story when that story is its only one and also serves this many principles or more.
  var BUSY_STORY = 4;

  function serving(stories, principleId) {
    return stories.filter(function (s) { return s.principles.indexOf(principleId) >= 0; });
  }

  /** { covered (count), gaps (principles with no story), leaning ([{ principle, story }]) }, principles in order. */
  function coverage(principles, stories) {
    var result = { covered: 0, gaps: [], leaning: [] };
    principles.forEach(function (p) {
      var list = serving(stories, p.id);
      if (list.length === 0) {
        result.gaps.push(p);
        return;
      }
      result.covered++;
      if (list.length === 1 && list[0].principles.length >= BUSY_STORY) {
        result.leaning.push({ principle: p, story: list[0] });
      }
    });
    return result;
  }

  function nameOf(principles, id) {
    for (var i = 0; i < principles.length; i++) {
      if (principles[i].id === id) {
        return principles[i].name;
      }
    }
    return id;
  }

  // The matrix as Markdown: a table of stories, then each principle's stories.
  function markdown(principles, stories) {
    var lines = ["# My story matrix", "", "| Story | Key metric | Principles |", "| --- | --- | --- |"];
    var clean = function (text) { return String(text).replace(/\|/g, "\\|").replace(/\s+/g, " "); };
    stories.forEach(function (s) {
      lines.push("| " + clean(s.title) + " | " + clean(s.metric || "") + " | " +
        clean(s.principles.map(function (id) { return nameOf(principles, id); }).join(", ")) + " |");
    });
    lines.push("", "## By principle", "");
    principles.forEach(function (p) {
      var titles = serving(stories, p.id).map(function (s) { return s.title; });
      lines.push("- **" + p.name + "**: " + (titles.length ? titles.join("; ") : "no story yet"));
    });
    return lines.join("\n") + "\n";
  }

  // "story-N", the first N from the count of stories up that no story has.
  function newId(stories) {
    var taken = {};
    stories.forEach(function (s) { taken[s.id] = true; });
    var n = stories.length + 1;
    while (taken["story-" + n]) {
      n++;
    }
    return "story-" + n;
  }

  return { BUSY_STORY: BUSY_STORY, coverage: coverage, markdown: markdown, newId: newId, nameOf: nameOf };
})());
