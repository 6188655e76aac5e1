import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, DEMO_ADMIN, DEMO_SLUG, launch, newContext, signIn } from "./support/browser.js";

/**
 * Statements are residents' words: HTML and script in them must be shown as text everywhere.
 * Each payload would set window.__xss (or open a dialog) if the browser ran it.
 */
const PAYLOADS = [
  "<script>window.__xss = 1</script> lisää kouluruokaa",
  '<img src=x onerror="window.__xss = 2"> pyöräteitä kouluille',
  '"><svg onload="window.__xss = 3"> kirjastoja auki iltaisin',
  '<a href="javascript:window.__xss = 4">klikkaa</a> uimahalleja lisää',
  '<iframe srcdoc="<script>parent.__xss = 5</script>"></iframe> nuorisotiloja',
  "{{constructor.constructor('window.__xss = 6')()}} kesätöitä nuorille",
];

let browser: Browser;
let publicId = "";
let conversationId = "";

async function expectNothingRan(page: Page, dialogs: string[]) {
  // Callbacks run in the browser; typed loosely because this project's TypeScript has no DOM lib.
  const ran = await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss);
  expect(ran).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = await page.evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { querySelectorAll: (s: string) => { length: number } } }
    ).document;
    return doc.querySelectorAll('img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript"]')
      .length;
  });
  expect(injected).toBe(0);
}

beforeAll(async () => {
  browser = await launch();
  // Staff create a post-moderation conversation whose seed statements are the payloads.
  const staff = await newContext(browser);
  const page = await staff.newPage();
  await signIn(page, DEMO_ADMIN);
  const me = await page.evaluate(
    async () => (await (await fetch("/api/me")).json()) as { csrfToken: string },
  );
  const created = await page.evaluate(
    async ({ slug, csrf, payloads }) => {
      const response = await fetch(`/api/orgs/${slug}/conversations`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": csrf },
        body: JSON.stringify({
          title: { fi: "XSS-testi" },
          moderationMode: "post",
          statementMaxLength: 200,
          seedStatements: payloads,
        }),
      });
      return (await response.json()) as { id: string; publicId: string };
    },
    { slug: DEMO_SLUG, csrf: me.csrfToken, payloads: PAYLOADS },
  );
  publicId = created.publicId;
  conversationId = created.id;
  await staff.close();
});

afterAll(async () => {
  await browser?.close();
});

describe("HTML and script in statements are shown as text", () => {
  it("on the resident's voting page and list of statements", async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${baseUrl}/${DEMO_SLUG}/c/${publicId}`);
    await page.locator(".conv-vote--agree").waitFor();
    // A resident's own statement with a payload, too (post-moderation: shown at once).
    const own = '<img src=x onerror="window.__xss = 7"> oma ehdotus iltapäiväkerhoista';
    await page.getByLabel("Väitteesi").fill(own);
    await page.getByRole("button", { name: "Lähetä väite" }).click();
    await page.getByText("Kiitos! Väitteesi on nyt muiden äänestettävänä.").waitFor();
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    for (const text of [...PAYLOADS, own]) await page.getByText(text, { exact: true }).waitFor();
    await expectNothingRan(page, dialogs);
    await context.close();
  });

  it("in the staff moderation queue and results", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await signIn(page, DEMO_ADMIN);
    await page.goto(`${baseUrl}/${DEMO_SLUG}/staff/conversations/${conversationId}/moderation`);
    await page.getByRole("heading", { name: "Moderointi", level: 1 }).waitFor();
    // The queue opens on pending statements; the payloads were approved as seed statements.
    await page.getByLabel("Tila").selectOption("all");
    for (const text of PAYLOADS) await page.getByText(text, { exact: true }).first().waitFor();
    await expectNothingRan(page, dialogs);
    await page.goto(`${baseUrl}/${DEMO_SLUG}/staff/conversations/${conversationId}/results`);
    await page.getByRole("heading", { name: "Tulokset", level: 1 }).waitFor();
    await page.waitForTimeout(500);
    await expectNothingRan(page, dialogs);
    await context.close();
  });
});
