import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { PAGES } from "./pages";

// Every page: 0 axe-core violations for WCAG 2.1 A/AA, no horizontal scrolling, and a
// screenshot for people to look at (end2end/output/screenshots/).
for (const page of PAGES) {
  test(`${page.name}: no WCAG 2.1 A/AA violations, fits the screen`, async ({ page: tab }, info) => {
    await tab.goto(page.path);
    await expect(tab.locator("main")).toContainText(page.text);
    const results = await new AxeBuilder({ page: tab })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(summary).toEqual([]);
    const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await tab.screenshot({ path: `output/screenshots/${info.project.name}-${page.name}.png`, fullPage: true });
    if (info.project.name === "phone") {
      // The narrowest phones still in use: nothing may scroll sideways there either.
      await tab.setViewportSize({ width: 320, height: 740 });
      const narrow = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(narrow, `${page.name} at 320 px`).toBeLessThanOrEqual(0);
    }
  });
}

test("English pages pass too", async ({ page, context }) => {
  await context.addCookies([{ name: "lang", value: "en", url: test.info().project.use.baseURL ?? "http://127.0.0.1:3000" }]);
  await page.goto("/scuole?codice=MIIC8CY00P");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find a school");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

// The signed-in frame (header with the account menu open, /profilo, the footer's help) in
// Italian and in Arabic, right to left: no violations and nothing scrolls sideways at 320 px.
test("the signed-in frame passes in Italian and Arabic", async ({ page, context }, info) => {
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill("demo2");
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page).toHaveURL(/\/famiglia/);
  for (const lang of ["it", "ar"]) {
    await context.addCookies([{ name: "lang", value: lang, url: info.project.use.baseURL ?? "http://127.0.0.1:3000" }]);
    await page.goto("/profilo");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.locator(".account-menu summary").click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${lang} at 320 px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `output/screenshots/${info.project.name}-profilo-${lang}-320.png`, fullPage: true });
  }
});
