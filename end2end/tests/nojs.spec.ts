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

// Paying needs no JavaScript either: links and plain forms all the way, the PSP's page included,
// and "Aggiorna" instead of the automatic check. Andrea, the other demo parent, pays Marco's trip.
test("the other parent pays a notice without JavaScript", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill("demo2");
  await page.getByLabel("Password").fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: /Andrea/ })).toBeVisible();
  // Ticking a box loads nothing; the bar's button posts the ticked notices and starts paying.
  await page.getByRole("checkbox", { name: /Viaggio d'istruzione a Verona/ }).check();
  await page.getByRole("button", { name: "Paga gli avvisi selezionati" }).click();
  await expect(page).toHaveURL(/\/pagamento\//);
  // The first load: card, its cheapest PSP (PagaSubito, 1,20% of 45,00 = 0,54) and "Paga".
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toHaveText("Paga 45,54 €");
  await page.getByRole("link", { name: /App di pagamento/ }).click();
  await expect(page.locator(".psp-option").first()).toContainText("Borsellino");
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toHaveText("Paga 45,00 €");
  // Another PSP changes the total and the button without any script (CSS shows the checked
  // PSP's own), and back.
  await page.getByLabel(/PagaSubito/).check();
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toHaveText("Paga 45,54 €");
  await expect(page.getByText("Verrai portato sul sito di PagaSubito.")).toBeVisible();
  await page.screenshot({ path: "output/screenshots/nojs-checkout.png", fullPage: true });
  await page.getByLabel(/Borsellino/).check();
  await page.getByRole("button", { name: "Paga 45,00 €" }).click();
  await expect(page.getByText("AMBIENTE DI PROVA: nessun addebito reale")).toBeVisible();
  await page.getByRole("button", { name: "Paga 45,00 €" }).click();
  await expect(page).toHaveURL(/\/pagamento\//);
  const paid = page.getByRole("heading", { level: 1, name: "Hai pagato 45,00 €" });
  for (let tries = 0; tries < 10 && !(await paid.isVisible()); tries++) {
    await page.getByRole("link", { name: "Aggiorna" }).click();
  }
  await expect(paid).toBeVisible();
  await page.screenshot({ path: "output/screenshots/nojs-pagamento-eseguito.png", fullPage: true });
  await page.goto("/ricevute");
  await expect(page.getByText("Viaggio d'istruzione a Verona")).toBeVisible();
});

// The frame without JavaScript: no "Mostra password" button that would do nothing; the account
// menu is a native disclosure and "Esci" a plain POST form.
test("the account menu and Esci work without JavaScript; no password toggle appears", async ({ page }) => {
  await page.goto("/accedi");
  await expect(page.getByRole("button", { name: "Mostra password" })).toHaveCount(0);
  await page.getByLabel("Username o codice fiscale").fill("demo2");
  await page.getByLabel("Password").fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page).toHaveURL(/\/famiglia/);
  await expect(page.locator("#carrello-numero")).toHaveText(/^\d+$/);
  await page.locator(".account-menu summary").click();
  await page.getByRole("link", { name: "Profilo" }).click();
  await expect(page).toHaveURL(/\/profilo$/);
  await page.screenshot({ path: "output/screenshots/nojs-profilo.png", fullPage: true });
  await page.locator(".account-menu summary").click();
  await page.locator("header").getByRole("button", { name: "Esci" }).click();
  await expect(page.locator("header").getByRole("link", { name: "Accedi" })).toBeVisible();
});
