import { test, expect, Page } from "@playwright/test";
import { checkPage } from "./checks";

// The page frame: the signed-in header (Avvisi, Ricevute, Carrello (n), the account menu) on
// one line at 320 px and reachable by keyboard, /profilo with "Esci", the footer's help, and the
// "Mostra password" toggle. Screenshots at 320, 768 and 1280 wide.

const SIZES = [
  { width: 320, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

async function logIn(page: Page, username = "demo") {
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill(username);
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).last().click();
  await expect(page).toHaveURL(/\/famiglia/);
}

test("the log-in password can be shown and hidden again", async ({ page }) => {
  await page.setViewportSize(SIZES[0]);
  await page.goto("/accedi");
  const field = page.getByLabel("Password", { exact: true });
  const toggle = page.getByRole("button", { name: "Mostra password" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await field.fill("segreta");
  await toggle.click();
  await expect(field).toHaveAttribute("type", "text");
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await checkPage(page, "frame-accedi-password-visibile-320");
  await toggle.press("Enter");
  await expect(field).toHaveAttribute("type", "password");
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
});

test("anonymous visitors keep Home, Cerca la scuola and Accedi; the footer says where to get help", async ({ page }) => {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Menu principale" });
    await expect(nav.getByRole("link", { name: "Home" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Cerca la scuola" })).toBeVisible();
    await expect(page.locator("header").getByRole("link", { name: "Accedi" })).toBeVisible();
    await expect(page.locator("header").getByRole("link", { name: /Carrello/ })).toHaveCount(0);
    const footer = page.locator("footer");
    await expect(footer).toContainText("la segreteria della scuola che lo ha emesso");
    await expect(footer.getByRole("link", { name: "assistenza@pagoscuola.it" })).toHaveAttribute("href", "mailto:assistenza@pagoscuola.it");
    await checkPage(page, `frame-home-anonima-${size.width}`);
  }
});

test("signed in, the header fits one line at 320 px and every item is reachable by keyboard", async ({ page }) => {
  test.setTimeout(60_000);
  await logIn(page);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto("/ricevute");
    const nav = page.getByRole("navigation", { name: "Menu principale" });
    const items = [
      nav.getByRole("link", { name: "Avvisi" }),
      nav.getByRole("link", { name: "Ricevute" }),
      nav.getByRole("link", { name: /^Carrello \(\d+\)$/ }),
      nav.getByText("Il tuo account"),
    ];
    for (const item of items) await expect(item).toHaveCount(1);
    // One line: the brand and the four controls share one row.
    const rows = await page.locator(".brand, .family-nav__link").evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, right: r.right };
      }),
    );
    expect(rows).toHaveLength(5);
    const middle = (r: { top: number; bottom: number }) => (r.top + r.bottom) / 2;
    for (const row of rows) expect(Math.abs(middle(row) - middle(rows[0]))).toBeLessThanOrEqual(8);
    for (const row of rows) expect(row.right).toBeLessThanOrEqual(size.width);
    await expect(nav.getByRole("link", { name: "Ricevute" })).toHaveAttribute("aria-current", "page");
    await expect(page.locator("#carrello-numero")).toHaveText(/^\d+$/);
    const header = (await page.locator("header").boundingBox())!;
    console.log(`header at ${size.width}px: ${Math.round(header.height)}px tall`);
    await checkPage(page, `frame-header-famiglia-${size.width}`);
  }

  // Keyboard alone: from the skip link on, Tab reaches Avvisi, Ricevute, Carrello, the menu.
  await page.setViewportSize(SIZES[0]);
  await page.goto("/famiglia");
  const reached: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Tab");
    reached.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim().replace(/\s+/g, " ")));
  }
  for (const name of ["Avvisi", "Ricevute", "Carrello", "Il tuo account"]) {
    expect(reached.some((text) => text.includes(name)), `${name} in ${reached.join(" | ")}`).toBe(true);
  }
  // Open the account menu with the keyboard and follow "Profilo".
  const summary = page.locator(".account-menu summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("link", { name: "Profilo" })).toBeVisible();
  await checkPage(page, "frame-menu-account-320");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Profilo" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/profilo$/);
  await expect(page.getByRole("heading", { level: 1, name: "Il tuo profilo" })).toBeVisible();
  await expect(page.locator("main")).toContainText("RSSMRA");
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await checkPage(page, `frame-profilo-${size.width}`);
  }
  // "Esci" from the profile ends the session: the header is the visitor's again.
  await page.locator("main").getByRole("button", { name: "Esci" }).click();
  await expect(page.locator("header").getByRole("link", { name: "Accedi" })).toBeVisible();
  await page.goto("/profilo");
  await expect(page).toHaveURL(/\/accedi/);
});

test("Esci in the account menu logs out", async ({ page }) => {
  await logIn(page, "demo2");
  await page.setViewportSize(SIZES[0]);
  await page.locator(".account-menu summary").click();
  await page.locator("header").getByRole("button", { name: "Esci" }).click();
  await expect(page.locator("header").getByRole("link", { name: "Accedi" })).toBeVisible();
});

test("the service conditions lead with the key points; the 14 terms are one tap away", async ({ page }) => {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto("/condizioni");
    const keyPoints = page.getByRole("heading", { level: 2, name: "In breve" });
    const fullTerms = page.getByText("Leggi tutte le 14 condizioni");
    await expect(keyPoints).toBeVisible();
    expect((await keyPoints.boundingBox())!.y).toBeLessThan((await fullTerms.boundingBox())!.y);
    await expect(page.locator(".terms li")).toHaveCount(14);
    await checkPage(page, `frame-condizioni-${size.width}`);
  }
});
