// Search: loads lunr.js and the prebuilt index only when the reader first points at or focuses the search box, with
// <script> tags (fetch() is blocked on file:// pages). Results appear as you type; arrows move, Enter opens, Esc closes.
(function () {
  "use strict";
  var input = document.getElementById("search-input");
  var popup = document.getElementById("search-popup");
  if (!input || !popup) {
    return;
  }
  var root = input.getAttribute("data-root") || "";
  var KINDS = { chapter: "Chapter", principle: "Principle", question: "Question", example: "Example" };
  var state = { loading: null, index: null, store: null, results: [], active: -1 };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  // User Timing marks (the performance panel, and tests/Benchmarks' search latency, read them): the scripts are in, the
  // index is expanded, a search starts.
  function mark(name) {
    if (window.performance && performance.mark) {
      performance.mark(name);
    }
  }

  // lunr.js, the code that expands the index, the index and the result store load side by side (two data files rather
  // than one: the browser reads and compiles them in parallel); the index is expanded once all four are in.
  function ensureIndex() {
    if (!state.loading) {
      mark("pmguide-search-load");
      state.loading = Promise.all([
        window.lunr ? null : loadScript(root + "assets/vendor/lunr.min.js"),
        window.PmGuideSearchIndex ? null : loadScript(root + "assets/js/search-expand.js"),
        window.PMGUIDE_SEARCH ? null : loadScript(root + "search/index.js"),
        window.PMGUIDE_SEARCH_STORE ? null : loadScript(root + "search/store.js"),
      ]).then(function () {
        mark("pmguide-search-loaded");
        var data = window.PMGUIDE_SEARCH;
        var store = window.PMGUIDE_SEARCH_STORE;
        if (!data || data.version !== 5 || !store || store.version !== 5) {
          throw new Error("search/index.js or search/store.js is from another version of pmguide");
        }
        state.index = window.PmGuideSearchIndex.expand(data.index, window.lunr);
        state.store = window.PmGuideSearchIndex.store(store.store, data.index.documents);
        mark("pmguide-search-ready");
      });
    }
    return state.loading;
  }

  // What a person types becomes plain lunr terms: split like lunr's tokenizer (whitespace and '-'), trim like its
  // trimmer, and split again on query syntax (: ^ ~ + * and quotes) so nothing typed can throw.
  function queryTerms(text) {
    var terms = [];
    text.toLowerCase().split(/[\s\-]+/).forEach(function (token) {
      var trimmed = token.replace(/^\W+/, "").replace(/\W+$/, "");
      if (!trimmed) {
        return;
      }
      var parts = /[:^~+*"']/.test(trimmed) ? trimmed.split(/[:^~+*"']+/) : [trimmed];
      parts.forEach(function (part) {
        part = part.replace(/^\W+/, "").replace(/\W+$/, "");
        if (part && terms.indexOf(part) < 0) {
          terms.push(part);
        }
      });
    });
    return terms;
  }

  function search(text) {
    var terms = queryTerms(text);
    if (!terms.length || !state.index) {
      return { terms: terms, hits: [] };
    }
    var hits = state.index.query(function (q) {
      terms.forEach(function (term) {
        q.term(term, { boost: 10 });
        q.term(term, { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING, boost: 1 });
      });
    });
    return { terms: terms, hits: hits };
  }

  // Builds text with <mark> around words that start with a query term; text nodes only, never innerHTML.
  function highlight(element, text, terms) {
    var pattern = terms.length ? new RegExp("(^|[^\\p{L}\\p{N}])(" + terms.map(escapeRegExp).join("|") + ")", "giu") : null;
    var last = 0;
    var match;
    while (pattern && (match = pattern.exec(text)) !== null) {
      var start = match.index + match[1].length;
      element.appendChild(document.createTextNode(text.slice(last, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, start + match[2].length);
      element.appendChild(mark);
      last = start + match[2].length;
      if (match[0].length === 0) {
        pattern.lastIndex++;
      }
    }
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  function renderResult(container, hit, terms, id) {
    // The store's entry for the document: kind, title, principle, URL, excerpt. Refs are document numbers.
    var entry = state.store(parseInt(hit.ref, 10));
    var link = document.createElement("a");
    link.className = "search-result";
    link.href = root + entry[3];
    if (id) {
      link.id = id;
      link.setAttribute("role", "option");
      link.setAttribute("aria-selected", "false");
      link.tabIndex = -1;
    }
    var head = document.createElement("span");
    head.className = "search-result-head";
    var badge = document.createElement("span");
    badge.className = "badge badge-kind badge-" + entry[0];
    badge.textContent = KINDS[entry[0]] || entry[0];
    var title = document.createElement("span");
    title.className = "search-result-title";
    highlight(title, entry[1], terms);
    head.appendChild(badge);
    head.appendChild(document.createTextNode(" "));
    head.appendChild(title);
    link.appendChild(head);
    if (entry[2] && entry[0] !== "principle") {
      var principle = document.createElement("span");
      principle.className = "search-result-principle";
      principle.textContent = entry[2];
      link.appendChild(principle);
    }
    var excerpt = document.createElement("span");
    excerpt.className = "search-result-excerpt";
    highlight(excerpt, entry[4], terms);
    link.appendChild(excerpt);
    container.appendChild(link);
    return link;
  }

  // Scrolls the active option into view only when asked (arrow keys). Fresh results show the popup from its top, and
  // scrolling to them would make the browser lay out the whole page before they are shown.
  function setActive(position, scroll) {
    var options = popup.querySelectorAll("[role=option]");
    state.active = options.length ? (position + options.length) % options.length : -1;
    for (var i = 0; i < options.length; i++) {
      options[i].setAttribute("aria-selected", i === state.active ? "true" : "false");
    }
    if (state.active >= 0) {
      input.setAttribute("aria-activedescendant", options[state.active].id);
      if (scroll) {
        options[state.active].scrollIntoView({ block: "nearest" });
      }
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    popup.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    state.active = -1;
  }

  function update() {
    var text = input.value;
    if (!text.trim()) {
      close();
      return;
    }
    ensureIndex().then(function () {
      if (input.value !== text) {
        return;
      }
      mark("pmguide-search-query");
      var found = search(text);
      if (popup.scrollTop) {
        popup.scrollTop = 0;
      }
      popup.textContent = "";
      found.hits.slice(0, 8).forEach(function (hit, i) {
        renderResult(popup, hit, found.terms, "search-option-" + i);
      });
      var more = document.createElement("a");
      more.className = "search-more";
      more.href = root + "search.html?q=" + encodeURIComponent(text);
      more.textContent = found.hits.length ? "All " + found.hits.length + " results" : "No results for “" + text + "”. Try fewer or shorter words.";
      popup.appendChild(more);
      popup.setAttribute("data-query", text);
      popup.hidden = false;
      input.setAttribute("aria-expanded", "true");
      setActive(found.hits.length ? 0 : -1);
    }, showLoadError);
  }

  function showLoadError(error) {
    popup.textContent = "Search could not load (" + error.message + "). Rebuild the site, or browse with the navigation.";
    popup.hidden = false;
  }

  // Loading starts when the reader shows an intent to search: the pointer over the box, or focus.
  function preload() {
    ensureIndex().catch(function () { /* reported when typing */ });
  }
  input.addEventListener("focus", preload);
  input.addEventListener("pointerenter", preload);
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!popup.hidden) {
        event.preventDefault();
        setActive(state.active + (event.key === "ArrowDown" ? 1 : -1), true);
      }
    } else if (event.key === "Enter") {
      var options = popup.querySelectorAll("[role=option]");
      if (!popup.hidden && state.active >= 0 && options[state.active]) {
        event.preventDefault();
        window.location.href = options[state.active].href;
      }
    } else if (event.key === "Escape") {
      close();
      input.blur();
    }
  });
  document.addEventListener("click", function (event) {
    if (!popup.contains(event.target) && event.target !== input) {
      close();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && (event.key === "/" || event.key === "s")) {
      event.preventDefault();
      input.focus();
    }
  });

  // The full results page: search.html?q=… (reads the query from the address, so it works from disk too).
  var list = document.getElementById("search-results");
  if (list) {
    var pageInput = document.getElementById("search-page-input");
    var status = document.getElementById("search-status");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    pageInput.value = query;
    if (query.trim()) {
      ensureIndex().then(function () {
        var found = search(query);
        status.textContent = found.hits.length + (found.hits.length === 1 ? " result" : " results") + " for “" + query + "”.";
        found.hits.forEach(function (hit) {
          var item = document.createElement("li");
          renderResult(item, hit, found.terms, null);
          list.appendChild(item);
        });
      }, function (error) { status.textContent = "Search could not load: " + error.message; });
    } else {
      status.textContent = "Type words to search for, then press Enter.";
      pageInput.focus();
    }
  }
})();
