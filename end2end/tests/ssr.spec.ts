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

// A page without an island downloads no script bundle and no wasm; one whose islands only
// enhance working controls (routes::ISLANDS_ON_FIRST_TOUCH) downloads them at the first touch;
// the others as soon as the browser is idle.
for (const [path, island] of [
  ["/", "none"],
  ["/privacy", "none"],
  ["/scuole/MIIC8CY00P", "none"],
  ["/scuole", "on first touch"],
  ["/registrazione", "at once"],
] as const) {
  test(`${path} loads the islands' wasm: ${island}`, async ({ page }) => {
    const bundle: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/pkg/") && !request.url().endsWith(".css")) bundle.push(request.url());
    });
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    if (island === "at once") {
      await expect.poll(() => bundle.some((url) => url.endsWith(".wasm")), { timeout: 15_000 }).toBe(true);
      return;
    }
    await page.waitForTimeout(1500);
    expect(bundle).toEqual([]);
    if (island === "on first touch") {
      await page.keyboard.press("Tab");
      await expect.poll(() => bundle.some((url) => url.endsWith(".wasm")), { timeout: 15_000 }).toBe(true);
      await expect(page.locator("form.search-form")).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
    }
  });
}
