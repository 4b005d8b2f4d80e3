"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { history } = require("./load.js");

const entry = (day, principle, rating) => ({ at: day + "T10:00:00.000Z", day, id: "q", principle, rating, kind: "new" });

test("days move across months, years and the March daylight change", () => {
  assert.equal(history.addDays("2026-12-31", 1), "2027-01-01");
  assert.equal(history.addDays("2026-03-01", -1), "2026-02-28");
  assert.equal(history.addDays("2026-03-28", 2), "2026-03-30");
  assert.equal(history.weekday("2026-12-07"), 0); // a Monday
  assert.equal(history.weekday("2026-12-06"), 6);
});

test("the streak counts days in a row up to today, or up to yesterday while today has none", () => {
  const h = [entry("2026-12-01", "a", 3), entry("2026-12-02", "a", 3), entry("2026-12-03", "b", 2), entry("2026-12-03", "a", 1)];
  assert.equal(history.streak(h, "2026-12-03"), 3);
  assert.equal(history.streak(h, "2026-12-04"), 3);
  assert.equal(history.streak(h, "2026-12-05"), 0);
  assert.equal(history.streak([], "2026-12-05"), 0);
});

test("the calendar has whole Monday-to-Sunday weeks ending with today's, and counts per day", () => {
  const h = [entry("2026-12-03", "a", 3), entry("2026-12-03", "b", 3), entry("2026-11-30", "a", 4)];
  const weeks = history.calendar(h, "2026-12-03", 12);
  assert.equal(weeks.length, 12);
  assert.ok(weeks.every((w) => w.length === 7 && history.weekday(w[0].day) === 0));
  const last = weeks[11];
  assert.equal(last[0].day, "2026-11-30");
  assert.equal(last[0].count, 1);
  assert.equal(last[3].count, 2);
  assert.equal(last[3].future, false);
  assert.equal(last[4].future, true);
  assert.equal(weeks[0][0].day, "2026-09-14");
});

test("weekly averages per principle, oldest week first, null where not practised", () => {
  const h = [entry("2026-12-03", "a", 4), entry("2026-12-01", "a", 2), entry("2026-11-20", "a", 1), entry("2026-10-01", "a", 1), entry("2026-12-02", "b", 3)];
  const w = history.weekly(h, "2026-12-03", 6);
  assert.deepEqual(w.a.weeks, [null, null, null, null, 1, 3]);
  assert.equal(w.a.answers, 4);
  assert.equal(w.a.average, 2);
  assert.deepEqual(w.b.weeks, [null, null, null, null, null, 3]);
});
