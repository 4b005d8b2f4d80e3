// Search: loaded by site.js when the reader first reaches for the search box; loads lunr.js and the prebuilt index with
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

  // Each script is requested once, however many searches wait for it.
  var scripts = {};
  function loadScript(src) {
    // site.js may have started this load already, beside search.js itself.
    var early = window.PmGuideScriptLoads && window.PmGuideScriptLoads[src];
    if (!scripts[src] && early) {
      delete window.PmGuideScriptLoads[src];
      scripts[src] = early.catch(function () {
        delete scripts[src];
        throw new Error("could not load " + src);
      });
    }
    if (!scripts[src]) {
      scripts[src] = new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = function () {
          delete scripts[src];
          reject(new Error("could not load " + src));
        };
        document.head.appendChild(script);
      });
    }
    return scripts[src];
  }

  // User Timing marks (the performance panel, and tests/Benchmarks' search latency, read them): the scripts are in, the
  // index is expanded, a search starts.
  function mark(name) {
    if (window.performance && performance.mark) {
      performance.mark(name);
    }
  }

  // lunr.js, the code that expands the index and runs queries, and the index's main part load side by side; the index is
  // expanded once all are in. The chunks of terms and the blocks of results load later, as searches need them.
  function ensureIndex() {
    if (!state.loading) {
      mark("pmguide-search-load");
      state.loading = Promise.all([
        // Each global is tested by a property only the script gives it: an element whose id is the global's name (which
        // the window also shows under that name) must not count as the script.
        window.lunr && window.lunr.version ? null : loadScript(root + "assets/vendor/lunr.min.js"),
        window.PmGuideSearchIndex && window.PmGuideSearchIndex.expand ? null : loadScript(root + "assets/js/search-expand.js"),
        window.PmGuideSearchQuery && window.PmGuideSearchQuery.run ? null : loadScript(root + "assets/js/search-query.js"),
        window.PMGUIDE_SEARCH && window.PMGUIDE_SEARCH.index ? null : loadScript(root + "search/index.js"),
      ]).then(function () {
        mark("pmguide-search-loaded");
        var data = window.PMGUIDE_SEARCH;
        if (!data || data.version !== 6 || !data.store) {
          throw new Error("search/index.js is from another version of pmguide");
        }
        state.index = window.PmGuideSearchIndex.expand(data.index, window.lunr);
        state.store = window.PmGuideSearchIndex.store(data.index.documents, data.store.block);
        state.aliases = data.aliases || [];
        mark("pmguide-search-ready");
      });
    }
    return state.loading;
  }

  // Loads what a search said it needs (search-expand.js's needs()): chunks of the index and blocks of the results.
  function loadNeeds(needs) {
    function load(kind, n, global, add) {
      return loadScript(root + "search/" + kind + "-" + n + ".js").then(function () {
        var part = window[global] && window[global][n];
        if (part === undefined) {
          throw new Error("search/" + kind + "-" + n + ".js is damaged");
        }
        add(n, part);
      });
    }
    return Promise.all(needs.chunks.map(function (n) {
      return load("index", n, "PMGUIDE_SEARCH_CHUNKS", state.index.addChunk);
    }).concat(needs.blocks.map(function (n) {
      return load("store", n, "PMGUIDE_SEARCH_BLOCKS", state.store.add);
    })));
  }

  // Runs work, which throws what it needs before reading anything (search-expand.js's needs()); loads that and runs it
  // again, until it has everything. A search the reader has typed past (still() false) stops after a load, with null.
  function complete(work, still) {
    try {
      return Promise.resolve(work());
    } catch (error) {
      if (!(error && error.needs)) {
        return Promise.reject(error);
      }
      return loadNeeds(error.needs).then(function () {
        return still && !still() ? null : complete(work, still);
      });
    }
  }

  // The site's words, for correcting a word that finds nothing: loaded only when a query needs them.
  function ensureWords() {
    if (!state.words) {
      state.words = (window.PMGUIDE_SEARCH_WORDS && window.PMGUIDE_SEARCH_WORDS.words ? Promise.resolve() : loadScript(root + "search/words.js")).then(function () {
        return window.PMGUIDE_SEARCH_WORDS ? window.PMGUIDE_SEARCH_WORDS.words.split(" ") : [];
      });
    }
    return state.words;
  }

  // Runs the query (search-query.js: spellings, aliases, order); when a word finds nothing, retries once with the
  // closest words of the site and says so ("Showing results for …").
  function search(text, still) {
    var query = window.PmGuideSearchQuery;
    return complete(function () {
      return query.run(state.index, window.lunr, text, state.aliases, state.store);
    }, still).then(function (found) {
      if (!found || !found.missing.length) {
        return found;
      }
      return ensureWords().then(function (vocabulary) {
        var better = query.corrected(text, found.missing, vocabulary);
        if (!better) {
          return found;
        }
        return complete(function () {
          return query.run(state.index, window.lunr, better, state.aliases, state.store);
        }, still).then(function (retried) {
          if (!retried) {
            return null;
          }
          retried.correctedTo = better;
          return retried.hits.length ? retried : found;
        });
      }, function () { return found; });
    });
  }

  // Loads the result store's blocks for these hits, so they can be shown.
  function storeFor(hits, still) {
    return complete(function () {
      state.store.require(hits.map(function (hit) { return parseInt(hit.ref, 10); }));
    }, still);
  }

  // The address of a result with the words to highlight on the page it opens (read by highlightLanding below).
  function withHighlight(url, terms) {
    var hash = url.indexOf("#");
    var path = hash >= 0 ? url.slice(0, hash) : url;
    return path + "?highlight=" + encodeURIComponent(terms.join(" ")) + (hash >= 0 ? url.slice(hash) : "");
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
    link.href = root + withHighlight(entry[3], terms);
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
      var still = function () { return input.value === text; };
      return search(text, still).then(function (found) {
        return found && storeFor(found.hits.slice(0, 8), still).then(function () {
          if (still()) {
            show(text, found);
          }
        });
      });
    }, showLoadError);
  }

  function show(text, found) {
    if (popup.scrollTop) {
      popup.scrollTop = 0;
    }
    popup.textContent = "";
    if (found.correctedTo) {
      var note = document.createElement("p");
      note.className = "search-corrected";
      note.textContent = "Showing results for “" + found.correctedTo + "”";
      popup.appendChild(note);
    }
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
  // site.js loads this file when the reader first reaches for the box (and handles "/" and "s"): catch up with a box
  // already focused or typed in.
  if (document.activeElement === input) {
    preload();
  }
  if (input.value.trim()) {
    update();
  }

  // A page opened from a result (?highlight=words) marks those words in its text and scrolls to the first one (after
  // the section the address points at, if any), as mdBook does; Esc takes the marks away and gives focus to the box.
  function highlightLanding() {
    var wanted = new URLSearchParams(window.location.search).get("highlight");
    var main = document.querySelector("main");
    if (!wanted || !main) {
      return;
    }
    var terms = wanted.toLowerCase().split(/\s+/).filter(function (t) { return t.length >= 2; });
    if (!terms.length) {
      return;
    }
    var test = new RegExp("(^|[^\\p{L}\\p{N}])(" + terms.map(escapeRegExp).join("|") + ")", "iu");
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        return parent && !/^(SCRIPT|STYLE|MARK|TEXTAREA)$/.test(parent.nodeName) && test.test(node.nodeValue)
          ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT;
      },
    });
    var nodes = [];
    while (walker.nextNode() && nodes.length < 500) {
      nodes.push(walker.currentNode);
    }
    nodes.forEach(function (node) {
      var fragment = document.createDocumentFragment();
      highlight(fragment, node.nodeValue, terms);
      node.parentNode.replaceChild(fragment, node);
    });
    var marks = main.querySelectorAll("mark");
    var target = window.location.hash ? document.getElementById(decodeURIComponent(window.location.hash.slice(1))) : null;
    var first = null;
    for (var i = 0; i < marks.length && !first; i++) {
      marks[i].classList.add("search-highlight");
      if (!target || (target.compareDocumentPosition(marks[i]) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY))) {
        first = marks[i];
      }
    }
    for (var j = 0; j < marks.length; j++) {
      marks[j].classList.add("search-highlight");
    }
    // After the browser's own scroll to the address's #section, which comes once the page has loaded.
    function scroll() {
      window.requestAnimationFrame(function () { first.scrollIntoView({ block: "center" }); });
    }
    if (first) {
      if (document.readyState === "complete") {
        scroll();
      } else {
        window.addEventListener("load", scroll);
      }
    }
    document.addEventListener("keydown", function clear(event) {
      if (event.key !== "Escape" || event.target === input) {
        return;
      }
      main.querySelectorAll("mark.search-highlight").forEach(function (m) {
        m.parentNode.replaceChild(document.createTextNode(m.textContent), m);
      });
      main.normalize();
      document.removeEventListener("keydown", clear);
      input.focus();
    });
  }
  highlightLanding();

  // The full results page: search.html?q=… (reads the query from the address, so it works from disk too).
  var list = document.getElementById("search-results");
  if (list) {
    var pageInput = document.getElementById("search-page-input");
    var status = document.getElementById("search-status");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    pageInput.value = query;
    if (query.trim()) {
      ensureIndex().then(function () {
        return search(query);
      }).then(function (found) {
        status.textContent = found.hits.length + (found.hits.length === 1 ? " result" : " results") + " for “" + (found.correctedTo || query) + "”" +
          (found.correctedTo ? " (you typed “" + query + "”)." : ".");
        // A page of results at a time: each needs its block of the result store loaded.
        var shown = 0;
        var button = document.createElement("button");
        button.type = "button";
        button.className = "search-show-more";
        button.hidden = true;
        list.parentNode.insertBefore(button, list.nextSibling);
        function more() {
          var page = found.hits.slice(shown, shown + 50);
          return storeFor(page).then(function () {
            page.forEach(function (hit) {
              var item = document.createElement("li");
              renderResult(item, hit, found.terms, null);
              list.appendChild(item);
            });
            shown += page.length;
            button.hidden = shown >= found.hits.length;
            button.textContent = "Show " + Math.min(50, found.hits.length - shown) + " more results";
          });
        }
        button.addEventListener("click", function () {
          more().catch(function (error) { status.textContent = "Search could not load: " + error.message; });
        });
        return more();
      }).catch(function (error) { status.textContent = "Search could not load: " + error.message; });
    } else {
      status.textContent = "Type words to search for, then press Enter.";
      pageInput.focus();
    }
  }
})();
