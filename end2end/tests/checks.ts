import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** 0 axe-core WCAG 2.1 A/AA violations, no sideways scrolling, and a full-page screenshot. */
export async function checkPage(page: Page, screenshot: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `output/screenshots/${screenshot}.png`, fullPage: true });
}
