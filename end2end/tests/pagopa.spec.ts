import { test, expect, Page } from "@playwright/test";
import { checkPage } from "./checks";
import { createHmac } from "node:crypto";
import http from "node:http";

// The demo family pays through pagoPA's checkout, on a second PagoScuola server configured
// for pagoPA (scripts/test.sh starts it). pagoPA itself is a small stand-in started here, on
// the port that server was given: it takes the cart (checking the subscription key), answers
// 302 to its own page, and that page links back to the return addresses of the cart. The
// receipts the schools' station would forward are signed and sent by the test.

const base = process.env.PAGOPA_BASE_URL ?? "http://127.0.0.1:3112";
const fakePort = Number(process.env.PAGOPA_FAKE_PORT ?? 3113);
const key = process.env.PAGOPA_SUBSCRIPTION_KEY ?? "e2e-subscription-key";
const receiptSecret = process.env.PAGOPA_RECEIPT_SECRET ?? "e2e-receipt-secret";

test.use({ baseURL: base });

type Cart = {
  paymentNotices: { noticeNumber: string; fiscalCode: string; amount: number; companyName: string; description: string }[];
  returnUrls: { returnOkUrl: string; returnCancelUrl: string; returnErrorUrl: string };
  idCart: string;
};
const carts: Cart[] = [];
let fake: http.Server;

test.beforeAll(async () => {
  fake = http.createServer((request, response) => {
    if (request.method === "POST" && request.url === "/checkout/ec/v1/carts") {
      if (request.headers["ocp-apim-subscription-key"] !== key) {
        response.writeHead(401, { "content-type": "application/problem+json" }).end('{"title":"Unauthorized","status":401}');
        return;
      }
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        carts.push(JSON.parse(body));
        response.writeHead(302, { location: `http://127.0.0.1:${fakePort}/c/${carts.length}` }).end();
      });
      return;
    }
    const cart = carts[Number(request.url?.split("/c/")[1]) - 1];
    if (!cart) {
      response.writeHead(404).end();
      return;
    }
    const total = cart.paymentNotices.reduce((sum, n) => sum + n.amount, 0);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(
      `<!doctype html><html lang="it"><title>pagoPA (finto)</title><h1>Checkout pagoPA di prova</h1>
       <p>${cart.paymentNotices.length} avvisi, ${total} centesimi</p>
       <a href="${cart.returnUrls.returnOkUrl}">Torna al sito dell'ente</a>
       <a href="${cart.returnUrls.returnCancelUrl}">Annulla</a>`,
    );
  });
  await new Promise<void>((resolve) => fake.listen(fakePort, "127.0.0.1", resolve));
});

test.afterAll(() => new Promise<void>((resolve) => fake.close(() => resolve())));

/** What the schools' station forwards for one notice: pagoPA's receipt, signed. */
async function forwardReceipt(page: Page, cart: Cart, index: number) {
  const notice = cart.paymentNotices[index];
  const body = JSON.stringify({
    receiptId: `E2E-${cart.idCart.slice(0, 8)}-${index}`,
    noticeNumber: notice.noticeNumber,
    fiscalCode: notice.fiscalCode,
    outcome: "OK",
    paymentAmount: notice.amount,
    idPSP: "BCITITMM",
    pspCompanyName: "Intesa Sanpaolo",
    paymentMethod: "CP",
    fee: 130,
    idCart: cart.idCart,
  });
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", receiptSecret).update(`${t}.${body}`).digest("hex");
  const answer = await page.request.post("/api/payments/receipts/pagopa", {
    headers: { "pagoscuola-receipt-signature": `t=${t},v1=${v1}`, "content-type": "application/json" },
    data: body,
  });
  return answer.status();
}

test("the demo family pays two notices on pagoPA's checkout and sees them paid from its receipts", async ({ page }) => {
  test.setTimeout(90_000);
  const check = (name: string) => checkPage(page, `phone-pagopa-${name}`);
  await page.goto("/accedi");
  await page.getByLabel("Username o codice fiscale").fill("demo");
  await page.getByLabel("Password", { exact: true }).fill("demo-pagoscuola");
  await page.getByRole("button", { name: "Accedi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Maria/ })).toBeVisible();

  await page.getByRole("checkbox", { name: /Uscita didattica al Museo di Storia Naturale/ }).check();
  await page.getByRole("checkbox", { name: /Contributo volontario per l'ampliamento dell'offerta formativa/ }).check();
  await expect(page.locator(".pay-bar__pay")).toHaveText("Paga 2 avvisi · 92,00 €", { timeout: 15_000 });
  await page.goto("/carrello");
  await page.getByRole("button", { name: "Procedi al pagamento" }).click();

  // No PSP list here: method, PSP and fee are pagoPA's page's business.
  await expect(page.getByRole("heading", { name: "Paga con pagoPA" })).toBeVisible();
  await expect(page.locator(".psp-option")).toHaveCount(0);
  // The same layout as with the sandbox: the way to pagoPA in view, saying where it leads.
  await expect(page.getByRole("button", { name: "Continua su pagoPA" })).toBeInViewport({ ratio: 1 });
  await expect(page.getByText("Verrai portato sul sito di pagoPA.")).toBeVisible();
  await check("1-checkout");
  await page.getByRole("button", { name: "Continua su pagoPA" }).click();

  // The browser follows pagoPA's redirect (the page's form-action policy allows it).
  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${fakePort}/c/\\d+$`));
  await expect(page.getByText("2 avvisi, 9200 centesimi")).toBeVisible();
  const cart = carts[carts.length - 1];
  expect(cart.paymentNotices.map((n) => n.companyName).sort()).toEqual(["Istituto Comprensivo Scapponi", "Istituto di Istruzione Superiore Carlo Cattaneo"]);

  // Back before any receipt: in progress. Then the receipts arrive and the page turns paid.
  await page.getByRole("link", { name: "Torna al sito dell'ente" }).click();
  await expect(page.getByRole("heading", { name: "Pagamento in corso" })).toBeVisible();
  await check("2-in-corso");
  expect(await forwardReceipt(page, cart, 0)).toBe(202);
  expect(await forwardReceipt(page, cart, 1)).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Hai pagato 93,30 €" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Intesa Sanpaolo")).toBeVisible();
  await expect(page.getByText("93,30 €", { exact: true })).toBeVisible();
  await check("3-eseguito");
});
