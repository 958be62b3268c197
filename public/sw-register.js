// Registers the service worker (offline fallback, installable app). A separate file, not an
// inline script, so the Content-Security-Policy needs no exception for it.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => {
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      // Without a service worker the site still works normally; nothing to tell the user.
    });
  });
}
