// PagoScuola service worker. The server fills in the build id, so every deploy gets a fresh
// cache and never mixes an old bundle with a new page.
const CACHE = "pagoscuola-__BUILD_ID__";
// The server fills in these lists from its routes (app/src/routes.rs).
const OFFLINE_FALLBACK = "__OFFLINE_FALLBACK__";
const NETWORK_ONLY = __NETWORK_ONLY__;
const CACHE_FIRST = __CACHE_FIRST__;
const startsWithAny = (path, prefixes) => prefixes.some((prefix) => path.startsWith(prefix));

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.add(OFFLINE_FALLBACK)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  // Server functions and payments always go to the network: never answer them from a cache.
  if (startsWithAny(url.pathname, NETWORK_ONLY)) return;

  if (startsWithAny(url.pathname, CACHE_FIRST)) {
    // Hashed or versioned assets: cache first.
    event.respondWith(
      caches.match(request).then((cached) => cached || fetch(request).then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })),
    );
    return;
  }

  if (request.mode === "navigate") {
    // Pages: network first, so families always see current notices; the last copy when offline.
    event.respondWith(
      fetch(request).then((response) => {
        // Private pages (family area) say no-store and are never kept on the phone.
        if (response.ok && !(response.headers.get("cache-control") || "").includes("no-store")) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      }).catch(() => caches.match(request).then((cached) => cached || caches.match(OFFLINE_FALLBACK))),
    );
  }
});
