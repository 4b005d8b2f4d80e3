// The practice page's study history: answers per day as a calendar drawn in inline SVG, the streak, and each
// principle's average rating over the last six weeks. Figures from study-history.js; redrawn after every save.
// practice.js loads both files when the history section comes into view.
(function () {
  "use strict";
  var data = window.PMGUIDE_QUESTIONS;
  var store = window.PmGuideStore;
  var figures = window.PmGuideHistory;
  var section = document.getElementById("study-history");
  if (!data || !store || !figures || !section) {
    return;
  }
  var SVG = "http://www.w3.org/2000/svg";
  var WEEKS = 12;
  var TREND_WEEKS = 6;
  var names = {};
  data.principles.forEach(function (p) { names[p.id] = p.name; });

  function svg(name, attributes, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (k) { node.setAttribute(k, String(attributes[k])); });
    if (parent) {
      parent.appendChild(node);
    }
    return node;
  }

  function titled(node, text) {
    svg("title", {}, node).textContent = text;
    return node;
  }

  function level(count) {
    return count === 0 ? 0 : count < 3 ? 1 : count < 6 ? 2 : count < 10 ? 3 : 4;
  }

  function drawCalendar(history, today) {
    var columns = figures.calendar(history, today, WEEKS);
    var cell = 13;
    var gap = 3;
    var left = 28;
    var width = left + WEEKS * (cell + gap);
    var height = 7 * (cell + gap) + 18;
    var days = 0;
    var answers = 0;
    columns.forEach(function (c) {
      c.forEach(function (d) {
        if (d.count > 0) {
          days++;
          answers += d.count;
        }
      });
    });
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img", "class": "history-chart",
      "aria-label": "Answers per day over the last " + WEEKS + " weeks: " + answers + " answers on " + days + " days." });
    ["Mon", "", "Wed", "", "Fri", "", ""].forEach(function (label, i) {
      if (label) {
        svg("text", { x: 0, y: 18 + i * (cell + gap) + cell - 2, "class": "history-label" }, chart).textContent = label;
      }
    });
    columns.forEach(function (column, w) {
      var first = column.filter(function (d) { return d.day.slice(8) === "01"; })[0];
      if (first) {
        svg("text", { x: left + w * (cell + gap), y: 10, "class": "history-label" }, chart).textContent = first.day.slice(0, 7);
      }
      column.forEach(function (d, i) {
        if (d.future) {
          return;
        }
        titled(svg("rect", { x: left + w * (cell + gap), y: 18 + i * (cell + gap), width: cell, height: cell, rx: 2,
          "class": "heat heat-" + level(d.count), "data-day": d.day, "data-count": d.count }, chart),
          d.day + ": " + d.count + (d.count === 1 ? " answer" : " answers"));
      });
    });
    return chart;
  }

  function drawTrend(weeks) {
    var bar = 8;
    var gap = 3;
    var height = 24;
    var width = weeks.length * (bar + gap);
    var chart = svg("svg", { viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img", "class": "history-trend",
      "aria-label": "Average rating by week, oldest first: " + weeks.map(function (w) { return w === null ? "none" : String(w); }).join(", ") });
    weeks.forEach(function (w, i) {
      var h = w === null ? 2 : Math.max(2, Math.round(w / 4 * height));
      titled(svg("rect", { x: i * (bar + gap), y: height - h, width: bar, height: h, "class": w === null ? "trend-none" : "trend-bar trend-" + Math.round(w) }, chart),
        (TREND_WEEKS - i === 1 ? "this week" : (TREND_WEEKS - i - 1) + " weeks ago") + ": " + (w === null ? "not practised" : "average " + w));
    });
    return chart;
  }

  function draw() {
    var history = store.data().history || [];
    var today = store.today();
    var summary = document.getElementById("history-summary");
    var calendar = document.getElementById("history-calendar");
    var table = document.getElementById("history-table");
    var body = document.getElementById("history-body");
    calendar.textContent = "";
    body.textContent = "";
    if (history.length === 0) {
      summary.textContent = "No answers rated yet. Each rating adds to a calendar of your practice here.";
      table.hidden = true;
      return;
    }
    var streak = figures.streak(history, today);
    var days = Object.keys(figures.perDay(history)).length;
    summary.textContent = history.length + (history.length === 1 ? " answer" : " answers") + " on " + days + (days === 1 ? " day" : " days") + " · " +
      (streak === 0 ? "no streak yet: practise today to start one" : "streak: " + streak + (streak === 1 ? " day" : " days") + " in a row");
    calendar.appendChild(drawCalendar(history, today));
    var trend = figures.weekly(history, today, TREND_WEEKS);
    Object.keys(trend).filter(function (p) { return names[p]; }).sort(function (a, b) { return names[a] < names[b] ? -1 : 1; }).forEach(function (p) {
      var row = document.createElement("tr");
      row.setAttribute("data-principle", p);
      var th = document.createElement("th");
      th.scope = "row";
      th.textContent = names[p];
      row.appendChild(th);
      [String(trend[p].answers), String(trend[p].average)].forEach(function (text) {
        var td = document.createElement("td");
        td.textContent = text;
        row.appendChild(td);
      });
      var cell = document.createElement("td");
      cell.appendChild(drawTrend(trend[p].weeks));
      row.appendChild(cell);
      body.appendChild(row);
    });
    table.hidden = body.children.length === 0;
  }

  store.onChange(draw);
  draw();
})();
