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

  // Text as inline Markdown on one line: characters Markdown reads as syntax are escaped, so a title shows as typed.
  // A leading "- ", "+ " or "1." would start a list inside the list item.
  function inline(text) {
    return String(text).replace(/\s+/g, " ").trim().replace(/[\\`*_[\]<>#|~!]/g, "\\$&")
      .replace(/^([-+])(?= |$)/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
  }

  // The principles a story serves, in the site's order; ids the site no longer has come last, as they are.
  function namesFor(principles, story) {
    var known = principles.filter(function (p) { return story.principles.indexOf(p.id) >= 0; }).map(function (p) { return p.name; });
    var unknown = story.principles.filter(function (id) {
      return !principles.some(function (p) { return p.id === id; });
    });
    return known.concat(unknown);
  }

  // The matrix as Markdown. Principle names hold commas and semicolons ("Are Right, A Lot", "Have Backbone; Disagree
  // and Commit"), so nothing is ever joined with a separator: each principle and each story is its own list item, and
  // each story its own heading.
  function markdown(principles, stories) {
    var lines = ["# My story matrix", "", "## Stories", ""];
    if (stories.length === 0) {
      lines.push("No stories yet.", "");
    }
    stories.forEach(function (s) {
      lines.push("### " + inline(s.title), "");
      if (s.metric) {
        lines.push("Key metric: " + inline(s.metric), "");
      }
      if (s.principles.length === 0) {
        lines.push("Principles: none yet.", "");
        return;
      }
      lines.push("Principles:", "");
      namesFor(principles, s).forEach(function (name) { lines.push("- " + inline(name)); });
      lines.push("");
    });
    lines.push("## By principle", "");
    principles.forEach(function (p) {
      var list = serving(stories, p.id);
      lines.push("### " + inline(p.name), "");
      if (list.length === 0) {
        lines.push("No story yet.", "");
        return;
      }
      list.forEach(function (s) { lines.push("- " + inline(s.title)); });
      lines.push("");
    });
    return lines.join("\n").replace(/\n+$/, "") + "\n";
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
