import { test, expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

// The four screens a family meets first, in each of the six languages: 0 axe-core violations,
// nothing sideways at 320 px, a screenshot at 360x740 for people to look at. Arabic reads right
// to left: the document says so and the header mirrors.

const LANGUAGES = [
  { code: "it", dir: "ltr" },
  { code: "en", dir: "ltr" },
  { code: "ro", dir: "ltr" },
  { code: "sq", dir: "ltr" },
  { code: "ar", dir: "rtl" },
  { code: "zh-Hans", dir: "ltr" },
];

test.describe.configure({ mode: "serial" });

const baseURL = () => test.info().project.use.baseURL ?? "http://127.0.0.1:3000";

async function speak(page: Page, code: string) {
  await page.context().addCookies([{ name: "lang", value: code, url: baseURL() }]);
}

/** The page in `code`: its language and direction, 0 violations, no overflow at 320 px. */
async function check(page: Page, path: string, name: string, code: string, dir: string, italianTitle: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(path);
  await expect(page.locator("html")).toHaveAttribute("lang", code);
  await expect(page.locator("html")).toHaveAttribute("dir", dir);
  const title = (await page.locator("h1").first().textContent())?.trim() ?? "";
  expect(title.length).toBeGreaterThan(0);
  if (code !== "it") expect(title, `${name} is translated`).not.toBe(italianTitle);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  await page.screenshot({ path: `output/screenshots/lang-${code}-${name}.png`, fullPage: true });
  await page.setViewportSize({ width: 320, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} in ${code} at 320 px`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 360, height: 740 });
}

async function italianTitle(page: Page, path: string) {
  await speak(page, "it");
  await page.goto(path);
  return (await page.locator("h1").first().textContent())?.trim() ?? "";
}

test("home and registration step 1 in six languages", async ({ page }) => {
  // Twelve pages, each checked by axe and photographed whole: more than the default 30 s on a
  // busy 2-core machine.
  test.setTimeout(90_000);
  for (const path of ["/", "/registrazione"]) {
    const italian = await italianTitle(page, path);
    for (const { code, dir } of LANGUAGES) {
      await speak(page, code);
      await check(page, path, path === "/" ? "home" : "registrazione", code, dir, italian);
    }
  }
});

test("in Arabic the page mirrors: the header starts on the right", async ({ page }) => {
  for (const { code, dir } of [LANGUAGES[0], LANGUAGES[4]]) {
    await speak(page, code);
    await page.goto("/");
    const brand = await page.locator(".brand").boundingBox();
    const width = page.viewportSize()?.width ?? 360;
    expect(brand).not.toBeNull();
    if (dir === "rtl") expect(brand!.x + brand!.width).toBeGreaterThan(width * 0.85);
    else expect(brand!.x).toBeLessThan(width * 0.15);
  }
});

// On the second server (its own database, paying through pagoPA's checkout): the sandbox
// server's demo carts belong to the payment tests running beside this one.
test.describe("with a family logged in", () => {
  const base = process.env.PAGOPA_BASE_URL ?? "http://127.0.0.1:3112";
  test.use({ baseURL: base });

  test("the family page and the payment page in six languages", async ({ page }) => {
    // Twelve pages, each checked by axe and photographed whole: more than the default 30 s on a
    // busy 2-core machine.
    test.setTimeout(90_000);
    const speakHere = (code: string) => page.context().addCookies([{ name: "lang", value: code, url: base }]);
    await speakHere("it");
    await page.goto("/accedi");
    await page.getByLabel("Username o codice fiscale").fill("demo2");
    await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
    await page.getByRole("button", { name: "Accedi" }).click();
    await expect(page).toHaveURL(/\/famiglia/);
    const familyTitle = (await page.locator("h1").first().textContent())?.trim() ?? "";
    // A notice no other test pays: Luca's language certificate.
    const notice = "Esame di certificazione linguistica Cambridge B2";
    await page.getByRole("checkbox", { name: new RegExp(notice) }).check();
    await expect(page.locator(".pay-bar__pay")).toHaveText(/^Paga 1 avviso/, { timeout: 15_000 });
    await page.goto("/carrello");
    await page.getByRole("button", { name: "Procedi al pagamento" }).click();
    await expect(page).toHaveURL(/\/pagamento\//);
    const paymentPath = new URL(page.url()).pathname;
    const paymentTitle = (await page.locator("h1").first().textContent())?.trim() ?? "";
    for (const { code, dir } of LANGUAGES) {
      await speakHere(code);
      await check(page, "/famiglia", "famiglia", code, dir, familyTitle);
      await check(page, paymentPath, "pagamento", code, dir, paymentTitle);
    }
    // Give the notice back: the payment is cancelled before it left, the cart emptied.
    await speakHere("it");
    await page.goto(paymentPath);
    await page.getByRole("button", { name: "Annulla il pagamento" }).click();
    await page.goto("/carrello");
    await page.getByRole("button", { name: `Togli: ${notice}` }).click();
    await expect(page.getByRole("button", { name: `Togli: ${notice}` })).toHaveCount(0);
  });
});
