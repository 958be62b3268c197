import { Browser, expect, Page } from "@playwright/test";
import { withFreshServer } from "./fresh-server";

// Issue 15's page weight: the bytes a first visit moves over the wire (headers and bodies as
// sent, compressed), by type, at 360x740, each page in a context of its own with an empty cache
// (a signed-in one carries only the session cookie). The figures are printed for the closing
// note; the family page's total is held under a bound set from the measurement.
//
// The service worker's own install (sw.js and the offline page, about 5 KB) runs outside the
// page and is not counted.

const test = withFreshServer("weight", Number(process.env.WEIGHT_PORT ?? 3141));

/** The family page's first visit, measured at 205 KB with the whole islands bundle (147 KB of
 * it wasm); issue 15's goal is 110 KB, which needs the bundle split per island. */
const FAMILY_BOUND = 215 * 1024;

type Weight = { total: number; byType: Record<string, number> };

function kind(url: string, resourceType: string): string {
  const path = new URL(url).pathname;
  if (resourceType === "document") return "html";
  for (const [suffix, name] of [[".wasm", "wasm"], [".js", "js"], [".css", "css"], [".woff2", "font"]]) {
    if (path.endsWith(suffix)) return name;
  }
  return "other";
}

async function firstVisit(browser: Browser, url: string, cookies: Awaited<ReturnType<Page["context"]>["cookies"]>) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "it-IT" });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const sizes: Promise<[string, number]>[] = [];
  page.on("requestfinished", (request) => {
    sizes.push(
      request.sizes().then((s) => [kind(request.url(), request.resourceType()), s.responseBodySize + s.responseHeadersSize]),
    );
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  // Islands start when the browser is idle (at most a second later): wait for their wasm too.
  await page.waitForTimeout(1500);
  await page.waitForLoadState("networkidle");
  const weight: Weight = { total: 0, byType: {} };
  for (const [type, bytes] of await Promise.all(sizes)) {
    weight.total += bytes;
    weight.byType[type] = (weight.byType[type] ?? 0) + bytes;
  }
  await context.close();
  return weight;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test("first visits weigh what the note says; the family page stays under its bound", async ({ page, site, browser }) => {
  test.setTimeout(120_000);
  await page.goto(`${site}/accedi`);
  await page.getByLabel("Username o codice fiscale").fill("demo");
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ciao, Maria" })).toBeVisible();
  await page.getByRole("checkbox", { name: /Uscita didattica al Museo di Storia Naturale/ }).check();
  await expect(page.locator(".pay-bar__pay")).toBeEnabled();
  await page.locator(".pay-bar__pay").click();
  await expect(page).toHaveURL(/\/pagamento\/[^/?]+$/);
  const payment = new URL(page.url()).pathname;
  const cookies = await page.context().cookies();

  const weights: Record<string, Weight> = {};
  for (const [path, signedIn] of [
    ["/", false],
    ["/registrazione", false],
    ["/famiglia", true],
    ["/carrello", true],
    [payment, true],
  ] as const) {
    weights[path] = await firstVisit(browser, `${site}${path}`, signedIn ? cookies : []);
    const parts = Object.entries(weights[path].byType)
      .sort(([, a], [, b]) => b - a)
      .map(([type, bytes]) => `${type} ${kb(bytes)}`);
    console.log(`first visit ${path}: ${kb(weights[path].total)} (${parts.join(", ")})`);
  }
  expect(weights["/"].byType.wasm ?? 0, "the home page has no island").toBe(0);
  expect(weights["/carrello"].byType.wasm ?? 0, "nor has the cart").toBe(0);
  expect(weights["/famiglia"].byType.html, "the family page is its own content").toBeGreaterThan(2 * 1024);
  expect(weights["/famiglia"].total).toBeLessThan(FAMILY_BOUND);
});
