import { test, expect, Page, Locator } from "@playwright/test";
import { checkPage } from "./checks";
import { execFileSync } from "node:child_process";

/** Clicks a download link and returns the PDF's text as poppler's pdftotext reads it. */
async function pdfText(page: Page, link: Locator): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  return execFileSync("pdftotext", ["-layout", file, "-"]).toString();
}

// The demo family at phone size: every child's notices across two schools, a notice's page,
// two notices of two children from two schools in the cart, the checkout with the PSPs by fee,
// paying in the sandbox PSP, the outcome, both notices paid, and the email.
// Every step: 0 axe-core violations, no sideways scrolling, a screenshot.

const check = (page: Page, name: string) => checkPage(page, `phone-pay-${name}`);

test("the demo family fills the cart from two schools, pays the cheapest PSP in the sandbox and gets the email", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill("demo");
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Ciao, Maria" })).toBeVisible();
  for (const child of ["Giulia Rossi", "Marco Rossi", "Luca Rossi"]) {
    await expect(page.getByRole("heading", { level: 3, name: child })).toBeVisible();
  }
  // (the other parent may be paying Marco's trip in a parallel test: the count varies)
  await expect(page.getByText(/\d avvisi da pagare, per \d/)).toBeVisible();
  // What is paid or closed waits folded under its count; the filters are folded too.
  await expect(page.getByText("Museo Egizio")).toBeHidden();
  await check(page, "1-famiglia");

  // A filter applies as soon as it is chosen (the island submits the plain GET form).
  await page.getByText("Filtra gli avvisi").click();
  await expect(page.locator("form#filtri")).toHaveAttribute("data-interactive", "true", { timeout: 15_000 });
  await page.getByLabel("Mostra").selectOption("pagati");
  await expect(page).toHaveURL(/stato=pagati/);
  await expect(page.getByText("Museo Egizio")).toBeVisible();
  await expect(page.getByText("Assicurazione integrativa alunni")).toHaveCount(0);
  await check(page, "2-filtro-pagati");
  await page.getByRole("link", { name: "Togli i filtri" }).click();

  await page.getByRole("link", { name: "Uscita didattica al Museo di Storia Naturale", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uscita didattica al Museo di Storia Naturale" })).toBeVisible();
  await expect(page.getByText(/^3\d{3} \d{4} \d{4} \d{4} \d{2}$/)).toBeVisible();
  await check(page, "3-avviso");
  await page.getByRole("button", { name: "Aggiungi al carrello" }).click();
  await expect(page.getByText("Aggiunto al carrello: Uscita didattica al Museo di Storia Naturale")).toBeVisible();

  // Back on the family page the notice comes ticked; ticking another fills the cart in place.
  await page.getByRole("link", { name: "Torna ai tuoi avvisi" }).click();
  await expect(page.getByRole("checkbox", { name: /Uscita didattica al Museo/ })).toBeChecked();
  await page.getByRole("checkbox", { name: /Contributo volontario per l'ampliamento/ }).check();
  await expect(page.locator(".pay-bar__pay")).toHaveText("Paga 2 avvisi · 92,00 €", { timeout: 15_000 });
  await page.goto("/carrello");

  await expect(page.getByRole("heading", { level: 1, name: "Carrello" })).toBeVisible();
  await expect(page.getByText("Nel carrello: 2 avvisi su 5 possibili.")).toBeVisible();
  await expect(page.getByText("92,00 €")).toBeVisible();
  await check(page, "4-carrello");
  await page.getByRole("button", { name: "Procedi al pagamento" }).click();

  // The checkout on one screen. Its first load (no query string) has the card chosen and its
  // cheapest PSP checked: 92,00 EUR by PagaSubito, 1,20% = 1,10. "Paga" is in view at once.
  await expect(page.getByRole("heading", { level: 1, name: "Pagamento" })).toBeVisible();
  const checkoutUrl = page.url();
  expect(new URL(checkoutUrl).search).toBe("");
  const pay = page.getByRole("button", { name: /^Paga \d/ });
  await expect(pay).toHaveCount(1);
  await expect(pay).toHaveText("Paga 93,10 €");
  await expect(pay).toHaveClass(/button--primary/);
  await expect(page.getByRole("link", { name: /Carta di credito, debito o prepagata/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByText("Verrai portato sul sito di PagaSubito.")).toBeVisible();
  for (const [width, height] of [[320, 740], [1280, 800], [360, 740]]) {
    await page.setViewportSize({ width, height });
    await page.goto(checkoutUrl);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect(page.getByRole("button", { name: "Paga 93,10 €" })).toBeInViewport({ ratio: 1 });
    await checkPage(page, `pay-checkout-${width}`);
  }
  const options = page.locator(".psp-option");
  await expect(options).toHaveCount(3);
  await expect(options.first()).toContainText("Consigliato: il più economico");
  await expect(options.first().getByRole("radio")).toBeChecked();
  // Another PSP: its total and button, in place (no page load).
  await page.getByLabel(/Banca dei Tre Ponti/).check();
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toHaveText("Paga 93,50 €");
  await expect(page.getByText("Verrai portato sul sito di Banca dei Tre Ponti.")).toBeVisible();
  await expect(page.getByText("Verrai portato sul sito di PagaSubito.")).toBeHidden();
  expect(page.url()).toBe(checkoutUrl);
  await check(page, "6-psp");
  // Another method is a link: the app, where Borsellino takes nothing.
  await page.getByRole("link", { name: /App di pagamento/ }).click();
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toHaveText("Paga 92,00 €");
  await check(page, "7-app");
  await page.getByRole("link", { name: /Carta di credito, debito o prepagata/ }).click();
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toHaveText("Paga 93,10 €");
  await page.getByRole("button", { name: "Paga 93,10 €" }).click();

  // The sandbox PSP's own page, marked as a test, naming the two schools as beneficiaries.
  await expect(page).toHaveURL(/\/psp-sandbox\/pagamento\/SBX/);
  await expect(page.getByText("AMBIENTE DI PROVA: nessun addebito reale")).toBeVisible();
  for (const school of ["Istituto Comprensivo Scapponi", "Istituto di Istruzione Superiore Carlo Cattaneo"]) {
    await expect(page.getByText(new RegExp(`^${school} \\(codice fiscale \\d{11}\\)$`))).toBeVisible();
  }
  await expect(page.locator("main dl").getByText("PagoScuola", { exact: true })).toHaveCount(0);
  await check(page, "8-psp-di-prova");
  await page.getByRole("button", { name: "Paga 93,10 €" }).click();

  // Back home: paid once the PSP's signed notification arrives (the page waits for it). The
  // outcome comes first, in the first screen, above what was paid.
  await expect(page).toHaveURL(/\/pagamento\//);
  const paid = page.getByRole("heading", { level: 1, name: "Hai pagato 93,10 €" });
  await expect(paid).toBeVisible({ timeout: 15_000 });
  await expect(paid).toBeInViewport({ ratio: 1 });
  await expect(page.getByText("Ti abbiamo inviato il riepilogo a maria.rossi@example.it.")).toBeInViewport();
  const details = page.getByRole("heading", { name: "Cosa stai pagando" });
  expect((await paid.boundingBox())!.y).toBeLessThan((await details.boundingBox())!.y);
  // The sandbox moved no money, and the page says so.
  await expect(page.getByText("Pagamento di prova: è passato dal PSP simulato di PagoScuola")).toBeVisible();
  await check(page, "9-esito");
  await page.getByRole("link", { name: "Vai alle ricevute" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ricevute" })).toBeVisible();
  // One payment of two notices: its fee once; technical ids folded; the statement for the
  // tax return only for the deductible contribution, not for the trip.
  await expect(page.locator(".receipt-payment")).toHaveCount(1);
  await expect(page.getByText("Commissione del PSP (una per l'intero pagamento)")).toHaveCount(1);
  await expect(page.getByText("Identificativo ricevuta")).toHaveCount(2);
  await expect(page.getByText("Identificativo ricevuta").first()).toBeHidden();
  const trip = page.locator(".notice-card", { hasText: "Museo di Storia Naturale" });
  await expect(trip.getByRole("link", { name: /^Ricevuta \(PDF\)/ })).toBeVisible();
  await expect(trip.getByRole("link", { name: /Attestazione/ })).toHaveCount(0);
  await trip.getByText("Dettagli tecnici").click();
  await expect(trip.getByText(/^[0-9a-f]{32}$/)).toBeVisible();
  await check(page, "10-ricevute");

  // Both documents of Luca's contribution, read back with pdftotext.
  const card = page.locator(".notice-card", { hasText: "Contributo volontario" });
  const receipt = await pdfText(page, card.getByRole("link", { name: /^Ricevuta \(PDF\)/ }));
  for (const text of ["Ricevuta di pagamento", "Pagamento eseguito (OK)", "80,00 €", "Luca Rossi", "Maria Rossi", "PagaSubito", "1,10 €"]) {
    expect(receipt).toContain(text);
  }
  const attestation = await pdfText(page, card.getByRole("link", { name: /^Attestazione 730/ }));
  for (const text of ["Attestazione di pagamento", "Istituto di Istruzione Superiore Carlo Cattaneo", "80,00 €", "Maria Rossi", "Detraibile"]) {
    expect(attestation).toContain(text);
  }
  await page.goto("/famiglia?stato=pagati");
  for (const [child, reason] of [["Giulia Rossi", "Uscita didattica al Museo"], ["Luca Rossi", "Contributo volontario"]]) {
    const card = page.locator(".child", { hasText: child }).locator(".notice-card", { hasText: reason });
    await expect(card).toContainText("Pagato il");
    await expect(card).not.toContainText("Da pagare entro");
  }
  await page.goto("/dev/posta");
  const mail = page.locator(".mail", { hasText: "maria.rossi@example.it" }).filter({ has: page.getByRole("heading", { name: "Pagamento di prova eseguito" }) }).first();
  await expect(mail).toContainText("93,10 €");
  await expect(mail).toContainText("PagaSubito");

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/famiglia");
  await checkPage(page, "desktop-famiglia");
});
