// The study history's figures, with no DOM: answers per day for a calendar, the streak, and each principle's average
// rating week by week. Reads the store's history entries ({day: "YYYY-MM-DD", principle, rating}). Plain ES2017; in
// the browser it sets window.PmGuideHistory, under Node it is a CommonJS module (tests: node --test).
(function (root, api) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.PmGuideHistory = api;
  }
})(this, (function () {
  "use strict";

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // Calendar arithmetic on "YYYY-MM-DD" days, in UTC so that no time zone or daylight change moves a day.
  function addDays(day, n) {
    var p = day.split("-");
    var d = new Date(Date.UTC(+p[0], p[1] - 1, +p[2] + n));
    return d.getUTCFullYear() + "-" + pad(d.getUTCMonth() + 1) + "-" + pad(d.getUTCDate());
  }

  // 0 Monday … 6 Sunday.
  function weekday(day) {
    var p = day.split("-");
    return (new Date(Date.UTC(+p[0], p[1] - 1, +p[2])).getUTCDay() + 6) % 7;
  }

  function perDay(history) {
    var counts = {};
    history.forEach(function (h) { counts[h.day] = (counts[h.day] || 0) + 1; });
    return counts;
  }

  // Days in a row with at least one answer, ending today, or yesterday while today has none yet.
  function streak(history, today) {
    var counts = perDay(history);
    var day = counts[today] ? today : addDays(today, -1);
    var n = 0;
    while (counts[day]) {
      n++;
      day = addDays(day, -1);
    }
    return n;
  }

  // `weeks` columns of Monday-to-Sunday cells, the last holding today: { day, count, future }.
  function calendar(history, today, weeks) {
    var counts = perDay(history);
    var start = addDays(today, -weekday(today) - 7 * (weeks - 1));
    var columns = [];
    for (var w = 0; w < weeks; w++) {
      var cells = [];
      for (var d = 0; d < 7; d++) {
        var day = addDays(start, 7 * w + d);
        cells.push({ day: day, count: counts[day] || 0, future: day > today });
      }
      columns.push(cells);
    }
    return columns;
  }

  // Each principle's average rating in each of the last `weeks` seven-day spans (oldest first, the last ending today),
  // null where it was not practised; with its number of answers in all.
  function weekly(history, today, weeks) {
    var first = addDays(today, -7 * weeks + 1);
    var result = {};
    history.forEach(function (h) {
      var r = result[h.principle] || (result[h.principle] = { answers: 0, sum: 0, weeks: [] });
      r.answers++;
      r.sum += h.rating;
      if (h.day < first || h.day > today) {
        return;
      }
      var p = h.day.split("-");
      var q = first.split("-");
      var index = Math.floor(Math.round((Date.UTC(+p[0], p[1] - 1, +p[2]) - Date.UTC(+q[0], q[1] - 1, +q[2])) / 86400000) / 7);
      var cell = r.weeks[index] || (r.weeks[index] = { sum: 0, n: 0 });
      cell.sum += h.rating;
      cell.n++;
    });
    Object.keys(result).forEach(function (k) {
      var r = result[k];
      var averages = [];
      for (var i = 0; i < weeks; i++) {
        averages.push(r.weeks[i] ? Math.round(r.weeks[i].sum / r.weeks[i].n * 10) / 10 : null);
      }
      result[k] = { answers: r.answers, average: Math.round(r.sum / r.answers * 10) / 10, weeks: averages };
    });
    return result;
  }

  return { addDays: addDays, weekday: weekday, perDay: perDay, streak: streak, calendar: calendar, weekly: weekly };
})());
