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

  // Phone width, where the sidebar becomes a menu (the same breakpoint as site.css), and the width below which the
  // page's table of contents is a collapsed box above the text instead of a column beside it.
  var phone = window.matchMedia("(max-width: 820px)");
  var narrow = window.matchMedia("(max-width: 1100px)");
  var nav = document.getElementById("site-nav");
  var current = nav && nav.querySelector("a[aria-current='page']");

  // Brings the current page's entry into the middle of the sidebar by scrolling the sidebar alone: no focus moves and
  // the page does not scroll (principle pages sit low in a long list).
  function showCurrent() {
    if (!current || nav.scrollHeight <= nav.clientHeight) {
      return;
    }
    var item = current.getBoundingClientRect();
    var box = nav.getBoundingClientRect();
    nav.scrollTop += item.top - box.top - (box.height - item.height) / 2;
  }
  showCurrent();

  // On a phone the toggle lives in the menu, so the header keeps to one row.
  var headerTools = document.querySelector(".header-tools");
  if (toggle && nav && headerTools) {
    var navTools = document.createElement("div");
    navTools.className = "nav-tools";
    nav.insertBefore(navTools, nav.firstChild);
    var placeToggle = function () {
      var home = phone.matches ? navTools : headerTools;
      if (toggle.parentNode !== home) {
        home.appendChild(toggle);
      }
    };
    placeToggle();
    phone.addListener(placeToggle);
  }

  // search.js (18 KB) loads when the reader first reaches for search: the pointer over the box, focus, "/" or "s"; at
  // once on search.html and on a page opened from a result (?highlight=). It picks up a box already focused or typed in.
  var searchInput = document.getElementById("search-input");
  var searchScript = null;
  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  function loadSearch() {
    if (!searchScript) {
      var root = searchInput.getAttribute("data-root") || "";
      // What search.js loads before the first search starts loading beside it, not after it: one round trip less from
      // the first key to the results. search.js takes these promises over (PmGuideScriptLoads) instead of loading again.
      searchScript = document.createElement("script");
      searchScript.src = root + "assets/js/search.js";
      document.head.appendChild(searchScript);
      var loads = window.PmGuideScriptLoads = window.PmGuideScriptLoads || {};
      ["assets/vendor/lunr.min.js", "assets/js/search-expand.js", "assets/js/search-query.js", "search/index.js"].forEach(function (path) {
        loads[root + path] = addScript(root + path);
      });
    }
  }
  if (searchInput) {
    searchInput.addEventListener("focus", loadSearch);
    searchInput.addEventListener("pointerenter", loadSearch);
    if (/[?&]highlight=/.test(window.location.search) || document.getElementById("search-results")) {
      loadSearch();
    }
  }

  // On a phone the search box hides behind a button in the header; the button (or "/" and "s") opens it, focused.
  var header = document.querySelector(".site-header");
  var searchButton = document.querySelector(".search-button");
  var searchForm = document.getElementById("site-search");
  if (header && searchButton && searchForm && searchInput) {
    searchButton.hidden = false;
    var setSearch = function (open) {
      header.classList.toggle("search-open", open);
      searchButton.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        searchInput.focus();
      }
    };
    searchButton.addEventListener("click", function () {
      setSearch(!header.classList.contains("search-open"));
    });
    // "/" and "s" (below) focus the box; on a phone they open it first.
    document.addEventListener("keydown", function (event) {
      if (phone.matches && isSearchKey(event)) {
        setSearch(true);
      }
    });
    searchInput.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && phone.matches && header.classList.contains("search-open")) {
        setSearch(false);
        searchButton.focus();
      }
    });
    searchForm.addEventListener("focusout", function (event) {
      var to = event.relatedTarget;
      if (phone.matches && to && !searchForm.contains(to) && to !== searchButton) {
        setSearch(false);
      }
    });
  }

  // "On this page": beside the text on wide screens (open), a closed box under the page's heading on narrow ones.
  var toc = document.querySelector(".with-toc > .toc");
  var tocDetails = toc && toc.querySelector("details");
  var pageHeader = document.querySelector(".with-toc .page-header");
  if (toc && tocDetails && pageHeader) {
    var tocHome = toc.parentNode;
    var placeToc = function () {
      if (narrow.matches) {
        pageHeader.parentNode.insertBefore(toc, pageHeader.nextSibling);
        tocDetails.open = false;
      } else {
        tocHome.appendChild(toc);
        tocDetails.open = true;
      }
    };
    placeToc();
    narrow.addListener(placeToc);
  }

  function isSearchKey(event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    return !typing && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "/" || event.key === "s");
  }
  if (searchInput) {
    document.addEventListener("keydown", function (event) {
      if (isSearchKey(event)) {
        event.preventDefault();
        searchInput.focus();
      }
    });
  }

  var menu = document.querySelector(".menu-button");
  if (menu && nav) {
    menu.hidden = false;
    var setOpen = function (open) {
      nav.classList.toggle("open", open);
      menu.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) {
        showCurrent();
      }
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
