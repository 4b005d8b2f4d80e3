// Times the browser's rubric engine (theme/assets/js/rubric.js) on one answer under Node, for the lint benchmark.
// Usage: node time-lint.js <repo-root> <rubric.js> <answer.txt> <runs>; prints "<median> ms" (the median of the runs after the first).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [root, rubricScript, answerFile, runsText] = process.argv.slice(2);
const engine = require(path.join(root, "theme", "assets", "js", "rubric.js"));
const sandbox = { window: {} };
vm.runInNewContext(fs.readFileSync(rubricScript, "utf8"), sandbox);
const rubric = sandbox.window.PMGUIDE_RUBRIC;
const answer = fs.readFileSync(answerFile, "utf8");
const runs = Math.max(2, Number(runsText) || 4);
const times = [];
for (let run = 0; run < runs; run++) {
  const start = process.hrtime.bigint();
  engine.lint(rubric, answer);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const measured = times.slice(1).sort((a, b) => a - b);
const median = measured.length % 2 ? measured[(measured.length - 1) / 2] : (measured[measured.length / 2 - 1] + measured[measured.length / 2]) / 2;
console.log(`${Math.round(median)} ms`);
