'use strict';
// Builds an index with real lunr.js from the documents the C# test wrote, and writes JSON.stringify(index).
// Usage: node build-index.js <input.json> <output.json>
// input: { fields: [{ name, boost? }], docs: [{ ref, boost?, fields: { name: text } }] }
const fs = require('fs');
const { lunr, readJson } = require('./compat-env');

const [input, output] = process.argv.slice(2);
const { fields, docs } = readJson(input);

const idx = lunr(function () {
  this.ref('id');
  fields.forEach(f => this.field(f.name, f.boost === undefined ? undefined : { boost: f.boost }));
  docs.forEach(d => this.add(Object.assign({ id: d.ref }, d.fields), { boost: d.boost }));
});

fs.writeFileSync(output, JSON.stringify(idx), 'utf8');
