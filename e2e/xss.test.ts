import type { Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_SLUG, signIn } from "./support/browser.js";
import { expect, test } from "./support/test.js";

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

let publicId = "";
let conversationId = "";

async function expectNothingRan(page: Page, dialogs: string[]) {
  // Callbacks run in the browser; typed loosely because this project's TypeScript has no DOM lib.
  const ran = await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss);
  expect(ran).toBeUndefined();
  expect(dialogs).toEqual([]);
  const injected = page.locator('img[src="x"], svg[onload], iframe[srcdoc], a[href^="javascript"]');
  expect(await injected.count()).toBe(0);
}

/** Collects the messages of dialogs the page opens (none should open). */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

test.beforeAll(async ({ browser }) => {
  // Staff create a post-moderation conversation whose seed statements are the payloads.
  const staff = await browser.newContext();
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

test.describe("HTML and script in statements are shown as text", () => {
  test("on the resident's voting page and list of statements", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const dialogs = recordDialogs(page);
    await page.goto(`/${DEMO_SLUG}/c/${publicId}`);
    await expect(page.locator(".conv-vote--agree")).toBeVisible();
    // A resident's own statement with a payload, too (post-moderation: shown at once).
    const own = '<img src=x onerror="window.__xss = 7"> oma ehdotus iltapäiväkerhoista';
    await page.getByLabel("Väitteesi").fill(own);
    await page.getByRole("button", { name: "Lähetä väite" }).click();
    await expect(page.getByText("Kiitos! Väitteesi on nyt muiden äänestettävänä.")).toBeVisible();
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    for (const text of [...PAYLOADS, own]) {
      await expect(page.getByText(text, { exact: true })).toBeVisible();
    }
    await expectNothingRan(page, dialogs);
  });

  test("in the staff moderation queue and results", async ({ page }) => {
    const dialogs = recordDialogs(page);
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/conversations/${conversationId}/moderation`);
    await expect(page.getByRole("heading", { name: "Moderointi", level: 1 })).toBeVisible();
    // The queue opens on pending statements; the payloads were approved as seed statements.
    await page.getByLabel("Tila").selectOption("all");
    for (const text of PAYLOADS) {
      await expect(page.getByText(text, { exact: true }).first()).toBeVisible();
    }
    await expectNothingRan(page, dialogs);
    await page.goto(`/${DEMO_SLUG}/staff/conversations/${conversationId}/results`);
    await expect(page.getByRole("heading", { name: "Tulokset", level: 1 })).toBeVisible();
    // The results have loaded (the participation section follows them) before looking.
    await expect(page.getByRole("status").filter({ hasText: "Ladataan…" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Osallistuminen ajan mittaan" })).toBeVisible();
    await expectNothingRan(page, dialogs);
  });
});
