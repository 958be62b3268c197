import { test, expect } from "@playwright/test";

test("the skip link is the first stop and jumps to the content", async ({ page }) => {
  await page.goto("/scuole");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Vai al contenuto principale" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("the directory can be searched with the keyboard alone", async ({ page }) => {
  await page.goto("/scuole");
  // Focusing the field is the first touch that starts the live search.
  await page.locator("#codice").focus();
  await expect(page.locator("form.search-form")).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
  await page.keyboard.type("RMIC8GR00X");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toHaveText("1 scuola trovata");
  // Tab on to the result and open it.
  const link = page.getByRole("link", { name: "Istituto Comprensivo Via dei Sestili" });
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/scuole\/RMIC8GR00X$/);
});
