import { expect, Page } from "@playwright/test";
import { checkPage } from "./checks";
import { withFreshServer } from "./fresh-server";

// Paying a notice by its number without an account, at phone size (the "phone" project,
// 360x740), on a fresh server of its own (nothing else pays its notice meanwhile): the number
// read off the notice, typed on /paga-avviso, the notice shown without anything personal, an
// email for the receipt, the usual checkout, the sandbox PSP, the outcome, and the email.
// Every step: 0 axe-core violations, no sideways scrolling, a screenshot; the search page
// also at 320 and 1280 px wide.

const test = withFreshServer("pay-number", Number(process.env.PAY_NUMBER_PORT ?? 3141));

const NOTICE = "Esame di certificazione linguistica Cambridge B2"; // Luca, 130,00 €
const check = (page: Page, name: string) => checkPage(page, `phone-pay-number-${name}`);

/** The notice's number (grouped by 4) and its creditor's fiscal code, as the family's notice page prints them. */
async function printedNotice(page: Page, site: string): Promise<[string, string]> {
  await page.goto(`${site}/accedi`);
  await page.getByLabel("Username o codice fiscale").fill("demo");
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page.getByRole("heading", { level: 1, name: "Ciao, Maria" })).toBeVisible();
  await page.getByRole("link", { name: NOTICE, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: NOTICE })).toBeVisible();
  const number = (await page.locator("dd.mono").nth(0).textContent())!.trim();
  const creditor = (await page.locator("dd.mono").nth(1).textContent())!.trim();
  expect(number).toMatch(/^3\d{3} \d{4} \d{4} \d{4} \d{2}$/);
  expect(creditor).toMatch(/^\d{11}$/);
  return [number, creditor];
}

test("a grandparent without an account pays a notice by its number and gets the receipt by email", async ({ page, browser, site }) => {
  test.setTimeout(90_000);
  const family = await browser.newContext();
  const [number, creditor] = await printedNotice(await family.newPage(), site);
  await family.close();

  // Someone else, on their own phone (the project's 360x740), with no account and no cookies.
  await page.goto(`${site}/paga-avviso`);
  await expect(page.getByRole("heading", { level: 1, name: "Paga un avviso" })).toBeVisible();
  // Debian's Chromium has no barcode reader: the camera button never shows.
  await expect(page.getByRole("button", { name: "Inquadra il codice QR" })).toBeHidden();
  await check(page, "1-ricerca");

  // A typing slip first: said at the field, the text kept.
  await page.getByLabel("Codice avviso").fill(number.slice(0, 10));
  await page.getByLabel("Codice fiscale dell'ente").fill(creditor);
  await page.getByRole("button", { name: "Cerca l'avviso" }).first().click();
  await expect(page.locator("#numero-error")).toHaveText(/Il codice avviso ha 18 cifre/);
  await expect(page.getByLabel("Codice avviso")).toHaveValue(number.slice(0, 10));
  await check(page, "2-errore");

  await page.getByLabel("Codice avviso").fill(number);
  await page.getByRole("button", { name: "Cerca l'avviso" }).first().click();
  await expect(page.getByRole("heading", { name: "Avviso trovato" })).toBeVisible();
  const found = page.locator(".pay-notice__found");
  await expect(found.getByText(NOTICE)).toBeVisible();
  await expect(found.getByText("130,00 €")).toBeVisible();
  await expect(found.getByText("Istituto di Istruzione Superiore Carlo Cattaneo")).toBeVisible();
  // Nothing personal beyond the printed notice: no pupil's name.
  await expect(page.locator("main")).not.toContainText("Luca");
  await check(page, "3-avviso");
  const searchUrl = page.url();
  for (const [width, height] of [[320, 740], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.goto(searchUrl);
    await expect(page.getByRole("heading", { name: "Avviso trovato" })).toBeVisible();
    await checkPage(page, `pay-number-avviso-${width}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(searchUrl);

  await page.getByLabel("La tua email").fill("nonna.rossi@example.it");
  await page.getByRole("button", { name: "Paga questo avviso" }).click();

  // The usual checkout, without the pupil's name.
  await expect(page.getByRole("heading", { level: 1, name: "Pagamento" })).toBeVisible();
  await expect(page).toHaveURL(/\/pagamento\/[0-9a-f]+$/);
  await expect(page.locator("main")).not.toContainText("Luca");
  const pay = page.getByRole("button", { name: /^Paga \d/ });
  await expect(pay).toHaveCount(1);
  const total = (await pay.textContent())!.replace("Paga ", "").trim();
  await check(page, "4-pagamento");
  await pay.click();

  await expect(page).toHaveURL(/\/psp-sandbox\/pagamento\/SBX/);
  await expect(page.getByText("AMBIENTE DI PROVA: nessun addebito reale")).toBeVisible();
  await check(page, "5-psp-di-prova");
  await page.getByRole("button", { name: `Paga ${total}` }).click();

  await expect(page).toHaveURL(/\/pagamento\//);
  await expect(page.getByRole("heading", { level: 1, name: `Hai pagato ${total}` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Ti abbiamo inviato la conferma a nonna.rossi@example.it.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Paga un altro avviso" })).toBeVisible();
  await check(page, "6-esito");
  // The receipt downloads from the outcome page (the guest has no receipts page).
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^Ricevuta \(PDF\)/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ricevuta-\d{17}\.pdf$/);

  // Searched again, the notice is paid, with nothing to pay.
  await page.goto(searchUrl);
  await expect(page.getByText("Questo avviso è stato già pagato.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Paga questo avviso" })).toHaveCount(0);

  // The receipt's email went to the address given (the development mailbox, demo mode only).
  await page.goto(`${site}/dev/posta`);
  const mail = page.locator("li.mail", { hasText: "nonna.rossi@example.it" }).first();
  await expect(mail).toContainText("Pagamento di prova eseguito");
  await expect(mail).toContainText(NOTICE);
});
