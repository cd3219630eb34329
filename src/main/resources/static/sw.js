// Service worker of Weerbaar: keeps the quick-report page and its assets, so the page opens without a
// connection. Reports themselves wait in the page's queue (see js/incidents/offline.js).
'use strict';
var CACHE = 'weerbaar-v2';
var ASSETS = ['/incidents/mini', '/css/weerbaar.css', '/js/incidents/offline.js', '/img/icon.svg', '/manifest.webmanifest'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(ASSETS.map(function (url) {
      return fetch(url, { credentials: 'same-origin' }).then(function (r) {
        if (r.ok && !r.redirected) { return cache.put(url, r); }
        return null;
      }).catch(function () { return null; });
    }));
  }));
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k !== CACHE; }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') { return; }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) { return; }
  var cacheable = ASSETS.indexOf(url.pathname) >= 0;
  if (!cacheable) { return; }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(url.pathname);
  }));
});
