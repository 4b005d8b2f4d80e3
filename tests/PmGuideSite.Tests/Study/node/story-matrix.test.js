"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { matrix } = require("./load.js");

const principles = ["ownership", "dive-deep", "frugality", "earn-trust", "bias-for-action"].map((id) => ({ id, name: id.toUpperCase() }));

test("gaps are the principles with no story, in order", () => {
  const result = matrix.coverage(principles, [{ id: "s1", title: "A", principles: ["dive-deep"] }]);
  assert.equal(result.covered, 1);
  assert.deepEqual(result.gaps.map((p) => p.id), ["ownership", "frugality", "earn-trust", "bias-for-action"]);
  assert.deepEqual(result.leaning, []);
});

test("a principle leans on a story when it is its only one and serves four or more principles", () => {
  const busy = { id: "s1", title: "Busy", principles: ["ownership", "dive-deep", "frugality", "earn-trust"] };
  const other = { id: "s2", title: "Other", principles: ["dive-deep"] };
  const result = matrix.coverage(principles, [busy, other]);
  assert.deepEqual(result.leaning.map((l) => l.principle.id), ["ownership", "frugality", "earn-trust"]);
  const three = matrix.coverage(principles, [{ id: "s1", title: "Three", principles: ["ownership", "dive-deep", "frugality"] }]);
  assert.deepEqual(three.leaning, []);
});

test("the Markdown export escapes what Markdown would read as syntax", () => {
  const md = matrix.markdown(principles, [{ id: "s1", title: "Cut | costs *now*", metric: "10%\nto 5%", principles: ["frugality"] }]);
  assert.ok(md.includes("### Cut \\| costs \\*now\\*\n\nKey metric: 10% to 5%\n\nPrinciples:\n\n- FRUGALITY\n"), md);
  assert.ok(md.includes("### FRUGALITY\n\n- Cut \\| costs \\*now\\*\n"), md);
  assert.ok(md.includes("### OWNERSHIP\n\nNo story yet.\n"), md);
  // A title that starts like a list marker stays text.
  const lists = matrix.markdown(principles, [{ id: "s1", title: "1. First", principles: ["ownership"] }, { id: "s2", title: "- dash", principles: ["ownership"] }]);
  assert.ok(lists.includes("- 1\\. First\n- \\- dash\n"), lists);
});

// Reads the export back: each story's heading, and the list items under "Principles:" and under each principle.
function readBack(md) {
  const unescape = (text) => text.replace(/\\(.)/g, "$1");
  const stories = [];
  const byPrinciple = {};
  let section = null;
  let current = null;
  md.split("\n").forEach((line) => {
    if (line === "## Stories" || line === "## By principle") {
      section = line;
    } else if (line.startsWith("### ")) {
      current = { name: unescape(line.slice(4)), items: [] };
      if (section === "## Stories") {
        stories.push(current);
      } else {
        byPrinciple[current.name] = current.items;
      }
    } else if (line.startsWith("- ") && current) {
      current.items.push(unescape(line.slice(2)));
    }
  });
  return { stories, byPrinciple };
}

test("the Markdown export is unambiguous when principle names and titles hold commas and semicolons", () => {
  const named = [
    { id: "are-right-a-lot", name: "Are Right, A Lot" },
    { id: "have-backbone", name: "Have Backbone; Disagree and Commit" },
    { id: "insist", name: "Insist on the Highest Standards" },
    { id: "frugality", name: "Frugality" },
  ];
  const stories = [
    { id: "s1", title: "Pricing call, A/B test; rollback", metric: "churn 4% → 3%", principles: ["have-backbone", "are-right-a-lot", "insist"] },
    { id: "s2", title: "Are Right, A Lot", metric: "", principles: ["frugality"] },
  ];
  const back = readBack(matrix.markdown(named, stories));
  // Comma-joined, "Are Right, A Lot, Insist on the Highest Standards" could be read as three or four principles;
  // here each principle comes back whole, in the site's order.
  assert.deepEqual(back.stories.map((s) => s.name), ["Pricing call, A/B test; rollback", "Are Right, A Lot"]);
  assert.deepEqual(back.stories[0].items, ["Are Right, A Lot", "Have Backbone; Disagree and Commit", "Insist on the Highest Standards"]);
  assert.deepEqual(back.stories[1].items, ["Frugality"]);
  assert.deepEqual(back.byPrinciple["Are Right, A Lot"], ["Pricing call, A/B test; rollback"]);
  assert.deepEqual(back.byPrinciple["Frugality"], ["Are Right, A Lot"]);
  assert.deepEqual(back.byPrinciple["Have Backbone; Disagree and Commit"], ["Pricing call, A/B test; rollback"]);
  // Every principle name in the export is one of the names, whole.
  const names = new Set(named.map((p) => p.name));
  back.stories.forEach((s) => s.items.forEach((item) => assert.ok(names.has(item), item)));
});

test("new ids skip taken ones", () => {
  assert.equal(matrix.newId([]), "story-1");
  assert.equal(matrix.newId([{ id: "story-2" }]), "story-3");
  assert.equal(matrix.newId([{ id: "story-3" }, { id: "x" }]), "story-4");
});
