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

test("the Markdown export escapes pipes and lists each principle's stories", () => {
  const md = matrix.markdown(principles, [{ id: "s1", title: "Cut | costs", metric: "10%\nto 5%", principles: ["frugality"] }]);
  assert.ok(md.includes("| Cut \\| costs | 10% to 5% | FRUGALITY |"), md);
  assert.ok(md.includes("- **FRUGALITY**: Cut | costs"));
  assert.ok(md.includes("- **OWNERSHIP**: no story yet"));
});

test("new ids skip taken ones", () => {
  assert.equal(matrix.newId([]), "story-1");
  assert.equal(matrix.newId([{ id: "story-2" }]), "story-3");
  assert.equal(matrix.newId([{ id: "story-3" }, { id: "x" }]), "story-4");
});
