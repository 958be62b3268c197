import { test, expect } from "@playwright/test";

// Without JavaScript the directory is a plain GET form: every search has its own URL.
test("the directory works as a plain form without JavaScript", async ({ page }) => {
  await page.goto("/scuole");
  await page.getByLabel("Codice meccanografico").fill("miic8cy00p");
  await page.getByRole("button", { name: "Cerca" }).click();
  await expect(page).toHaveURL(/\/scuole\?codice=miic8cy00p/);
  await expect(page.getByRole("link", { name: "Istituto Comprensivo Scapponi" })).toBeVisible();

  await page.goto("/scuole");
  await page.getByLabel("Regione").selectOption("Lombardia");
  await page.getByRole("button", { name: "Cerca" }).click();
  await expect(page.getByRole("status")).toHaveText("4 scuole trovate");
  await page.getByLabel("Provincia").selectOption("MI");
  await page.getByRole("button", { name: "Cerca" }).click();
  await expect(page.getByRole("status")).toHaveText("3 scuole trovate");
  await page.screenshot({ path: "output/screenshots/nojs-scuole.png", fullPage: true });
});

test("bad input without JavaScript gets the same messages", async ({ page }) => {
  await page.goto("/scuole?codice=" + "x".repeat(10000));
  await expect(page.locator("#codice-error")).toContainText("ne hai inseriti 10000");
});
