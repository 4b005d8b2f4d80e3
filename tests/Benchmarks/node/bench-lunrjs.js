'use strict';
// Builds real lunr.js 2.3.9 indexes from the documents pmguide-bench wrote, times it, measures serialized sizes (ours
// and lunr's, gzip with the same zlib settings for both), and checks that our shipped search/index.js, expanded by the
// theme's search-expand.js as the browser does, gives the same results as lunr's own index.
// Usage: node bench-lunrjs.js <input.json> <output.json>
// input: { fields: [{ name, boost }], docs: [{ ref, fields }], shortRefs: [url by position], ourIndex, ourSearch,
//          expandScript, queries, repeat }; ourSearch is a folder of search/index.js, index-N.js and store-N.js.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const zlib = require('zlib');

const lunrPath = path.resolve(__dirname, '..', '..', '..', 'node_modules', 'lunr', 'lunr.js');
if (!fs.existsSync(lunrPath)) {
  process.stderr.write(`lunr is not installed at ${lunrPath}; run \`npm ci\` in the repository\n`);
  process.exit(3);
}
const lunr = require(lunrPath);
const { readSiteSearch, expandAll } = require('../../PmGuideSite.Tests/Search/node/site-search');

const [inputFile, outputFile] = process.argv.slice(2);
const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'));

function build() {
  return lunr(function () {
    this.ref('id');
    input.fields.forEach(f => this.field(f.name, { boost: f.boost }));
    input.docs.forEach(d => this.add(Object.assign({ id: d.ref }, d.fields)));
  });
}

const times = [];
let idx = null;
for (let i = 0; i < input.repeat; i++) {
  const start = process.hrtime.bigint();
  idx = build();
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}

function sizes(text) {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
}

const lunrJson = JSON.stringify(idx);
const oursJson = fs.readFileSync(input.ourIndex, 'utf8');
const window = {};
const context = vm.createContext({ window });
vm.runInContext(fs.readFileSync(input.expandScript, 'utf8'), context);
const siteSearch = readSiteSearch(input.ourSearch, context);
const ours = expandAll(window.PmGuideSearchIndex, lunr, siteSearch).index;
const theirs = lunr.Index.load(JSON.parse(lunrJson));

// Ties in score may come back in a different order (our refs are document numbers, integer-like object keys, and URLs
// are not), so results are compared as score-ordered lists with ties ordered by URL.
function run(index, query, mapRef) {
  try {
    return index.search(query).map(r => [mapRef(r.ref), r.score])
      .sort((a, b) => (b[1] - a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  } catch (e) {
    return { error: String(e && e.message !== undefined ? e.message : e) };
  }
}

const mismatches = [];
let hits = 0;
for (const query of input.queries) {
  const a = run(ours, query, ref => input.shortRefs[parseInt(ref, 10)]);
  const b = run(theirs, query, ref => ref);
  if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(query);
  if (Array.isArray(b)) hits += b.length;
}

// The files the browser may load, each compressed on its own as a server would.
const scriptSizes = { raw: 0, gzip: 0 };
fs.readdirSync(input.ourSearch).forEach(name => {
  const size = sizes(fs.readFileSync(path.join(input.ourSearch, name), 'utf8'));
  scriptSizes.raw += size.raw;
  scriptSizes.gzip += size.gzip;
});

fs.writeFileSync(outputFile, JSON.stringify({
  lunrVersion: lunr.version,
  buildMs: times,
  lunr: sizes(lunrJson),
  oursIndex: sizes(oursJson),
  oursScript: scriptSizes,
  queries: input.queries.length,
  hits,
  mismatches,
}), 'utf8');
