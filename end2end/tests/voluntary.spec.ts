import { test, expect, Page } from "@playwright/test";
import { checkPage } from "./checks";

// Voluntary payments as the Ministry's instructions describe them (seed 001): "Versamenti
// volontari", the codice meccanografico MIIC8CY00P, the pupil's CF, name and surname, then
// "Procedi con il pagamento immediato" or "Scarica documento di pagamento". At phone size, both
// paths: a grandmother without an account downloads the payment notice; a signed-in parent pays
// at once through the checkout. Every step: 0 axe-core violations, no sideways scrolling, a
// screenshot.

const check = (page: Page, name: string) => checkPage(page, `phone-volontari-${name}`);

/** From wherever the link is, to the school's voluntary items by its codice meccanografico. */
async function findTheSchool(page: Page, shot?: string) {
  await page.getByRole("link", { name: "Fai un versamento volontario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Versamenti volontari" })).toBeVisible();
  if (shot) await check(page, shot);
  // Not waiting for the island: the search is a plain GET form until it is live, and the typed
  // code survives hydration (uncontrolled input), so either way the results come. (Once, in CI,
  // the island took over 15 s to start; directory.spec.ts tests the live search itself.)
  await page.getByLabel("Codice meccanografico").fill("MIIC8CY00P");
  await page.getByRole("button", { name: "Cerca", exact: true }).click();
  await page.getByRole("link", { name: "Istituto Comprensivo Scapponi" }).click();
  await expect(page).toHaveURL(/\/versamenti-volontari\/MIIC8CY00P$/);
  await expect(page.getByRole("heading", { level: 2, name: "Cosa puoi pagare" })).toBeVisible();
}

test("without an account: choose the contribution, get the problems at their fields, download the payment notice", async ({ page }) => {
  await page.goto("/");
  await findTheSchool(page, "1-cerca");
  for (const item of ["Contributo volontario per l'ampliamento dell'offerta formativa", "Assicurazione integrativa alunni", "Gita di fine anno al Parco Nazionale dello Stelvio"]) {
    await expect(page.getByRole("heading", { level: 3, name: item })).toBeVisible();
  }
  await expect(page.getByText("Importo libero da 5,00 € a 500,00 €, suggerito 30,00 €")).toBeVisible();
  await check(page, "2-voci");

  await page.getByRole("link", { name: "Scegli: Contributo volontario per l'ampliamento dell'offerta formativa" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Dati dell'alunno" })).toBeVisible();
  await expect(page.getByLabel("Importo da versare (euro)")).toHaveValue("30,00");
  await check(page, "3-modulo");
  // The items and the form at the narrowest phone and on a desk too.
  const formUrl = page.url();
  for (const [width, height] of [[320, 740], [1280, 800]]) {
    await page.setViewportSize({ width, height });
    await page.goto("/versamenti-volontari/MIIC8CY00P");
    await checkPage(page, `volontari-voci-${width}`);
    await page.goto(formUrl);
    await checkPage(page, `volontari-modulo-${width}`);
  }
  await page.setViewportSize({ width: 360, height: 740 });

  // Wrong surname for the code, an amount below the minimum, no email: said at each field.
  await page.getByLabel("Codice fiscale dell'alunno").fill("RSSMRA80A01H501U");
  await page.getByLabel("Cognome dell'alunno", { exact: true }).fill("Bianchi");
  await page.getByLabel("Nome dell'alunno", { exact: true }).fill("Mario");
  await page.getByLabel("Importo da versare (euro)").fill("4,99");
  await page.getByRole("button", { name: "Scarica documento di pagamento" }).click();
  const summary = page.locator("#problemi");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link", { name: "Il cognome non corrisponde al codice fiscale." })).toBeVisible();
  await expect(summary.getByRole("link", { name: "L'importo minimo è 5,00 €." })).toBeVisible();
  await expect(page.getByLabel("Cognome dell'alunno", { exact: true })).toHaveAttribute("aria-invalid", "true");
  // Nothing typed is lost.
  await expect(page.getByLabel("Codice fiscale dell'alunno")).toHaveValue("RSSMRA80A01H501U");
  await expect(page.getByLabel("Importo da versare (euro)")).toHaveValue("4,99");
  await check(page, "4-problemi");

  await page.getByLabel("Cognome dell'alunno", { exact: true }).fill("Rossi");
  await page.getByLabel("Importo da versare (euro)").fill("25,50");
  await page.getByLabel("La tua email").fill("nonna.rossi@example.it");
  await page.getByRole("button", { name: "Scarica documento di pagamento" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Il tuo documento di pagamento è pronto" })).toBeVisible();
  await expect(page.getByText("25,50 €")).toBeVisible();
  await expect(page.getByText(/^3\d{3} \d{4} \d{4} \d{4} \d{2}$/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Scarica l'avviso di pagamento (PDF)" })).toHaveAttribute(
    "href",
    /^\/avvisi\/\d+\/documento\.pdf\?chiave=[0-9a-zA-Z_-]+$/,
  );
  await check(page, "5-avviso-pronto");
});

test("signed in: a parent pays the insurance at once and reaches the checkout", async ({ page }) => {
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill("demo2");
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ciao, Andrea" })).toBeVisible();

  // The family area leads to voluntary payments.
  await findTheSchool(page);
  await page.getByRole("link", { name: "Scegli: Assicurazione integrativa alunni" }).click();
  await expect(page.getByText("Sei entrato con la tua utenza: l'avviso e la ricevuta saranno tuoi.")).toBeVisible();
  await expect(page.getByLabel("La tua email")).toHaveCount(0);
  await expect(page.getByLabel("Importo da versare (euro)")).toHaveCount(0);
  await page.getByLabel("Codice fiscale dell'alunno").fill("RSSGLI18C54F205C");
  await page.getByLabel("Cognome dell'alunno", { exact: true }).fill("Rossi");
  await page.getByLabel("Nome dell'alunno", { exact: true }).fill("Giulia");
  await check(page, "6-modulo-famiglia");
  await page.getByRole("button", { name: "Procedi con il pagamento immediato" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Pagamento" })).toBeVisible();
  await expect(page).toHaveURL(/\/pagamento\/[^/?]+$/);
  await expect(page.getByRole("button", { name: /^Paga \d/ })).toBeVisible();
  await check(page, "7-pagamento");
});
