'use strict';
// Loads two serialized indexes with lunr.Index.load and runs the same queries on both.
// Usage: node run-queries.js <indexA.json> <indexB.json> <queries.json> <output.json>
// output: [{ query, a: [[ref, score], ...] | { error }, b: ... }]
const { lunr, readJson, writeJson } = require('./compat-env');

const [fileA, fileB, queriesFile, output] = process.argv.slice(2);
const a = lunr.Index.load(readJson(fileA));
const b = lunr.Index.load(readJson(fileB));

function run(idx, query) {
  try {
    return idx.search(query).map(r => [r.ref, r.score]);
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.message : e) };
  }
}

writeJson(output, readJson(queriesFile).map(q => ({ query: q, a: run(a, q), b: run(b, q) })));
