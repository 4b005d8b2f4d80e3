'use strict';
// Expands a compact index with the site's own theme/assets/js/search-expand.js, runs queries on it and on an index
// that lunr.js built (loaded with lunr.Index.load), and writes both results and the expanded index serialized. Each
// query also runs on a fresh expansion that starts with no chunk and adds only those the query says it needs, as the
// browser loads them. For a site's search/index.js it also reads the result store back from the blocks beside it.
// Usage: node expand-index.js <compact.json | search/index.js> <lunr.json> <queries.json> <output.json> <expanded.json>
// compact.json is { index, chunks } (LunrIndexBuilder.BuildCompact).
// output: { results: [{ query, a: [[ref, score], ...] | { error }, b: ..., c: ..., chunksRead }], chunkCount,
// tokens: { a, b } } with a from lunr's index, b from the expanded one with every chunk, c from the one that loaded
// only what the query needed (chunksRead of chunkCount); tokens are the token sets' words in the order lunr's queries
// walk them; store is [[kind, title, principle, url, excerpt], ...] for a site's script, else null.
// The queries run before the expanded index is serialized, so vectors and postings made on demand are checked too.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { lunr, repoRoot, readJson, writeJson } = require('./compat-env');
const { readSiteSearch, expandAll } = require('./site-search');

const [compactFile, lunrFile, queriesFile, output, expandedFile] = process.argv.slice(2);

const context = vm.createContext({ window: {} });
const expandFile = path.join(repoRoot, 'theme', 'assets', 'js', 'search-expand.js');
vm.runInContext(fs.readFileSync(expandFile, 'utf8'), context, { filename: expandFile });
const searchIndex = context.window.PmGuideSearchIndex;
const site = compactFile.endsWith('.js') ? readSiteSearch(path.dirname(compactFile), context) : null;
const compact = site ? { index: site.data.index, chunks: site.chunks } : readJson(compactFile);
const full = site ? expandAll(searchIndex, lunr, site) : null;
const expanded = full ? full.index : searchIndex.expand(compact.index, lunr);
if (!full) compact.chunks.forEach((chunk, n) => expanded.addChunk(n, chunk));
const reference = lunr.Index.load(readJson(lunrFile));

function run(idx, query) {
  try {
    return idx.search(query).map(r => [r.ref, r.score]);
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.message : e) };
  }
}

// The query on an index that has only the chunks the query asked for, loaded when it asked (at most a few rounds:
// one is all a query needs, as it says everything at once).
function onDemand(query) {
  const idx = searchIndex.expand(compact.index, lunr);
  let read = 0;
  for (let round = 0; round < 3; round++) {
    try {
      return { hits: idx.search(query).map(r => [r.ref, r.score]), read, round };
    } catch (e) {
      if (!(e && e.needs)) return { hits: { error: String(e && e.message !== undefined ? e.message : e) }, read, round };
      e.needs.chunks.forEach(n => idx.addChunk(n, compact.chunks[n]));
      read += e.needs.chunks.length;
    }
  }
  return { hits: { error: 'still needed chunks after 3 rounds' }, read, round: 3 };
}

// Reads every entry, last first, so that entries are also read before the ones they share text with.
function storeEntries(entry, count) {
  const entries = [];
  for (let i = count - 1; i >= 0; i--) entries[i] = entry(i);
  return entries;
}

writeJson(output, {
  results: readJson(queriesFile).map(q => {
    const c = onDemand(q);
    return { query: q, a: run(reference, q), b: run(expanded, q), c: c.hits, chunksRead: c.read, rounds: c.round };
  }),
  chunkCount: compact.chunks.length,
  tokens: { a: reference.tokenSet.toArray(), b: expanded.tokenSet.toArray() },
  store: site ? storeEntries(full.store, site.data.index.documents) : null,
});
fs.writeFileSync(expandedFile, JSON.stringify(expanded), 'utf8');
