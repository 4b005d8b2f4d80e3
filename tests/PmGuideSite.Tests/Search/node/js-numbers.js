'use strict';
// Dumps Math.log, Math.round, Number toString and JSON.stringify results for the C# number tests.
// Doubles travel as 16 hex digits of their IEEE 754 bits so that nothing is lost on the way.
// Usage: node js-numbers.js <output.json>
const { writeJson, seededRandom } = require('./compat-env');

const [output] = process.argv.slice(2);
const random = seededRandom(7);
const view = new DataView(new ArrayBuffer(8));
function hex(x) {
  view.setFloat64(0, x);
  return view.getUint32(0).toString(16).padStart(8, '0') + view.getUint32(4).toString(16).padStart(8, '0');
}
function fromBits(high, low) {
  view.setUint32(0, high >>> 0);
  view.setUint32(4, low >>> 0);
  return view.getFloat64(0);
}
function randomDouble() {
  for (;;) {
    const x = fromBits(random() * 4294967296, random() * 4294967296);
    if (Number.isFinite(x)) return x;
  }
}

// lunr's idf arguments for small indexes, then arguments spread over many binades and near 1.
const logArgs = [];
for (let n = 1; n <= 300; n++) {
  for (let df = 1; df <= n; df++) logArgs.push(1 + Math.abs((n - df + 0.5) / (df + 0.5)));
}
for (let i = 0; i < 20000; i++) logArgs.push(Math.pow(2, random() * 80 - 20) * (1 + random()));
for (let k = 1; k <= 52; k++) logArgs.push(1 + Math.pow(2, -k), 1 - Math.pow(2, -k - 1));
logArgs.push(1, 2, Math.E, 0.5, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308);

const roundArgs = [0.49999999999999994, -0.49999999999999994, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, -0.4, -0,
  4503599627370495.5, 4503599627370497, -4503599627370497, 9007199254740993, 1e300, -1e300];
for (let i = 0; i < 2000; i++) roundArgs.push(Math.floor(random() * 2000000 - 1000000) + 0.5);
for (let i = 0; i < 20000; i++) roundArgs.push((random() * 20 - 5) * 1000);

const numbers = [0, -0, 1, -1, 0.5, 1.234, 12.5, 0.001, 1e-6, 1e-7, 1.5e-7, 123e-20, 1e21, 1e20, 999999999999999900000,
  1.0000000000000001e21, 123456789012345680000, 1e15, 1e16, 2 ** 53, 2 ** 53 + 2, 5e-324, 1.7976931348623157e308,
  NaN, Infinity, -Infinity, 0.1 + 0.2, 100, 1e-5, 0.000123, 4.35, 0.3];
for (let e = -30; e <= 30; e++) numbers.push(Math.pow(10, e), -Math.pow(10, e), 1.5 * Math.pow(10, e));
for (let i = 0; i < 20000; i++) numbers.push(randomDouble());
for (let i = 0; i < 20000; i++) numbers.push(Math.round(random() * 30 * 1000) / 1000);

const strings = ['', 'plain', 'quote " and \\ backslash', '/slash', '\u2028\u2029', '\u007F\u0080\u0085\uFEFF',
  '\uD800', '\uDC00', '\uDC00\uD800', 'a\uD83D\uDE00b', '\uD83D', 'x\uDBFFy', '\uFFFF', 'caf\u00E9 na\u00EFve'];
let controls = '';
for (let c = 0; c < 0x20; c++) controls += String.fromCharCode(c);
strings.push(controls);

function codeUnits(s) {
  const units = [];
  for (let i = 0; i < s.length; i++) units.push(s.charCodeAt(i));
  return units;
}

writeJson(output, {
  log: logArgs.map(x => [hex(x), hex(Math.log(x))]),
  round: roundArgs.map(x => [hex(x), hex(Math.round(x))]),
  lunrRound: roundArgs.map(x => [hex(x / 997), hex(Math.round(x / 997 * 1000) / 1000)]),
  toString: numbers.map(x => [hex(x), JSON.stringify(x)]),
  json: strings.map(s => [codeUnits(s), JSON.stringify(s)]),
});
