import { Browser, expect, Page } from "@playwright/test";
import { withFreshServer } from "./fresh-server";

// Issue 15's page weight: the bytes a first visit moves over the wire (headers and bodies as
// sent, compressed), by type, at 360x740, each page in a context of its own with an empty cache
// (a signed-in one carries only the session cookie). The figures are printed for the closing
// note; the family page's total is held under a bound set from the measurement.
//
// The service worker's own install (sw.js and the offline page, about 5 KB) is counted, as are
// the files it fetches for the page once it controls it.

const test = withFreshServer("weight", Number(process.env.WEIGHT_PORT ?? 3141));

/** The family page's first visit: 205 KB when the islands' bundle came with it, 44.7 KB since
 * the cart island waits for the first touch (issue 15's goal: 110 KB). */
const FAMILY_BOUND = 60 * 1024;

type Weight = { total: number; byType: Record<string, number> };

function kind(url: string, resourceType: string): string {
  const path = new URL(url).pathname;
  if (resourceType === "document") return "html";
  for (const [suffix, name] of [[".wasm", "wasm"], [".js", "js"], [".css", "css"], [".woff2", "font"]]) {
    if (path.endsWith(suffix)) return name;
  }
  return "other";
}

/** The bytes of a first visit of `url` and, if `then` is given, of what `then` does next on it. */
async function firstVisit(
  browser: Browser,
  url: string,
  cookies: Awaited<ReturnType<Page["context"]>["cookies"]>,
  then?: (page: Page) => Promise<void>,
): Promise<{ first: Weight; then: Weight }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "it-IT" });
  await context.addCookies(cookies);
  const page = await context.newPage();
  let sizes: Promise<[string, number]>[] = [];
  // The context's requests, so that those the service worker makes once it controls the page
  // (the wasm fetched after the first touch) are counted too; the page's own copy of such a
  // response, answered by the worker, moves no bytes.
  context.on("requestfinished", (request) => {
    sizes.push(
      request.sizes().then((s) => [kind(request.url(), request.resourceType()), s.responseBodySize + s.responseHeadersSize]),
    );
  });
  const settle = async () => {
    await page.waitForLoadState("networkidle");
    // Islands start when the browser is idle (at most a second later): wait for their wasm too.
    await page.waitForTimeout(1500);
    await page.waitForLoadState("networkidle");
    const weight: Weight = { total: 0, byType: {} };
    for (const [type, bytes] of await Promise.all(sizes)) {
      weight.total += bytes;
      weight.byType[type] = (weight.byType[type] ?? 0) + bytes;
    }
    sizes = [];
    return weight;
  };
  await page.goto(url);
  const first = await settle();
  let after: Weight = { total: 0, byType: {} };
  if (then) {
    await then(page);
    after = await settle();
  }
  await context.close();
  return { first, then: after };
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

  // The family page's cart island waits for the first touch: a tick starts it and is then
  // counted in the bar. Those bytes are reported apart from the first visit.
  const firstTick = async (page: Page) => {
    await page.getByRole("checkbox", { name: /Contributo volontario per l'ampliamento/ }).check();
    await expect(page.locator(".pay-bar [aria-live=polite]")).toHaveText(/^Selezionat/, { timeout: 15_000 });
  };
  const describe = (weight: Weight) =>
    `${kb(weight.total)} (${Object.entries(weight.byType)
      .sort(([, a], [, b]) => b - a)
      .map(([type, bytes]) => `${type} ${kb(bytes)}`)
      .join(", ")})`;
  const weights: Record<string, Weight> = {};
  for (const [path, signedIn, then] of [
    ["/", false, undefined],
    ["/registrazione", false, undefined],
    ["/famiglia", true, firstTick],
    ["/carrello", true, undefined],
    [payment, true, undefined],
  ] as const) {
    const visit = await firstVisit(browser, `${site}${path}`, signedIn ? cookies : [], then);
    weights[path] = visit.first;
    console.log(`first visit ${path}: ${describe(visit.first)}`);
    if (then) {
      console.log(`then the first tick on ${path}: ${describe(visit.then)}`);
      expect(visit.then.byType.wasm ?? 0, "the first tick brings the cart's wasm").toBeGreaterThan(50 * 1024);
    }
  }
  expect(weights["/"].byType.wasm ?? 0, "the home page has no island").toBe(0);
  expect(weights["/carrello"].byType.wasm ?? 0, "nor has the cart").toBe(0);
  expect(weights["/famiglia"].byType.wasm ?? 0, "the family page's island waits for a touch").toBe(0);
  expect(weights["/famiglia"].byType.html, "the family page is its own content").toBeGreaterThan(2 * 1024);
  expect(weights["/famiglia"].total).toBeLessThan(FAMILY_BOUND);
});
