'use strict';
// Expands a compact index with the theme's search-expand.js, adds every chunk, reads every vector, posting and store
// entry, and writes what went wrong ("" when nothing did). Usage: node expand-damaged.js <input.json> <output.json>
// input: { index: <main part>, chunks: [<chunk>...], block: <documents per block>, blocks: [<block text>...] };
// output: { error }
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { lunr, repoRoot, readJson, writeJson } = require('./compat-env');

const [inputFile, output] = process.argv.slice(2);
const window = {};
const file = path.join(repoRoot, 'theme', 'assets', 'js', 'search-expand.js');
vm.runInNewContext(fs.readFileSync(file, 'utf8'), { window }, { filename: file });
const { index, chunks, block, blocks } = readJson(inputFile);
let error = '';
try {
  const expanded = window.PmGuideSearchIndex.expand(index, lunr);
  chunks.forEach((chunk, n) => expanded.addChunk(n, chunk));
  JSON.stringify(expanded);
  const entry = window.PmGuideSearchIndex.store(index.documents, block);
  blocks.forEach((text, n) => entry.add(n, text));
  for (let i = 0; i < index.documents; i++) entry(i);
} catch (e) {
  error = String(e && e.message !== undefined ? e.message : e);
}
writeJson(output, { error });
