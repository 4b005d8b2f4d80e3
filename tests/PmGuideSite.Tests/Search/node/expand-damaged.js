'use strict';
// Expands a compact index with the theme's search-expand.js, reads every vector, posting and store entry, and writes
// what went wrong ("" when nothing did). Usage: node expand-damaged.js <compact.json> <output.json>
// input: { index: <compact index>, store: <store text> }; output: { error }
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { lunr, repoRoot, readJson, writeJson } = require('./compat-env');

const [inputFile, output] = process.argv.slice(2);
const window = {};
const file = path.join(repoRoot, 'theme', 'assets', 'js', 'search-expand.js');
vm.runInNewContext(fs.readFileSync(file, 'utf8'), { window }, { filename: file });
const { index, store } = readJson(inputFile);
let error = '';
try {
  const expanded = window.PmGuideSearchIndex.expand(index, lunr);
  JSON.stringify(expanded);
  const entry = window.PmGuideSearchIndex.store(store, index.documents);
  for (let i = 0; i < index.documents; i++) entry(i);
} catch (e) {
  error = String(e && e.message !== undefined ? e.message : e);
}
writeJson(output, { error });
