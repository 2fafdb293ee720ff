// The service worker of supervision rounds (served at /oversight/rounds/worker.js, so its scope
// is /oversight/rounds/): a supervisor who opened a round's capture page once can open it again
// with no signal at all — in a basement, in a village. Findings themselves wait in the page's
// own queue (localStorage) and are posted when the connection returns.
"use strict";
const CACHE = "jinlin-rounds-{{ version }}";
const ASSETS = {{ assets|safe }};
const STATIC = "{{ static_prefix }}";
const CAPTURE = /^\/oversight\/rounds\/\d+\/record\/$/;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("jinlin-rounds-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  // The capture page asks to be kept on its first visit (it loaded before the worker ran).
  const path = event.data && event.data.keep;
  const port = event.ports[0];
  if (!path || !CAPTURE.test(path)) return;
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.add(path))
      .then(() => port && port.postMessage("kept"), () => port && port.postMessage("failed"))
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (CAPTURE.test(url.pathname)) {
    // The network first (the organizations and the form may have changed); the kept copy
    // when there is none.
    event.respondWith(
      fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(url.pathname, copy));
        }
        return response;
      }).catch(() => caches.match(url.pathname).then((kept) => kept || Response.error()))
    );
  } else if (url.pathname.startsWith(STATIC)) {
    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
  }
});
