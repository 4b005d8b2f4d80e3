"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { store } = require("./load.js");

function data(extra) {
  return Object.assign({ format: "pmguide-study", version: 2, progress: {}, stories: [], history: [], settings: {} }, extra);
}

test("whole-file problems: another format or version is refused", () => {
  assert.match(store.problemWith({ format: "x" }), /not a PM guide study file/);
  assert.match(store.problemWith(data({ version: 3 })), /format version 3/);
  assert.equal(store.problemWith(data({ version: 1 })), null);
  assert.equal(store.problemWith(data()), null);
});

test("settings that are not an object are reset, with a note, and nothing else changes", () => {
  for (const settings of [null, [], "x", 3]) {
    const d = data({ settings, stories: [{ id: "s", title: "T", principles: [] }] });
    const { notes } = store.check(d);
    assert.deepEqual(d.settings, {});
    assert.deepEqual(notes, ["the practice settings were damaged and were reset to the defaults"]);
    assert.equal(d.stories.length, 1);
  }
});

test("each damaged setting is dropped on its own; good ones stay", () => {
  const d = data({ settings: { principles: null, rounds: ["metrics"], minutes: "two", length: 20, dueOnly: "yes", newPerDay: 5 } });
  const { notes } = store.check(d);
  assert.deepEqual(d.settings, { rounds: ["metrics"], length: 20, newPerDay: 5 });
  assert.equal(notes.length, 1);
  assert.match(notes[0], /'principles', 'minutes', 'dueOnly'/);
});

test("version 1 boxes become FSRS cards and keep their dates; damaged entries are set aside, not lost", () => {
  const d = data({
    version: 1,
    progress: {
      good: { box: 2, due: "2026-12-07", last: "2026-12-04", rating: 3, reviews: 1 },
      bad: { box: 9, due: "soon" },
      worse: null
    },
    stories: [{ id: "s", title: "T", principles: [] }, { title: 5 }]
  });
  const { notes, migrated } = store.check(d);
  assert.equal(migrated, true);
  assert.equal(d.version, 2);
  assert.deepEqual(Object.keys(d.progress), ["good"]);
  assert.equal(d.progress.good.due, "2026-12-07");
  assert.equal(d.progress.good.box, 2);
  assert.equal(d.progress.good.card.state, 2);
  assert.equal(d.progress.good.card.stability, 3);
  assert.deepEqual(d.setAside.progress, { bad: { box: 9, due: "soon" }, worse: null });
  assert.deepEqual(d.setAside.stories, { 2: { title: 5 } });
  assert.equal(d.stories.length, 1);
  assert.deepEqual(notes, ["the progress of 2 questions were damaged and set aside", "1 damaged story was set aside"]);
});

test("a version 2 card with a broken FSRS part is set aside; missing lists are created", () => {
  const d = { format: "pmguide-study", version: 2, progress: { q: { due: "2026-12-07", card: { due: "x" } } } };
  store.check(d);
  assert.deepEqual(d.progress, {});
  assert.deepEqual(d.stories, []);
  assert.deepEqual(d.history, []);
  assert.deepEqual(d.settings, {});
  assert.ok(d.setAside.progress.q);
});

test("drill checklist ticks are kept per page; a damaged page's ticks are set aside", () => {
  const d = data({ checklists: { "chapters/a.html": { "Do it": "2026-12-01" }, "chapters/b.html": { "x": 5 }, "chapters/c.html": [] } });
  const { notes } = store.check(d);
  assert.deepEqual(d.checklists, { "chapters/a.html": { "Do it": "2026-12-01" } });
  assert.deepEqual(Object.keys(d.setAside.checklists), ["chapters/b.html", "chapters/c.html"]);
  assert.equal(notes.length, 2);
  const e = data({ checklists: null });
  store.check(e);
  assert.deepEqual(e.checklists, {});
});
