'use strict';
// Dumps how this Node lower-cases, splits and trims text, for the C# tokenizer tests to compare against.
// Usage: node js-text.js <output.json>
const fs = require('fs');
const { lunr, lunrPath, writeJson, toRanges } = require('./compat-env');

const [output] = process.argv.slice(2);
const isUnassigned = /\p{Cn}/u;
const isCasedCategory = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const isIgnorableCategory = /[\p{Mn}\p{Me}\p{Cf}\p{Lm}\p{Sk}]/u;

const unassigned = [];
const casedCategory = [];
const ignorableCategory = [];
const lower = [];
const sigmaAfter = [];
const sigmaAfterCased = [];
const sigmaBefore = [];
for (let cp = 0; cp <= 0x10FFFF; cp++) {
  if (cp >= 0xD800 && cp <= 0xDFFF) continue;
  const s = String.fromCodePoint(cp);
  if (isUnassigned.test(s)) { unassigned.push(cp); continue; }
  if (isCasedCategory.test(s)) casedCategory.push(cp);
  if (isIgnorableCategory.test(s)) ignorableCategory.push(cp);
  const l = s.toLowerCase();
  if (l !== s) lower.push([cp, [...l].map(c => c.codePointAt(0))]);
  // Each probe reveals the Cased and Case_Ignorable properties of cp through the Final_Sigma rule.
  if ((s + '\u03A3').toLowerCase().endsWith('\u03C2')) sigmaAfter.push(cp);
  if (('A' + s + '\u03A3').toLowerCase().endsWith('\u03C2')) sigmaAfterCased.push(cp);
  if (('A\u03A3' + s).toLowerCase().charAt(1) === '\u03C2') sigmaBefore.push(cp);
}

const separators = [];
const wordChars = [];
for (let c = 0; c <= 0xFFFF; c++) {
  const s = String.fromCharCode(c);
  if (s.match(lunr.tokenizer.separator)) separators.push(c);
  if (/\w/.test(s)) wordChars.push(c);
}

// The stop word list as written in lunr's source, and which of those words lunr's filter really drops.
const source = fs.readFileSync(lunrPath, 'utf8');
const listText = source.slice(source.indexOf('lunr.stopWordFilter = lunr.generateStopWordFilter(['));
const stopWords = [...listText.slice(0, listText.indexOf('])')).matchAll(/'([^']*)'/g)].map(m => m[1]);
const dropped = stopWords.filter(w => lunr.stopWordFilter(new lunr.Token(w)) === undefined);

const samples = ['\u0130STANBUL', '\u039F\u0394\u039F\u03A3 \u03A3\u0391\u03A3', 'A\u02B0\u03A3', '\u02B0\u03A3',
  'A.\u03A3.', 'A\u03A3.A', '\u03A3\u0391', '\u0391\u0301\u03A3', '\uD801\uDC00\u03A3', 'A\u03A3\uD801\uDC00',
  'A\uD800\u03A3', 'A\u03A3\uDC00', '\u03A3\u03A3\u03A3', 'A\u03A3\u03A3', '\u00AA\u03A3', 'A\u03A3\u00BA',
  'x\u0130\u03A3', '\u0130\u03A3', 'A\u0307\u03A3', 'MIXED \u0130 \u03A3 \u00C9\u00C0 \uD801\uDC00 \uFB03'];
// As code units: System.Text.Json refuses to read strings with lone surrogates.
function codeUnits(s) {
  const units = [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  return units;
}
const lowerSamples = samples.map(s => [codeUnits(s), codeUnits(s.toLowerCase())]);

writeJson(output, {
  unicode: process.versions.unicode,
  unassigned: toRanges(unassigned),
  casedCategory: toRanges(casedCategory),
  ignorableCategory: toRanges(ignorableCategory),
  lower,
  sigmaAfter: toRanges(sigmaAfter),
  sigmaAfterCased: toRanges(sigmaAfterCased),
  sigmaBefore: toRanges(sigmaBefore),
  separators,
  wordChars,
  stopWords,
  dropped,
  lowerSamples,
});
