// Runs in <head> before the page paints, so a reader who chose dark mode never sees a white flash.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var saved = window.localStorage.getItem("pmguide-theme");
    if (saved === "dark" || saved === "light") {
      root.setAttribute("data-theme", saved);
    }
  } catch (e) {
    // Storage can be blocked on file:// pages; the system setting still applies.
  }
})();
