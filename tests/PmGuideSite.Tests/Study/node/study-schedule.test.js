"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { FSRS, schedule, store } = require("./load.js");

const fsrs = schedule.create(FSRS);
const now = new Date(2026, 11, 4, 19, 0, 0);

test("a new question: Again tomorrow, Hard in 2 days, Good in 3, Easy in 8 (FSRS-6 default weights, no fuzz)", () => {
  const days = [1, 2, 3, 4].map((r) => schedule.daysBetween(schedule.localDay(now), fsrs.rate(undefined, r, now).due));
  assert.deepEqual(days, [1, 2, 3, 8]);
  assert.deepEqual(fsrs.preview(undefined, now), { 1: 1, 2: 2, 3: 3, 4: 8 });
  const good = fsrs.rate(undefined, 3, now);
  assert.equal(good.card.stability, 2.3065);
  assert.equal(good.reviews, 1);
  assert.equal(good.rating, 3);
  assert.equal(good.last, "2026-12-04");
});

test("answering well on time makes each interval longer; Again shortens it and counts a lapse", () => {
  let entry = fsrs.rate(undefined, 3, now);
  let at = now;
  let previous = 0;
  for (let i = 0; i < 4; i++) {
    const interval = schedule.daysBetween(entry.last, entry.due);
    assert.ok(interval > previous, `interval ${interval} after ${previous}`);
    previous = interval;
    at = new Date(Date.parse(entry.card.due));
    entry = fsrs.rate(entry, 3, at);
  }
  const lapse = fsrs.rate(entry, 1, new Date(Date.parse(entry.card.due)));
  assert.equal(lapse.card.lapses, 1);
  assert.ok(schedule.daysBetween(lapse.last, lapse.due) < previous);
  assert.equal(lapse.reviews, 6);
});

test("a stored card survives JSON and is rated the same", () => {
  const entry = fsrs.rate(undefined, 3, now);
  const later = new Date(2026, 11, 7, 9);
  assert.deepEqual(fsrs.rate(JSON.parse(JSON.stringify(entry)), 4, later), fsrs.rate(entry, 4, later));
});

test("the store's box migration uses FSRS's own first-rating difficulties, and the migrated card schedules", () => {
  for (let r = 1; r <= 4; r++) {
    const migrated = store.fromBox({ box: 3, due: "2026-12-10", last: "2026-12-03", rating: r, reviews: 4 });
    assert.equal(migrated.card.difficulty, fsrs.rate(undefined, r, now).card.difficulty);
  }
  const migrated = store.fromBox({ box: 3, due: "2026-12-10", last: "2026-12-03", rating: 3, reviews: 4 });
  assert.equal(migrated.card.stability, 7);
  assert.equal(migrated.card.scheduled_days, 7);
  const next = fsrs.rate(migrated, 3, new Date(2026, 11, 10, 9));
  assert.ok(schedule.daysBetween("2026-12-10", next.due) > 7, next.due);
  assert.equal(next.box, 3);
  assert.equal(next.reviews, 5);
});

test("recall is FSRS's retrievability: 90% when the review is due", () => {
  const entry = fsrs.rate(undefined, 3, now);
  assert.equal(fsrs.recall(undefined, now), null);
  const r = fsrs.recall(entry, new Date(Date.parse(entry.card.due)));
  assert.ok(Math.abs(r - 0.9) < 0.02, String(r));
});
