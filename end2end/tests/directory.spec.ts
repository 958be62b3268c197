import { test, expect, Page } from "@playwright/test";

async function interactive(page: Page) {
  // The island starts at the parent's first touch (a key will do); the bundle then compiles in
  // the browser, which on a busy 2-core machine can take seconds.
  await page.keyboard.press("Shift");
  await expect(page.locator("form.search-form")).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
  // A marker that a full page load would wipe out.
  await page.evaluate(() => ((window as any).__samePage = true));
}

async function stillSamePage(page: Page) {
  expect(await page.evaluate(() => (window as any).__samePage)).toBe(true);
}

test("choosing a region updates provinces and results without reloading", async ({ page }) => {
  await page.goto("/scuole");
  await interactive(page);
  await page.getByLabel("Regione").selectOption("Lombardia");
  await expect(page.getByRole("status")).toHaveText("4 scuole trovate");
  await expect(page.getByLabel("Provincia").locator("option")).toHaveText(["Tutte le province", "Bergamo (BG)", "Milano (MI)"]);
  await page.getByLabel("Provincia").selectOption("MI");
  await expect(page.getByRole("status")).toHaveText("3 scuole trovate");
  await page.getByLabel("Comune").selectOption("Milano");
  await page.getByLabel("Nome della scuola").fill("manzoni");
  await expect(page.getByRole("status")).toHaveText("1 scuola trovata");
  await expect(page.getByRole("link", { name: /Alessandro Manzoni/ })).toBeVisible();
  await expect(page).toHaveURL(/regione=Lombardia&provincia=MI&comune=Milano&nome=manzoni/);
  await stillSamePage(page);
  await page.screenshot({ path: "output/screenshots/phone-scuole-live.png", fullPage: true });
});

test("typing a complete code finds the school, lower case and spaces included", async ({ page }) => {
  await page.goto("/scuole");
  await interactive(page);
  await page.getByLabel("Codice meccanografico").fill("miic 8cy00p");
  await expect(page.getByRole("status")).toHaveText("1 scuola trovata");
  await expect(page.getByRole("link", { name: "Istituto Comprensivo Scapponi" })).toBeVisible();
  await stillSamePage(page);
  await page.getByRole("link", { name: "Istituto Comprensivo Scapponi" }).click();
  await expect(page).toHaveURL(/\/scuole\/MIIC8CY00P$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Istituto Comprensivo Scapponi");
});

test("a malformed code gets its message at the field, and the input is kept", async ({ page }) => {
  await page.goto("/scuole");
  await interactive(page);
  const code = page.getByLabel("Codice meccanografico");
  await code.fill("MIIC8");
  await page.getByRole("button", { name: "Cerca" }).click();
  await expect(page.locator("#codice-error")).toHaveText(/ne hai inseriti 5/);
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await expect(code).toHaveValue("MIIC8");
  await stillSamePage(page);
  await page.getByRole("link", { name: /ne hai inseriti 5/ }).click();
  await expect(code).toBeFocused();
});

test("an empty search explains what to fill in", async ({ page }) => {
  await page.goto("/scuole");
  await interactive(page);
  await page.getByRole("button", { name: "Cerca" }).click();
  await expect(page.locator("#codice-error")).toContainText("Inserisci il codice meccanografico");
});
