'use strict';
// Expands a compact index with the site's own theme/assets/js/search-expand.js, runs queries on it and on an index
// that lunr.js built (loaded with lunr.Index.load), and writes both results and the expanded index serialized. For a
// site's search/index.js it also reads the result store back from the store.js beside it.
// Usage: node expand-index.js <compact.json | search/index.js> <lunr.json> <queries.json> <output.json> <expanded.json>
// output: { results: [{ query, a: [[ref, score], ...] | { error }, b: ... }], tokens: { a, b } } with a from lunr's
// index and b from the expanded one; tokens are the token sets' words in the order lunr's queries walk them; store is
// [[kind, title, principle, url, excerpt], ...] for a site's script, else null.
// The queries run before the expanded index is serialized, so vectors and postings made on demand are checked too.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { lunr, repoRoot, readJson, writeJson } = require('./compat-env');

const [compactFile, lunrFile, queriesFile, output, expandedFile] = process.argv.slice(2);

function loadScript(file, window) {
  vm.runInNewContext(fs.readFileSync(file, 'utf8'), { window }, { filename: file });
  return window;
}

const window = loadScript(path.join(repoRoot, 'theme', 'assets', 'js', 'search-expand.js'), {});
const site = compactFile.endsWith('.js') ? loadScript(compactFile, {}).PMGUIDE_SEARCH : null;
const siteStore = site ? loadScript(path.join(path.dirname(compactFile), 'store.js'), {}).PMGUIDE_SEARCH_STORE : null;
const compact = site ? site.index : readJson(compactFile);
const expanded = window.PmGuideSearchIndex.expand(compact, lunr);
const reference = lunr.Index.load(readJson(lunrFile));

function run(idx, query) {
  try {
    return idx.search(query).map(r => [r.ref, r.score]);
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.message : e) };
  }
}

// Reads every entry, last first, so that entries are also read before the ones they share text with.
function storeEntries(entry, count) {
  const entries = [];
  for (let i = count - 1; i >= 0; i--) entries[i] = entry(i);
  return entries;
}

writeJson(output, {
  results: readJson(queriesFile).map(q => ({ query: q, a: run(reference, q), b: run(expanded, q) })),
  tokens: { a: reference.tokenSet.toArray(), b: expanded.tokenSet.toArray() },
  store: site ? storeEntries(window.PmGuideSearchIndex.store(siteStore.store, site.index.documents), site.index.documents) : null,
});
fs.writeFileSync(expandedFile, JSON.stringify(expanded), 'utf8');
