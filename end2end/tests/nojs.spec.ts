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

// Account forms are plain POSTs answered with a redirect: they work without JavaScript, and a
// problem comes back at its place with what was typed.
test("log-in and recovery forms work without JavaScript", async ({ page }) => {
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill("nessuno.mai");
  await page.getByLabel("Password").fill("una password sbagliata");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page).toHaveURL(/\/accedi$/);
  await expect(page.getByText("Username o password non corretti.")).toBeVisible();
  await expect(page.getByLabel("Username o codice fiscale")).toHaveValue("nessuno.mai");

  await page.goto("/recupero-credenziali");
  await page.getByLabel("Codice fiscale").fill("RSSMRA80A01H501X");
  await page.getByLabel("Email").fill("mario@example.it");
  await page.getByRole("button", { name: "Invia" }).click();
  await expect(page.locator("#codice_fiscale-error")).toContainText("l'ultimo carattere non corrisponde");
  await expect(page.getByLabel("Email")).toHaveValue("mario@example.it");
  await page.screenshot({ path: "output/screenshots/nojs-recupero.png", fullPage: true });
});

// Playwright turns scripts off after parsing starts, so Chromium still hides <noscript> here:
// the check reads the served HTML instead.
test("registration says plainly that its security check needs JavaScript", async ({ request }) => {
  const html = await (await request.get("/registrazione")).text();
  expect(html).toMatch(/<noscript><p class="callout">Per questo passo serve JavaScript[^<]*<\/p><\/noscript>/);
});
