import { test, expect, chromium } from "@playwright/test";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

test("manifest and service worker are served", async ({ request }) => {
  const manifest = await request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(manifest.headers()["content-type"]).toContain("manifest+json");
  expect((await manifest.json()).name).toBe("PagoScuola");

  const worker = await request.get("/sw.js");
  expect(worker.status()).toBe(200);
  expect(await worker.text()).toMatch(/const CACHE = "pagoscuola-[^"]+"/);
});

// Chromium never offers installation in incognito, which is what Playwright's usual contexts
// are: this test uses a real (temporary) browser profile instead.
test("Chromium finds the app installable", async ({ baseURL }, info) => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "pagoscuola-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...(info.project.use.launchOptions ?? {}),
    viewport: { width: 360, height: 740 },
    baseURL,
  });
  try {
    const page = await context.newPage();
    await page.goto("/");
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null))).toBe(true);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});
