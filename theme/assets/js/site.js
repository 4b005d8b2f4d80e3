// Site-wide behaviour: dark-mode toggle, the phone menu, and keyboard shortcuts. Plain ES2017, no dependencies.
(function () {
  "use strict";
  var root = document.documentElement;

  function effectiveTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "dark" || chosen === "light") {
      return chosen;
    }
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  function showTheme(button) {
    var dark = effectiveTheme() === "dark";
    button.setAttribute("aria-pressed", dark ? "true" : "false");
    button.title = dark ? "Switch to light mode" : "Switch to dark mode";
  }

  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.hidden = false;
    showTheme(toggle);
    toggle.addEventListener("click", function () {
      var next = effectiveTheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try {
        window.localStorage.setItem("pmguide-theme", next);
      } catch (e) {
        // Storage blocked (some browsers on file://): the choice lasts for this page only.
      }
      showTheme(toggle);
    });
  }

  var menu = document.querySelector(".menu-button");
  var nav = document.getElementById("site-nav");
  if (menu && nav) {
    menu.hidden = false;
    var setOpen = function (open) {
      nav.classList.toggle("open", open);
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    };
    menu.addEventListener("click", function () {
      setOpen(!nav.classList.contains("open"));
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("open")) {
        setOpen(false);
        menu.focus();
      }
    });
  }

  // Print every disclosure open (signals, probes), then put back the ones the reader had closed.
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closedForPrint.forEach(function (d) { d.open = false; });
    closedForPrint = [];
  });

  // Keyboard: "[" and "]" go to the previous and next chapter, like many book readers.
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    var link = null;
    if (event.key === "[") {
      link = document.querySelector(".pager-prev");
    } else if (event.key === "]") {
      link = document.querySelector(".pager-next");
    }
    if (link) {
      event.preventDefault();
      window.location.href = link.href;
    }
  });

  // Offline copy: sw.js at the site's root (two folders above this script) precaches the site. Only over http(s); from
  // file:// nothing is registered. Under `serve` (its live-reload script is on the page) there is no sw.js: a cache in
  // front of the pages would hide every edit.
  var script = document.currentScript;
  if (script && "serviceWorker" in navigator && /^https?:$/.test(location.protocol)) {
    var worker = new URL("../../sw.js", script.src).href;
    window.addEventListener("load", function () {
      if (!document.querySelector('script[src^="/__pmguide/"]')) {
        navigator.serviceWorker.register(worker).catch(function () {});
      }
    });
  }
})();
