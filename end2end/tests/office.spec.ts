import { Browser, expect, Page } from "@playwright/test";
import { checkPage } from "./checks";
import { withFreshServer } from "./fresh-server";

// The school office, on a desk (1280x800) and a tablet (768x1024), on a fresh server of its own
// (its new notice must not reach the other specs' family): the DSGA drafts a payment event for
// Giulia's class, the headteacher approves and publishes it, the class's parent gets the email,
// sees the notice and pays it in the sandbox, and the event's report shows it paid. Every office
// page: 0 axe-core violations, nothing sideways, a screenshot at both sizes.

const test = withFreshServer("office", Number(process.env.OFFICE_PORT ?? 3151));

const REASON = "Uscita al Museo della Scienza e della Tecnologia";
const CLASS = "3ª A primaria"; // Giulia Rossi's class at MIIC8CY00P
const SIZES = [
  { width: 1280, height: 800 },
  { width: 768, height: 1024 },
];

/** A new browser context signed in as `username` (the demo password). */
async function signedIn(browser: Browser, site: string, username: string, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: SIZES[0], javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site}/accedi`);
  await page.getByLabel("Username o codice fiscale").fill(username);
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  return page;
}

/** The checks at both sizes, ending at the desk's. */
async function checkBoth(page: Page, name: string) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await checkPage(page, `office-${name}-${size.width}`);
  }
  await page.setViewportSize(SIZES[0]);
}

/** In two weeks, as the form wants it (dd/mm/yyyy, Rome's calendar is near enough here). */
function inTwoWeeks(): string {
  const day = new Date(Date.now() + 14 * 24 * 3600 * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(day.getUTCDate())}/${two(day.getUTCMonth() + 1)}/${day.getUTCFullYear()}`;
}

test("the office issues an event to a class, the headteacher approves it, a parent pays, the report shows it paid", async ({ browser, site }) => {
  test.setTimeout(150_000);

  // The DSGA lands on the school's console.
  const dsga = await signedIn(browser, site, "dsga");
  await expect(dsga).toHaveURL(/\/segreteria\/MIIC8CY00P$/);
  await expect(dsga.getByRole("heading", { level: 1, name: "Segreteria" })).toBeVisible();
  await checkBoth(dsga, "1-console");

  await dsga.getByRole("navigation", { name: "Segreteria" }).getByRole("link", { name: "Eventi di pagamento" }).click();
  await expect(dsga.getByRole("heading", { level: 1, name: "Eventi di pagamento" })).toBeVisible();
  await dsga.getByRole("link", { name: "Nuovo evento di pagamento" }).click();
  await expect(dsga.getByRole("heading", { level: 1, name: "Nuovo evento di pagamento" })).toBeVisible();
  await checkBoth(dsga, "2-nuovo-evento");

  // A slip first: the problem at its field, what was typed kept.
  await dsga.getByLabel("Causale").fill(REASON);
  await dsga.getByLabel("Categoria (codice tassonomia pagoPA)").selectOption("trip");
  await dsga.getByLabel("Importo per alunno (€)").fill("7,50");
  await dsga.getByLabel("Scadenza", { exact: true }).fill(inTwoWeeks());
  await dsga.getByLabel("IBAN del conto della scuola").fill("IT60X0542811101000000123457");
  await dsga.getByLabel("Le classi scelte").check();
  await dsga.getByLabel(CLASS).check();
  await dsga.getByRole("button", { name: "Salva la bozza" }).click();
  await expect(dsga.locator("#iban-error")).toContainText("IBAN");
  await expect(dsga.getByLabel("Causale")).toHaveValue(REASON);
  await checkBoth(dsga, "3-errore");

  await dsga.getByLabel("IBAN del conto della scuola").fill("IT60X0542811101000000123456");
  await dsga.getByRole("button", { name: "Salva la bozza" }).click();
  await expect(dsga.getByRole("heading", { level: 1, name: REASON })).toBeVisible();
  await expect(dsga.getByText("Bozza: attende l'approvazione del dirigente")).toBeVisible();
  // Only the headteacher approves.
  await expect(dsga.getByRole("button", { name: "Approva" })).toHaveCount(0);
  await checkBoth(dsga, "4-bozza");
  const eventUrl = dsga.url();

  // The headteacher approves and publishes.
  const ds = await signedIn(browser, site, "preside");
  await ds.goto(eventUrl);
  await ds.getByRole("button", { name: "Approva" }).click();
  await expect(ds.getByText("Evento approvato: ora si può pubblicare.")).toBeVisible();
  await ds.getByRole("button", { name: "Pubblica" }).click();
  await expect(ds.getByText("Pubblicato", { exact: true })).toBeVisible({ timeout: 30_000 });
  await ds.goto(eventUrl);
  await expect(ds.getByRole("cell", { name: /^Rossi Giulia/ })).toBeVisible();
  await checkBoth(ds, "5-pubblicato");

  // The class's parent got the email (the development mailbox, demo mode only).
  await ds.goto(`${site}/dev/posta`);
  const mail = ds.locator("li.mail", { hasText: "andrea.rossi@example.it" }).filter({ hasText: "Nuovo avviso di pagamento" }).first();
  await expect(mail).toContainText(REASON);

  // Andrea sees the notice and pays it in the sandbox (without JavaScript: the plain forms,
  // one page per step, so nothing here waits on the family page's island).
  const parent = await signedIn(browser, site, "demo2", false);
  await expect(parent.getByRole("heading", { level: 1, name: /Andrea/ })).toBeVisible();
  await parent.getByRole("checkbox", { name: new RegExp(REASON) }).check();
  await parent.getByRole("button", { name: "Paga gli avvisi selezionati" }).click();
  await expect(parent).toHaveURL(/\/pagamento\//);
  const pay = parent.getByRole("button", { name: /^Paga \d/ });
  const total = (await pay.textContent())!.replace("Paga ", "").trim();
  await pay.click();
  await expect(parent.getByText("AMBIENTE DI PROVA: nessun addebito reale")).toBeVisible();
  await parent.getByRole("button", { name: `Paga ${total}` }).click();
  await expect(parent).toHaveURL(/\/pagamento\//);
  const paid = parent.getByRole("heading", { level: 1, name: `Hai pagato ${total}` });
  for (let tries = 0; tries < 10 && !(await paid.isVisible()); tries++) {
    await parent.getByRole("link", { name: "Aggiorna" }).click();
  }
  await expect(paid).toBeVisible();

  // The report shows Giulia's notice paid, and the money in.
  await dsga.goto(eventUrl);
  const row = dsga.getByRole("row", { name: /^Rossi Giulia/ });
  await expect(row).toContainText("Pagato");
  await expect(dsga.getByText("7,50 €").first()).toBeVisible();
  await checkBoth(dsga, "6-resoconto");

  // The money in, by day and PSP, with the refunds owed; then this year's 730 data.
  await dsga.getByRole("link", { name: "Incassi e rimborsi" }).click();
  await expect(dsga.getByRole("heading", { level: 1, name: "Incassi e rimborsi" })).toBeVisible();
  await expect(dsga.getByRole("cell", { name: "7,50 €" }).first()).toBeVisible();
  await checkBoth(dsga, "7-incassi");
  await dsga.getByRole("link", { name: "Dati per il 730" }).click();
  await expect(dsga.getByRole("heading", { level: 1, name: "Dati per il 730" })).toBeVisible();
  await checkBoth(dsga, "8-dati-730");
});

test("the office adds a voluntary item; a class representative pays the class five pupils at a time", async ({ browser, site }) => {
  test.setTimeout(150_000);

  // The DSGA adds an item families can pay without a notice: it shows on the school's page.
  const dsga = await signedIn(browser, site, "dsga");
  await dsga.getByRole("navigation", { name: "Segreteria" }).getByRole("link", { name: "Versamenti volontari" }).click();
  await expect(dsga.getByRole("heading", { level: 1, name: "Versamenti volontari" })).toBeVisible();
  await dsga.getByLabel("Causale").fill("Corso di nuoto");
  await dsga.getByLabel("Categoria (codice tassonomia pagoPA)").selectOption("other");
  await dsga.getByLabel("Importo (€)").fill("45,00");
  await dsga.getByLabel("Pagabile fino al").fill(inTwoWeeks());
  await dsga.getByLabel("IBAN del conto della scuola").fill("IT60X0542811101000000123456");
  await dsga.getByRole("button", { name: "Salva la voce" }).click();
  await expect(dsga.getByText("Voce salvata")).toBeVisible();
  await expect(dsga.getByRole("cell", { name: /^Corso di nuoto/ })).toBeVisible();
  await checkBoth(dsga, "9-versamenti-volontari");
  await dsga.goto(`${site}/versamenti-volontari/MIIC8CY00P`);
  await expect(dsga.getByText("Corso di nuoto")).toBeVisible();

  // The planetarium trip of Giulia's class: Maria Rossi is its class representative.
  await dsga.goto(`${site}/segreteria/MIIC8CY00P/eventi`);
  await dsga.getByRole("link", { name: "Uscita didattica al Planetario" }).click();
  const representatives = dsga.getByRole("region", { name: "Rappresentanti di classe" });
  await expect(representatives.getByRole("cell", { name: /^Rossi Maria/ })).toBeVisible();
  await checkBoth(dsga, "10-rappresentanti");

  // Maria's page on a phone: the class, the first five ticked (axe needs JavaScript).
  const phone = await signedIn(browser, site, "demo");
  await phone.getByRole("link", { name: "Sei rappresentante di classe: paga per la classe" }).click();
  await expect(phone.getByRole("heading", { level: 1, name: "Paga per la classe" })).toBeVisible();
  await expect(phone.getByRole("checkbox", { checked: true })).toHaveCount(5);
  for (const width of [320, 360]) {
    await phone.setViewportSize({ width, height: 740 });
    await checkPage(phone, `office-11-rappresentante-${width}`);
  }

  // She pays the first five classmates in one payment (without JavaScript: the plain forms,
  // one page per step).
  const maria = await signedIn(browser, site, "demo", false);
  await maria.setViewportSize({ width: 320, height: 740 });
  await maria.goto(`${site}/rappresentante`);
  await maria.getByRole("button", { name: "Paga i selezionati" }).click();
  await expect(maria).toHaveURL(/\/pagamento\//);
  const pay = maria.getByRole("button", { name: /^Paga \d/ });
  const total = (await pay.textContent())!.replace("Paga ", "").trim();
  await pay.click();
  await maria.getByRole("button", { name: `Paga ${total}` }).click();
  const paid = maria.getByRole("heading", { level: 1, name: `Hai pagato ${total}` });
  for (let tries = 0; tries < 10 && !(await paid.isVisible()); tries++) {
    await maria.getByRole("link", { name: "Aggiorna" }).click();
  }
  await expect(paid).toBeVisible();
  await maria.goto(`${site}/rappresentante`);
  await expect(maria.getByText(/Pagati 5 su 8/)).toBeVisible();
  await expect(maria.getByRole("checkbox", { checked: true })).toHaveCount(3);
});
