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
  const html = await (await request.get("/scuole")).text();
  const wasm = html.match(/href="(\/pkg\/[^"]+\.wasm)"/)?.[1];
  expect(wasm, "a page with an island preloads the wasm bundle").toBeTruthy();
  const response = await request.get(wasm!, { headers: { "accept-encoding": "br" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("immutable");
  expect(response.headers()["content-encoding"]).toBe("br");
});

// A page without an island downloads no script bundle and no wasm; one with an island does.
for (const [path, island] of [
  ["/", false],
  ["/privacy", false],
  ["/scuole/MIIC8CY00P", false],
  ["/scuole", true],
] as const) {
  test(`${path} ${island ? "loads" : "does not load"} the islands' wasm`, async ({ page }) => {
    const bundle: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pkg/") && !request.url().endsWith(".css")) bundle.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (island) {
      expect(bundle.some((url) => url.endsWith(".wasm"))).toBe(true);
    } else {
      expect(bundle).toEqual([]);
    }
  });
}
