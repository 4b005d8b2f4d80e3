"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { mock, store } = require("./load.js");

// A bank shaped like data/questions.js: 16 principles, three questions each (one per level), every fourth a
// bar-raiser round question.
const principles = Array.from({ length: 16 }, (_, i) => ({ id: "p" + i, name: "Principle " + i }));
const questions = [];
principles.forEach((p, i) => ["L5", "L6", "L7"].forEach((level, j) => questions.push({
  id: p.id + "-" + level, principle: p.id, level, round: (i + j) % 4 === 0 ? "bar-raiser" : "behavioural",
  text: "Question " + p.id + " " + level, probes: ["a", "b", "c"], strongSignals: ["s1", "s2"], redFlags: ["f1", "f2"]
})));
const bank = { principles, questions };

function answers(loop) {
  return loop.interviews.flatMap((iv) => iv.answers);
}

test("a full loop: five interviews, one Bar Raiser never first, two principles each for the others, none shared", () => {
  for (let seed = 1; seed <= 200; seed++) {
    const loop = mock.plan(bank, { level: "L6", length: "full", minutes: 45, seed });
    assert.equal(loop.interviews.length, 5);
    const raisers = loop.interviews.filter((iv) => iv.role === "bar-raiser");
    assert.equal(raisers.length, 1);
    assert.notEqual(loop.interviews[0].role, "bar-raiser");
    const assigned = loop.interviews.filter((iv) => iv.role === "interviewer").flatMap((iv) => iv.principles);
    assert.equal(assigned.length, 8);
    assert.equal(new Set(assigned).size, 8, "no principle is given to two interviewers");
    for (const iv of loop.interviews) {
      assert.equal(iv.answers.length, 2, "45 minutes hold two answers");
      iv.answers.forEach((a) => assert.ok(iv.principles.includes(a.principle), "an interviewer asks only its principles"));
    }
    // The Bar Raiser draws from principles no one else covers, and takes the bar-raiser round where it can.
    const open = questions.filter((q) => q.level === "L6" && q.round === "bar-raiser" && !assigned.includes(q.principle));
    raisers[0].answers.forEach((a, i) => {
      assert.ok(!assigned.includes(a.principle));
      if (open.length > i) {
        assert.equal(questions.find((q) => q.id === a.id).round, "bar-raiser");
      }
    });
    const ids = answers(loop).map((a) => a.id);
    assert.equal(new Set(ids).size, ids.length, "no question is asked twice");
  }
});

test("questions come from the chosen level, or the nearest where the bank has none there", () => {
  const loop = mock.plan(bank, { level: "L7", length: "full", minutes: 60, seed: 5 });
  assert.ok(loop.interviews.every((iv) => iv.answers.length === 3), "60 minutes hold three answers");
  // Each interviewer's first answer per principle is at L7; the third comes back to the first principle, whose
  // only L7 question is taken, so it is at L6, the nearest level.
  for (const iv of loop.interviews.filter((i) => i.role === "interviewer")) {
    assert.deepEqual(iv.answers.map((a) => a.id.split("-")[1]), ["L7", "L7", "L6"]);
  }
  // A principle with only an L5 question: an L7 loop still asks it (the nearest level), never nothing.
  const thin = { principles: [{ id: "x", name: "X" }, { id: "y", name: "Y" }], questions: [
    { id: "x-1", principle: "x", level: "L5", round: "behavioural" }, { id: "x-2", principle: "x", level: "L6", round: "behavioural" },
    { id: "y-1", principle: "y", level: "L7", round: "behavioural" }] };
  const one = mock.plan(thin, { level: "L7", length: "one", minutes: 45, seed: 3 });
  assert.equal(one.interviews.length, 1);
  assert.equal(one.interviews[0].role, "interviewer");
  assert.deepEqual(one.interviews[0].answers.map((a) => a.id).sort(), ["x-2", "y-1"]);
});

test("the same seed plans the same loop; answer timers share the interview's time less ten minutes", () => {
  const a = mock.plan(bank, { level: "L5", length: "full", minutes: 45, seed: 42, at: "2026-12-08T10:00:00.000Z" });
  const b = mock.plan(bank, { level: "L5", length: "full", minutes: 45, seed: 42, at: "2026-12-08T10:00:00.000Z" });
  assert.deepEqual(a, b);
  assert.equal(mock.answerSeconds(a, a.interviews[0]), (35 * 60) / 2);
  assert.deepEqual(mock.problems(a), []);
  assert.match(mock.problems({ id: 1 })[0], /not a mock loop/);
  const damaged = JSON.parse(JSON.stringify(a));
  damaged.interviews[1].answers[0].rating = 9;
  assert.deepEqual(mock.problems(damaged), ["answer 1 of interview 2 is damaged"]);
});

test("the debrief: per principle the bar, the vote, a story used twice flagged, and what to practise next", () => {
  const loop = mock.plan(bank, { level: "L6", length: "full", minutes: 45, seed: 9 });
  const all = answers(loop);
  all.forEach((a, i) => { a.rating = 3; a.story = "s-" + i; });
  all[0].rating = 1;
  all[1].rating = 0; // skipped
  all[2].story = "s-3"; // the same story as the fourth answer
  all[4].transcript = "We did it.";
  const report = mock.debrief(loop, bank, [{ id: "s-3", title: "Checkout rewrite", principles: [] }],
    (text) => ({ errors: text.startsWith("We") ? 2 : 0, warnings: 0, score: 40, rules: ["Ownership"] }));
  assert.equal(report.total, 10);
  assert.equal(report.answered, 9);
  assert.equal(report.vote, "Not inclined", "one answer rated 1 keeps the loop from Inclined");
  assert.equal(report.repeated.length, 1);
  assert.equal(report.repeated[0].title, "Checkout rewrite");
  assert.equal(report.repeated[0].uses.length, 2);
  const first = report.principles.find((p) => p.id === all[0].principle);
  assert.ok(first.answers.some((a) => a.rating === 1));
  const names = report.practise.map((p) => p.principle);
  assert.ok(names.includes(all[0].principle));
  assert.ok(names.includes(all[4].principle), "error-level lint findings put a principle on the list");
  assert.match(report.practise.find((p) => p.principle === all[4].principle).why, /2 error-level problems/);
  // Every principle of the loop is in the debrief once.
  assert.equal(new Set(report.principles.map((p) => p.id)).size, report.principles.length);
  assert.deepEqual(new Set(report.principles.map((p) => p.id)), new Set(all.map((a) => a.principle)));
});

test("votes and bars follow the ratings", () => {
  assert.equal(mock.vote([4, 4, 3, 4]), "Strong hire");
  assert.equal(mock.vote([3, 3, 3, 2]), "Inclined");
  assert.equal(mock.vote([4, 4, 4, 1]), "Not inclined");
  assert.equal(mock.vote([1, 1, 2]), "Strong no hire");
  assert.equal(mock.vote([]), "No vote");
  assert.equal(mock.bar([4]), "Raises the bar");
  assert.equal(mock.bar([3, 3]), "Meets the bar");
  assert.equal(mock.bar([2]), "Below the bar");
  assert.equal(mock.bar([1]), "Concern");
  assert.equal(mock.bar([]), "Not answered");
});

test("rated answers feed the schedule once per question, unrated ones not at all", () => {
  const loop = mock.plan(bank, { level: "L6", length: "one", minutes: 45, seed: 1 });
  loop.interviews[0].answers[0].rating = 2;
  assert.deepEqual(mock.reviews(loop), [{ id: loop.interviews[0].answers[0].id, principle: loop.interviews[0].answers[0].principle, rating: 2 }]);
});

test("the store keeps loops, sets damaged ones aside, and merges imported loops by id", () => {
  const loop = mock.plan(bank, { level: "L6", length: "one", minutes: 45, seed: 1, at: "2026-12-08T10:00:00.000Z" });
  const d = { format: "pmguide-study", version: 2, progress: {}, stories: [], history: [], settings: {}, loops: [loop, { id: 3 }] };
  const { notes } = store.check(d);
  assert.deepEqual(d.loops, [loop]);
  assert.deepEqual(d.setAside.loops.entries, [{ id: 3 }]);
  assert.deepEqual(notes, ["damaged mock loops were set aside"]);
  const whole = { format: "pmguide-study", version: 2, loops: "x" };
  store.check(whole);
  assert.deepEqual(whole.loops, []);
  assert.equal(whole.setAside.loops.entries, "x");
  // Data without loops stays without them (older files and other pages are unchanged).
  const old = { format: "pmguide-study", version: 2, progress: {}, stories: [], history: [], settings: {} };
  store.check(old);
  assert.equal(old.loops, undefined);
});
