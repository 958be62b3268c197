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

  await expect(page.getByRole("heading", { level: 1, name: /Maria/ })).toBeVisible();
  for (const child of ["Giulia Rossi", "Marco Rossi", "Luca Rossi"]) {
    await expect(page.getByRole("heading", { level: 3, name: child })).toBeVisible();
  }
  // (the other parent may be paying Marco's trip in a parallel test: the count varies)
  await expect(page.getByText(/\d avvisi da pagare, per \d/)).toBeVisible();
  await check(page, "1-famiglia");

  await page.getByLabel("Mostra").selectOption("pagati");
  await page.getByRole("button", { name: "Filtra" }).click();
  await expect(page).toHaveURL(/stato=pagati/);
  await expect(page.getByText("Museo Egizio")).toBeVisible();
  await expect(page.getByText("Assicurazione integrativa alunni")).toHaveCount(0);
  await check(page, "2-filtro-pagati");
  await page.getByRole("link", { name: "Togli i filtri" }).click();

  await page.getByRole("link", { name: "Dettagli: Uscita didattica al Museo di Storia Naturale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Uscita didattica al Museo di Storia Naturale" })).toBeVisible();
  await expect(page.getByText(/^3\d{3} \d{4} \d{4} \d{4} \d{2}$/)).toBeVisible();
  await check(page, "3-avviso");
  await page.getByRole("button", { name: "Aggiungi al carrello" }).click();
  await expect(page.getByText("Aggiunto al carrello: Uscita didattica al Museo di Storia Naturale")).toBeVisible();

  await page.getByRole("link", { name: "Torna ai tuoi avvisi" }).click();
  await page.getByRole("button", { name: "Aggiungi al carrello: Contributo volontario per l'ampliamento dell'offerta formativa" }).click();
  await expect(page.getByText(/Aggiunto al carrello: Contributo volontario/)).toBeVisible();
  await page.getByRole("link", { name: /Vai al carrello \(2 avvisi\)/ }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Carrello" })).toBeVisible();
  await expect(page.getByText("Nel carrello: 2 avvisi su 5 possibili.")).toBeVisible();
  await expect(page.getByText("92,00 €")).toBeVisible();
  await check(page, "4-carrello");
  await page.getByRole("button", { name: "Procedi al pagamento" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Pagamento" })).toBeVisible();
  await check(page, "5-metodo");
  await page.getByRole("link", { name: "Carta di credito, debito o prepagata" }).click();
  const options = page.locator(".psp-option");
  await expect(options).toHaveCount(3);
  await expect(options.first()).toContainText("Consigliato: il più economico");
  await expect(options.first().getByRole("radio")).toBeChecked();
  await check(page, "6-psp");
  await page.getByRole("button", { name: "Continua con il PSP scelto" }).click();
  // 92,00 EUR by PagaSubito: 1,20% = 1,10 (cheapest, suggested).
  await expect(page.getByRole("heading", { name: "3. Riepilogo" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Paga 93,10 €" })).toBeVisible();
  await check(page, "7-riepilogo");

  await page.getByRole("button", { name: "Paga 93,10 €" }).click();

  // The sandbox PSP's own page, marked as a test.
  await expect(page).toHaveURL(/\/psp-sandbox\/pagamento\/SBX/);
  await expect(page.getByText("AMBIENTE DI PROVA: nessun addebito reale")).toBeVisible();
  await check(page, "8-psp-di-prova");
  await page.getByRole("button", { name: "Paga 93,10 €" }).click();

  // Back home: paid once the PSP's signed notification arrives (the page waits for it).
  await expect(page).toHaveURL(/\/pagamento\//);
  await expect(page.getByRole("heading", { level: 2, name: "Pagamento eseguito" })).toBeVisible({ timeout: 15_000 });
  // The sandbox moved no money, and the page says so before anything else.
  await expect(page.getByText("Pagamento di prova: è passato dal PSP simulato di PagoScuola")).toBeVisible();
  await check(page, "9-esito");
  await page.getByRole("link", { name: "Vai alle ricevute" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ricevute" })).toBeVisible();
  await expect(page.getByText("Identificativo ricevuta")).toHaveCount(2);
  await check(page, "10-ricevute");

  // Both documents of Luca's contribution, read back with pdftotext.
  const card = page.locator(".notice-card", { hasText: "Contributo volontario" });
  const receipt = await pdfText(page, card.getByRole("link", { name: /^Ricevuta \(PDF\)/ }));
  for (const text of ["Ricevuta di pagamento", "Pagamento eseguito (OK)", "80,00 €", "Luca Rossi", "Maria Rossi", "PagaSubito", "1,10 €"]) {
    expect(receipt).toContain(text);
  }
  const attestation = await pdfText(page, card.getByRole("link", { name: /^Attestazione per la dichiarazione dei redditi/ }));
  for (const text of ["Attestazione di pagamento", "Istituto di Istruzione Superiore Carlo Cattaneo", "80,00 €", "Maria Rossi", "Detraibile"]) {
    expect(attestation).toContain(text);
  }
  await page.goto("/famiglia?stato=pagati");
  for (const [child, reason] of [["Giulia Rossi", "Uscita didattica al Museo"], ["Luca Rossi", "Contributo volontario"]]) {
    const card = page.locator(".child", { hasText: child }).locator(".notice-card", { hasText: reason });
    await expect(card).toContainText("Pagato");
  }
  await page.goto("/dev/posta");
  const mail = page.locator(".mail", { hasText: "maria.rossi@example.it" }).filter({ has: page.getByRole("heading", { name: "Pagamento di prova eseguito" }) }).first();
  await expect(mail).toContainText("93,10 €");
  await expect(mail).toContainText("PagaSubito");

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/famiglia");
  await checkPage(page, "desktop-famiglia");
});
