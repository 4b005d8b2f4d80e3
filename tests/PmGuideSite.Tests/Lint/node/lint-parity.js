// Runs the browser's rubric engine (theme/assets/js/rubric.js) under Node against the rubric.js data file the
// generator wrote, and writes every answer's findings as JSON for the C# parity test to compare.
// Usage: node lint-parity.js <repo-root> <rubric.js> <answers.json> <out.json>
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [root, rubricScript, answersFile, outFile] = process.argv.slice(2);
const engine = require(path.join(root, "theme", "assets", "js", "rubric.js"));
const sandbox = { window: {} };
vm.runInNewContext(fs.readFileSync(rubricScript, "utf8"), sandbox);
const rubric = sandbox.window.PMGUIDE_RUBRIC;
if (!rubric || !Array.isArray(rubric.rules) || rubric.rules.length === 0) {
  throw new Error("rubric.js did not define PMGUIDE_RUBRIC with rules");
}
const answers = JSON.parse(fs.readFileSync(answersFile, "utf8"));
// An answer is its text, or { text, question, level } when it answers a known question.
const results = answers.map((answer) => typeof answer === "string" ? engine.lint(rubric, answer) : engine.lint(rubric, answer.text, answer));
fs.writeFileSync(outFile, JSON.stringify(results));
