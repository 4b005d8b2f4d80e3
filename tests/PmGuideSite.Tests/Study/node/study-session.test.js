"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const { session } = require("./load.js");

function questions(counts) {
  const list = [];
  Object.keys(counts).forEach((p) => {
    for (let i = 0; i < counts[p]; i++) {
      list.push({ id: p + "-" + i, principle: p, round: i % 3 === 0 ? "metrics" : "behavioural" });
    }
  });
  return list;
}

function build(list, extra) {
  return session.build(Object.assign({
    questions: list,
    principles: [...new Set(list.map((q) => q.principle))],
    rounds: ["metrics", "behavioural"],
    isDue: () => false,
    isNew: () => true,
    dueRank: () => 0,
    length: 0,
    dueOnly: false,
    seed: 1
  }, extra || {}));
}

test("the same seed gives the same order, another seed another", () => {
  const list = questions({ a: 8, b: 8, c: 8 });
  const ids = (seed) => build(list, { seed }).queue.map((q) => q.id).join(",");
  assert.equal(ids(5), ids(5));
  assert.notEqual(ids(5), ids(6));
});

test("shuffle is a permutation", () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const shuffled = session.shuffle(items, session.random(9));
  assert.deepEqual([...shuffled].sort((x, y) => x - y), items);
  assert.notDeepEqual(shuffled, items);
});

test("no two in a row share a principle whenever some order allows it", () => {
  for (let seed = 1; seed <= 300; seed++) {
    const next = session.random(seed * 7919);
    const groups = 2 + Math.floor(next() * 4);
    const counts = {};
    for (let g = 0; g < groups; g++) {
      counts["p" + g] = 1 + Math.floor(next() * 12);
    }
    const list = questions(counts);
    const queue = build(list, { seed }).queue;
    assert.equal(queue.length, list.length);
    const n = list.length;
    const max = Math.max(...Object.values(counts));
    const fewest = Math.max(0, max - (n - max) - 1);
    assert.equal(session.repeats(queue), fewest, `seed ${seed}, counts ${JSON.stringify(counts)}`);
  }
});

test("due questions come first, the most overdue when not all fit, then new ones up to the length", () => {
  const list = questions({ a: 10, b: 10 });
  const due = new Set(["a-1", "a-2", "b-3", "b-4", "b-5"]);
  const rank = { "a-1": 5, "a-2": 1, "b-3": 2, "b-4": 4, "b-5": 3 };
  const plan = build(list, { isDue: (id) => due.has(id), isNew: (id) => !due.has(id), dueRank: (id) => rank[id], length: 4 });
  assert.deepEqual(plan.queue.map((q) => q.id).sort(), ["a-2", "b-3", "b-4", "b-5"]);
  assert.equal(plan.due, 4);
  assert.equal(plan.dueWaiting, 1);
  assert.equal(session.repeats(plan.queue), 1); // three from b, one from a: one repeat cannot be avoided

  const more = build(list, { isDue: (id) => due.has(id), isNew: (id) => !due.has(id), dueRank: (id) => rank[id], length: 10 });
  assert.ok(more.queue.slice(0, 5).every((q) => due.has(q.id)));
  assert.ok(more.queue.slice(5).every((q) => !due.has(q.id)));
  assert.equal(more.fresh, 5);
  assert.equal(session.repeats(more.queue), 0);
});

test("due only leaves new questions out; the daily caps hold", () => {
  const list = questions({ a: 10, b: 10 });
  const due = new Set(["a-1", "b-1", "b-2"]);
  const options = { isDue: (id) => due.has(id), isNew: (id) => !due.has(id) };
  assert.equal(build(list, Object.assign({ dueOnly: true }, options)).queue.length, 3);
  const capped = build(list, Object.assign({ newLeft: 4, dueLeft: 2 }, options));
  assert.equal(capped.due, 2);
  assert.equal(capped.fresh, 4);
  assert.equal(capped.dueWaiting, 1);
  assert.equal(capped.newWaiting, 13);
});

test("only the chosen principles and rounds, and new questions a fair share from each principle", () => {
  const list = questions({ a: 30, b: 3, c: 30 });
  const plan = build(list, { principles: ["a", "b"], rounds: ["behavioural"], length: 6 });
  assert.ok(plan.queue.every((q) => q.principle !== "c" && q.round === "behavioural"));
  assert.ok(plan.queue.filter((q) => q.principle === "b").length >= 2, JSON.stringify(plan.queue));
});
