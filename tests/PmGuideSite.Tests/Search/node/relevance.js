'use strict';
// Runs the site's own search (search-expand.js and search-query.js over a built site's search/ scripts, as the browser
// does) on the labelled queries of tests/SearchRelevance/queries.tsv and writes each query's first results.
// Usage: node relevance.js <site folder> <queries.tsv> <output.json> [--plain]
// --plain runs the search as it was before search-query.js (every term ORed, lunr's order, no aliases or corrections),
// for comparison.
// output: [{ query, kind, accept: [...], results: [url, ...] (first 10), corrected: "..." | null }]
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { lunr, writeJson } = require('./compat-env');
const { readSiteSearch, expandAll } = require('./site-search');

const [site, queriesFile, output, mode] = process.argv.slice(2);
const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
global.window = global;
global.lunr = lunr;
for (const script of [
  path.join(repoRoot, 'theme', 'assets', 'js', 'search-expand.js'),
  path.join(repoRoot, 'theme', 'assets', 'js', 'search-query.js'),
  path.join(site, 'search', 'words.js'),
]) {
  vm.runInThisContext(fs.readFileSync(script, 'utf8'), { filename: script });
}

const siteSearch = readSiteSearch(path.join(site, 'search'));
const data = siteSearch.data;
const { index, store } = expandAll(window.PmGuideSearchIndex, lunr, siteSearch);
const vocabulary = window.PMGUIDE_SEARCH_WORDS.words.split(' ');
const query = window.PmGuideSearchQuery;

// The same steps as search.js's search(): run, and when a word finds nothing retry once with the corrected query.
function search(text) {
  if (mode === '--plain') {
    const terms = query.queryTerms(text);
    return {
      hits: terms.length ? index.query(q => terms.forEach(term => {
        q.term(term, { boost: 10 });
        q.term(term, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: 1 });
      })) : [],
    };
  }
  let found = query.run(index, lunr, text, data.aliases, store);
  if (found.missing.length) {
    const better = query.corrected(text, found.missing, vocabulary);
    if (better) {
      const retried = query.run(index, lunr, better, data.aliases, store);
      if (retried.hits.length) {
        found = retried;
        found.correctedTo = better;
      }
    }
  }
  return found;
}

const rows = fs.readFileSync(queriesFile, 'utf8').split('\n').slice(1).filter(line => line.trim().length > 0);
writeJson(output, rows.map(line => {
  const [text, accept, kind] = line.split('\t');
  const found = search(text);
  return {
    query: text,
    kind,
    accept: accept.split(',').map(a => a.trim()),
    results: found.hits.slice(0, 10).map(hit => store(parseInt(hit.ref, 10))[3]),
    corrected: found.correctedTo || null,
  };
}));
