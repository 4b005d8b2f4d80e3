// Loads the browser's study modules and ts-fsrs's UMD build (the file the site ships) under Node.
"use strict";
const fs = require("fs");
const path = require("path");

const repo = path.resolve(__dirname, "..", "..", "..", "..");
const js = (name) => path.join(repo, "theme", "assets", "js", name);

// ts-fsrs's package is "type": "module", so require() would read its .js as ESM; run the UMD file as the browser
// does, through its CommonJS branch.
function fsrs() {
  const code = fs.readFileSync(path.join(repo, "node_modules", "ts-fsrs", "dist", "index.umd.js"), "utf8");
  const m = { exports: {} };
  new Function("exports", "module", code)(m.exports, m);
  return m.exports;
}

module.exports = {
  FSRS: fsrs(),
  session: require(js("study-session.js")),
  schedule: require(js("study-schedule.js")),
  store: require(js("study-store.js")),
  history: require(js("study-history.js")),
  matrix: require(js("story-matrix.js")),
  mock: require(js("mock-loop.js"))
};
