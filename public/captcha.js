// Glue for the vendored ALTCHA widget (public/altcha/, "external" build). A file, not an inline
// script, so the Content-Security-Policy needs no exception for it.
import "/altcha/altcha.min.js";

// The external build bundles no worker: ours are PBKDF2/SHA-256 challenges (app/src/auth/captcha.rs).
globalThis.$altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker("/altcha/pbkdf2.js"));

for (const widget of document.querySelectorAll("altcha-widget")) {
  const texts = widget.dataset;
  const language = widget.getAttribute("language") || "it";
  // Our translations (data-* attributes written by the server) replace the widget's own; the
  // code-challenge texts we never use keep the English defaults.
  const ours = {
    ...globalThis.$altcha.i18n.get("en"),
    label: texts.label,
    verifying: texts.verifying,
    waitAlert: texts.verifying,
    verified: texts.verified,
    error: texts.error,
    expired: texts.expired,
  };
  // The widget may look a tag up as written, lower-cased or by its language alone ("zh-Hans").
  for (const tag of new Set([language, language.toLowerCase(), language.split("-")[0]])) {
    globalThis.$altcha.i18n.set(tag, ours);
  }
  // Links the checkbox to the hint and the server's error, once the widget has drawn it.
  widget.addEventListener("load", () => {
    const checkbox = widget.querySelector('input[type="checkbox"]');
    if (checkbox && texts.describedby) {
      checkbox.setAttribute("aria-describedby", texts.describedby);
    }
  });
}
