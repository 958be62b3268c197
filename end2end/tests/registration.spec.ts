import { test, expect, Page } from "@playwright/test";
import { checkPage } from "./checks";

// The whole way in, at phone size: register, read the link in the development mailbox, log in
// with the emailed password, change it, accept the conditions, land on the family home. Every
// step: 0 axe-core violations and a screenshot.

const MONTHS = "ABCDEHLMPRST";
const ODD: Record<string, number> = {
  "0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};
const value = (c: string) => (c >= "0" && c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

/** A valid codice fiscale of "Mario Rossi", born in Rome on a random day (so reruns differ). */
function randomPerson() {
  const year = 1960 + Math.floor(Math.random() * 40);
  const month = 1 + Math.floor(Math.random() * 12);
  const day = 1 + Math.floor(Math.random() * 28);
  const first15 = `RSSMRA${String(year % 100).padStart(2, "0")}${MONTHS[month - 1]}${String(day).padStart(2, "0")}H501`;
  let sum = 0;
  [...first15].forEach((c, i) => (sum += i % 2 === 0 ? ODD[c] : value(c)));
  const cf = first15 + String.fromCharCode(65 + (sum % 26));
  const date = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  return { cf, date, email: `mario.${cf.toLowerCase()}@example.it` };
}

const check = (page: Page, name: string) => checkPage(page, `phone-flow-${name}`);

/** The newest message with this subject in the development mailbox, as text. */
async function mail(page: Page, subject: string, to: string): Promise<string> {
  await page.goto("/dev/posta");
  const message = page.locator(".mail", { hasText: to }).filter({ has: page.getByRole("heading", { name: subject }) }).first();
  await expect(message).toBeVisible();
  return (await message.locator(".mail__body").textContent()) ?? "";
}

test("a family registers, verifies the email, logs in, changes the password and accepts the conditions", async ({ page }) => {
  test.setTimeout(120_000);
  const person = randomPerson();

  await page.goto("/registrazione");
  await expect(page.getByRole("heading", { level: 2, name: "Codice fiscale" })).toBeVisible();
  // The live check is an island: typing before its code has loaded would go unheard.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Codice fiscale", { exact: true }).fill(person.cf.slice(0, 15) + (person.cf[15] === "A" ? "B" : "A"));
  await expect(page.locator("#codice_fiscale-live")).toContainText("non è valido");
  await page.getByLabel("Codice fiscale", { exact: true }).fill(person.cf.toLowerCase());
  await expect(page.locator("#codice_fiscale-live")).toBeEmpty();
  await page.getByRole("checkbox", { name: "Non sono un robot" }).click();
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.+/, { timeout: 30_000 });
  await check(page, "1-codice-fiscale");
  await page.getByRole("button", { name: "Continua" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "I tuoi dati" })).toBeVisible();
  // Birth date, sex and birthplace come from the codice fiscale; the parent confirms them.
  await expect(page.getByLabel("Data di nascita")).toHaveValue(person.date);
  await expect(page.getByLabel("Maschio")).toBeChecked();
  await expect(page.getByLabel("Luogo di nascita")).toHaveValue("Roma (RM)");
  await page.getByLabel("Cognome").fill("Rossi");
  await page.getByLabel("Nome", { exact: true }).fill("Mario");
  await page.getByLabel("Luogo di nascita").fill("");
  await page.getByLabel("Luogo di nascita").pressSequentially("Rom");
  await expect(page.locator("#luoghi-suggeriti option").first()).toHaveAttribute("value", /Roma/);
  await page.getByLabel("Luogo di nascita").fill("Roma (RM)");
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Ripeti l'email").fill(person.email.replace("@", "x@"));
  await expect(page.locator("#email_again-live")).toContainText("non sono uguali");
  await page.getByLabel("Ripeti l'email").fill(person.email);
  await page.getByLabel("Ho letto e accetto le condizioni di registrazione").check();
  await page.getByLabel("Ho letto l'informativa sul trattamento").check();
  await check(page, "2-dati");
  await page.getByRole("button", { name: "Continua" }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Controlla i dati" })).toBeVisible();
  await expect(page.locator(".review")).toContainText("Roma (RM)");
  await check(page, "3-controllo");
  await page.getByRole("button", { name: "Conferma i tuoi dati" }).click();

  await expect(page.getByText("Apri l'email \"Conferma registrazione\"")).toBeVisible();
  await check(page, "4-salvata");

  const confirmation = await mail(page, "Conferma registrazione", person.email);
  const link = confirmation.match(/https?:\/\/\S+\/registrazione\/conferma\/[0-9a-f]{64}/)?.[0];
  expect(link).toBeTruthy();
  await check(page, "5-posta");
  await page.goto(new URL(link!).pathname);
  await expect(page.getByText("il tuo indirizzo email è confermato")).toBeVisible();
  await check(page, "6-email-confermata");

  const credentials = await mail(page, "Creazione utenza", person.email);
  const username = credentials.match(/Username: (\S+)/)![1];
  const temporary = credentials.match(/Password provvisoria: (\S+)/)![1];

  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill(username);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page).toHaveURL(/\/cambio-password$/);
  await showPasswordToggles(page);
  await check(page, "7-cambio-password");
  await page.getByLabel("Nuova password", { exact: true }).fill("lampada verde sul balcone 7");
  await page.getByLabel("Ripeti la nuova password").fill("lampada verde sul balcone 7");
  await page.getByRole("button", { name: "Salva la password" }).click();

  await expect(page).toHaveURL(/\/condizioni$/);
  await expect(page.getByText("Password cambiata.")).toBeVisible();
  // Key points first, the acceptance in the first screen of a 320 px phone, the 14 terms folded.
  await page.setViewportSize({ width: 320, height: 740 });
  await expect(page.getByRole("heading", { level: 2, name: "In breve" })).toBeVisible();
  const accept = page.getByLabel("Ho letto e accetto le condizioni del servizio");
  const box = (await accept.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  const button = (await page.getByRole("button", { name: "Accetta e continua" }).boundingBox())!;
  console.log(`conditions at 320x740: checkbox bottom ${box.y + box.height}px, button bottom ${button.y + button.height}px`);
  await expect(page.getByRole("heading", { name: "Legge applicabile" })).toBeHidden();
  await page.getByText("Leggi tutte le 14 condizioni").click();
  await expect(page.getByRole("heading", { name: "Legge applicabile" })).toBeVisible();
  await check(page, "8-condizioni");
  await page.getByLabel("Ho letto e accetto le condizioni del servizio").check();
  await page.getByLabel("Ho letto l'informativa sul trattamento dei dati personali").check();
  await page.getByRole("button", { name: "Accetta e continua" }).click();

  await expect(page).toHaveURL(/\/famiglia$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Mario");
  await check(page, "9-famiglia");
  // The profile moved to its own page, from the account menu.
  await page.locator(".account-menu summary").click();
  await page.getByRole("link", { name: "Profilo" }).click();
  await expect(page).toHaveURL(/\/profilo$/);
  await expect(page.locator("main")).toContainText(person.cf);
  await check(page, "10-profilo");
});

/** Every password field has a "Mostra password" toggle: a real button that switches the type. */
async function showPasswordToggles(page: Page) {
  const toggles = page.getByRole("button", { name: "Mostra password" });
  await expect(toggles).toHaveCount(2);
  const field = page.getByLabel("Nuova password", { exact: true });
  await expect(field).toHaveAttribute("type", "password");
  await expect(toggles.first()).toHaveAttribute("aria-pressed", "false");
  await toggles.first().click();
  await expect(field).toHaveAttribute("type", "text");
  await expect(toggles.first()).toHaveAttribute("aria-pressed", "true");
  await toggles.first().click();
  await expect(field).toHaveAttribute("type", "password");
}

test("the last step sends the email again, corrects it, and says when to retry", async ({ page }) => {
  test.setTimeout(120_000);
  const person = randomPerson();
  const typo = person.email.replace("@example.it", "@exmaple.it");
  await page.goto("/registrazione");
  await page.getByLabel("Codice fiscale", { exact: true }).fill(person.cf);
  await page.getByRole("checkbox", { name: "Non sono un robot" }).click();
  await expect(page.locator('input[name="altcha"]')).toHaveValue(/.+/, { timeout: 30_000 });
  await page.getByRole("button", { name: "Continua" }).click();
  await page.getByLabel("Cognome").fill("Rossi");
  await page.getByLabel("Nome", { exact: true }).fill("Mario");
  await page.getByLabel("Email", { exact: true }).fill(typo);
  await page.getByLabel("Ripeti l'email").fill(typo);
  await page.getByLabel("Ho letto e accetto le condizioni di registrazione").check();
  await page.getByLabel("Ho letto l'informativa sul trattamento").check();
  await page.getByRole("button", { name: "Continua" }).click();
  await page.getByRole("button", { name: "Conferma i tuoi dati" }).click();

  await expect(page.getByRole("button", { name: "Invia di nuovo l'email" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Correggi l'email" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Ricomincia la registrazione" })).toBeVisible();
  const old = await mail(page, "Conferma registrazione", typo);
  const oldLink = new URL(old.match(/https?:\/\/\S+\/registrazione\/conferma\/[0-9a-f]{64}/)![0]).pathname;
  await page.goto("/registrazione");

  await page.getByRole("button", { name: "Invia di nuovo l'email" }).click();
  await expect(page.getByText("Ti abbiamo inviato una nuova email")).toBeVisible();
  await check(page, "4b-inviata-di-nuovo");

  await page.getByRole("button", { name: "Correggi l'email" }).click();
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue(typo);
  await check(page, "4c-correggi-email");
  await page.getByLabel("Email", { exact: true }).fill(person.email);
  await page.getByLabel("Ripeti l'email").fill(person.email);
  await page.getByRole("button", { name: "Invia il nuovo collegamento" }).click();
  await expect(page.locator("main strong", { hasText: person.email })).toBeVisible();

  await page.getByRole("button", { name: "Invia di nuovo l'email" }).click();
  await expect(page.getByText("Ti abbiamo inviato una nuova email")).toBeVisible();
  await page.getByRole("button", { name: "Invia di nuovo l'email" }).click();
  await expect(page.getByText(/Puoi riprovare dalle \d\d:\d\d/)).toBeVisible();
  await check(page, "4d-troppi-invii");

  // The link to the mistyped address stopped working; the new address's works.
  await mail(page, "Conferma registrazione", person.email);
  const gone = await page.goto(oldLink);
  expect(gone!.status()).toBe(410);
  const fresh = await mail(page, "Conferma registrazione", person.email);
  const link = fresh.match(/https?:\/\/\S+\/registrazione\/conferma\/[0-9a-f]{64}/)![0];
  await page.goto(new URL(link).pathname);
  await expect(page.getByText("il tuo indirizzo email è confermato")).toBeVisible();
});
