// The offline copy of the site, run as a service worker by the generated sw.js at the site's root, which sets
// self.PMGUIDE_OFFLINE = { version, files } first. On install every file is fetched into one cache named after the
// build's version; on activate the caches of other builds of this site are deleted; requests are answered from the
// cache first, then the network (a page missing offline gets the cached 404 page).
(function () {
  "use strict";
  var offline = self.PMGUIDE_OFFLINE;
  var scope = self.registration.scope;
  // Several sites may share an origin under different sub-paths: each owns only the caches named after its scope.
  var prefix = "pmguide " + scope + " ";
  var current = prefix + offline.version;

  self.addEventListener("install", function (event) {
    event.waitUntil(caches.open(current).then(function (cache) {
      // "reload" skips the browser's HTTP cache, so the cache holds this build's files and not older copies.
      return cache.addAll(offline.files.map(function (file) { return new Request(file, { cache: "reload" }); }));
    }).then(function () {
      return self.skipWaiting();
    }));
  });

  self.addEventListener("activate", function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) {
        return key.indexOf(prefix) === 0 && key !== current;
      }).map(function (key) {
        return caches.delete(key);
      }));
    }).then(function () {
      return self.clients.claim();
    }));
  });

  self.addEventListener("fetch", function (event) {
    var request = event.request;
    if (request.method !== "GET" || request.url.indexOf(scope) !== 0) {
      return;
    }
    // Files are cached under their plain address: search.html?q=… is search.html, a folder is its index.html.
    var url = new URL(request.url);
    url.search = "";
    url.hash = "";
    if (url.pathname.slice(-1) === "/") {
      url.pathname += "index.html";
    }
    event.respondWith(caches.open(current).then(function (cache) {
      return cache.match(url.href).then(function (hit) {
        return hit || fetch(request).catch(function (error) {
          if (request.mode !== "navigate") {
            throw error;
          }
          return cache.match(new URL("404.html", scope).href).then(function (missing) {
            if (!missing) {
              throw error;
            }
            return missing;
          });
        });
      });
    }));
  });
})();
