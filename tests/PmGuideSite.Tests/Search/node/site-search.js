'use strict';
// Reads a built site's search scripts as the browser does: search/index.js, then the chunks search/index-N.js and the
// result store's blocks search/store-N.js, each assigning its global on the window it runs in.
const fs = require('fs');
const path = require('path');
const vm = require('vm');

// Runs the site's search scripts in the given context (a vm context, or this one when none is given) and returns
// { data, chunks, blocks }: the index's main part and every chunk and block, in order.
function readSiteSearch(searchFolder, context) {
  const run = file => {
    const code = fs.readFileSync(file, 'utf8');
    if (context) vm.runInContext(code, context, { filename: file });
    else vm.runInThisContext(code, { filename: file });
  };
  const window = context ? context.window : globalThis.window;
  run(path.join(searchFolder, 'index.js'));
  const data = window.PMGUIDE_SEARCH;
  data.index.chunks.forEach((_, n) => run(path.join(searchFolder, `index-${n}.js`)));
  const blockCount = Math.ceil(data.index.documents / data.store.block);
  for (let n = 0; n < blockCount; n++) run(path.join(searchFolder, `store-${n}.js`));
  return { data, chunks: window.PMGUIDE_SEARCH_CHUNKS || [], blocks: window.PMGUIDE_SEARCH_BLOCKS || [] };
}

// The expanded index with every chunk added, and the store with every block.
function expandAll(searchIndex, lunr, { data, chunks, blocks }) {
  const index = searchIndex.expand(data.index, lunr);
  chunks.forEach((chunk, n) => index.addChunk(n, chunk));
  const store = searchIndex.store(data.index.documents, data.store.block);
  blocks.forEach((block, n) => store.add(n, block));
  return { index, store };
}

module.exports = { readSiteSearch, expandAll };
