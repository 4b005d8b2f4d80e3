'use strict';
// Shared by the lunr compatibility scripts: finds the repository's lunr (installed by `npm ci`) and reads and
// writes the JSON files the C# tests exchange with these scripts.
const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..', '..', '..');
const lunrPath = path.join(repoRoot, 'node_modules', 'lunr', 'lunr.js');

if (!fs.existsSync(lunrPath)) {
  process.stderr.write(`lunr is not installed at ${lunrPath}; run \`npm ci\` in ${repoRoot}\n`);
  process.exit(3);
}

const lunr = require(lunrPath);
if (lunr.version !== '2.3.9') {
  process.stderr.write(`expected lunr 2.3.9 at ${lunrPath}, found ${lunr.version}\n`);
  process.exit(3);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function writeJson(file, value) {
  fs.writeFileSync(file, JSON.stringify(value), 'utf8');
}

// A small seeded generator (mulberry32) so that generated samples are the same on every run.
function seededRandom(seed) {
  let a = seed >>> 0;
  return function () {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Code points as [first, last] ranges, to keep large sets small on disk.
function toRanges(codePoints) {
  const ranges = [];
  for (const cp of codePoints) {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

module.exports = { lunr, lunrPath, repoRoot, readJson, writeJson, seededRandom, toRanges };
