import { test, expect } from "@playwright/test";

// The server sends the content itself: it is in the HTML before any script runs.
for (const [path, text] of [
  ["/", "Paga la scuola dei tuoi figli"],
  ["/scuole", "Codice meccanografico"],
  ["/scuole?codice=MIIC8CY00P", "Istituto Comprensivo Scapponi"],
  ["/registrazione", "Non sono un robot"],
  ["/accedi", "Username o codice fiscale"],
  ["/condizioni", "Legge applicabile"],
]) {
  test(`${path} is rendered on the server`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toContain(text);
    expect(html).toContain('<html lang="it"');
    const csp = response.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'wasm-unsafe-eval'/);
    expect(csp).not.toContain("unsafe-inline");
  });
}

test("hashed bundle files are cached for a year and compressed", async ({ request }) => {
  const html = await (await request.get("/")).text();
  const wasm = html.match(/href="(\/pkg\/[^"]+\.wasm)"/)?.[1];
  expect(wasm, "the page preloads the wasm bundle").toBeTruthy();
  const response = await request.get(wasm!, { headers: { "accept-encoding": "br" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("immutable");
  expect(response.headers()["content-encoding"]).toBe("br");
});
