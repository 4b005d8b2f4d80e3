// The practice schedule, with no DOM: FSRS (the ts-fsrs package's UMD build, assets/vendor/ts-fsrs.js, which sets
// the FSRS global) turns a 1-4 rating into a question's next review. Reviews are counted in whole days: a question
// is due on a calendar day, as in Anki, and short-term learning steps are off. Plain ES2017; in the browser it sets
// window.PmGuideSchedule, under Node it is a CommonJS module (tests: node --test). create(FSRS) takes the library,
// so the page can load it only when a session starts.
(function (root, api) {
  "use strict";
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.PmGuideSchedule = api;
  }
})(this, (function () {
  "use strict";

  var NAMES = ["", "Again", "Hard", "Good", "Easy"];

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  // The calendar day of a moment in the student's time zone, "YYYY-MM-DD".
  function localDay(date) {
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  function daysBetween(fromDay, toDay) {
    var a = fromDay.split("-");
    var b = toDay.split("-");
    return Math.round((Date.UTC(+b[0], b[1] - 1, +b[2]) - Date.UTC(+a[0], a[1] - 1, +a[2])) / 86400000);
  }

  /** The scheduler over the FSRS library: { rate, preview, recall }. */
  function create(FSRS) {
    // Fixed, so that the same ratings give the same dates on every device (fuzz would spread them at random).
    var scheduler = FSRS.fsrs(FSRS.generatorParameters({ enable_fuzz: false, enable_short_term: false, request_retention: 0.9 }));

    // A stored entry's FSRS card, or a new one. Cards are kept as FSRS writes them in JSON (dates as ISO strings).
    function cardOf(entry, now) {
      return entry && entry.card ? entry.card : FSRS.createEmptyCard(now);
    }

    /**
     * Applies a rating (1 Again, 2 Hard, 3 Good, 4 Easy) at `now` to a stored entry (or none, for a new question) and
     * returns the new entry: { due (day), last (day), rating, reviews, card (FSRS) }, keeping any other fields.
     */
    function rate(entry, rating, now) {
      var result = scheduler.next(cardOf(entry, now), now, rating);
      var card = JSON.parse(JSON.stringify(result.card));
      var next = {};
      if (entry) {
        Object.keys(entry).forEach(function (k) { next[k] = entry[k]; });
      }
      next.due = localDay(result.card.due);
      next.last = localDay(now);
      next.rating = rating;
      next.reviews = (entry && entry.reviews ? entry.reviews : 0) + 1;
      next.card = card;
      return next;
    }

    // What each rating would give, for the buttons' hints: { 1: days, 2: days, ... }.
    function preview(entry, now) {
      var today = localDay(now);
      var days = {};
      for (var r = 1; r <= 4; r++) {
        days[r] = daysBetween(today, localDay(scheduler.next(cardOf(entry, now), now, r).card.due));
      }
      return days;
    }

    // How likely the student still recalls the question now (FSRS's retrievability), or null for a new one.
    function recall(entry, now) {
      if (!entry || !entry.card || entry.card.state === 0) {
        return null;
      }
      return scheduler.get_retrievability(entry.card, now, false);
    }

    return { rate: rate, preview: preview, recall: recall };
  }

  return {
    create: create,
    localDay: localDay,
    daysBetween: daysBetween,
    ratingName: function (r) { return NAMES[r] || ""; }
  };
})());
