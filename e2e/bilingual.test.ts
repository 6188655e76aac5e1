import type { BrowserContext, Page } from "@playwright/test";
import { DEMO_ADMIN, seriousViolations, signIn } from "./support/browser.js";
import { DEMO_CONVERSATION, demoConversation } from "./support/conversations.js";
import { expect, test } from "./support/test.js";

// A Swedish-speaking resident and a translator go through the demo conversation, whose seed
// statements are in Swedish too except one (demo-translations.ts). The tests build on each other.
test.describe.configure({ mode: "serial" });

const SWEDISH_TITLE = "Mentalvårdstjänster för unga i Mellersta Finland";
const TRANSLATED = "Unga ska få hjälp utan remiss.";
const UNTRANSLATED = "Maksuttomat palvelut houkuttelevat käyttämään niitä turhaan.";
const TRANSLATION = "Avgiftsfria tjänster lockar människor att använda dem i onödan.";

let resident: BrowserContext;
let residentPage: Page;
let conversationPath = "";

test.beforeAll(async ({ browser }) => {
  resident = await browser.newContext({ locale: "fi-FI", viewport: { width: 360, height: 740 } });
  residentPage = await resident.newPage();
  conversationPath = (await demoConversation(residentPage.request)).path;
});

test.afterAll(async () => {
  await resident?.close();
});

/** The resident's own-votes tab: every approved statement, each in its element. */
async function myVotes(page: Page) {
  await page.getByRole("tab").nth(2).click();
  await expect(page.locator(".conv-mine__text").first()).toBeVisible();
  return page.locator(".conv-mine__text");
}

test.describe("bilingual conversation", () => {
  test("?lang=sv shows the Swedish title and statements, and the untranslated one marked Finnish", async () => {
    const page = residentPage;
    await page.goto(`${conversationPath}?lang=sv`);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText(SWEDISH_TITLE);
    await expect(title).not.toHaveAttribute("lang", /.*/);
    // The card's statement is in Swedish, or in Finnish marked as such.
    const card = page.locator("blockquote.conv-statement");
    await expect(card).toBeVisible();
    const cardLang = await card.getAttribute("lang");
    expect(cardLang === null || cardLang === "fi").toBe(true);

    const texts = await myVotes(page);
    const translated = texts.filter({ hasText: TRANSLATED });
    await expect(translated).toHaveCount(1);
    await expect(translated).not.toHaveAttribute("lang", /.*/);
    const untranslated = texts.filter({ hasText: UNTRANSLATED });
    await expect(untranslated).toHaveCount(1);
    await expect(untranslated).toHaveAttribute("lang", "fi");
    // No Finnish text of a translated statement is left on the page.
    await expect(page.getByText("Nuorten pitää saada apua ilman lähetettä.")).toHaveCount(0);
  });

  test("the Swedish voting page passes axe", async () => {
    const page = residentPage;
    await page.goto(conversationPath);
    await expect(page.locator(".conv-vote--agree")).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    expect(await seriousViolations(page)).toEqual([]);
    await myVotes(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("a browser set to Swedish gets the conversation in Swedish without ?lang", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "sv-SE" });
    const page = await context.newPage();
    try {
      await page.goto(conversationPath);
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(SWEDISH_TITLE);
      await expect((await myVotes(page)).filter({ hasText: TRANSLATED })).toHaveCount(1);
    } finally {
      await context.close();
    }
  });

  test("staff enter the missing translation in the queue by keyboard, and the resident sees it", async ({
    browser,
  }) => {
    const staff = await browser.newContext({ locale: "fi-FI" });
    const page = await staff.newPage();
    try {
      await signIn(page, DEMO_ADMIN);
      // The home card counts what waits for translation and links to the queue.
      const queueLink = page.getByRole("link", { name: new RegExp(`^${DEMO_CONVERSATION}: \\d+`) });
      await expect(queueLink).toBeVisible();
      await queueLink.click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Käännettävät tekstit");
      const item = page.locator("form.conv-translate__item").filter({ hasText: UNTRANSLATED });
      await expect(item.locator("blockquote")).toHaveAttribute("lang", "fi");
      const swedish = item.getByLabel("Käännös ruotsiksi");
      await swedish.focus();
      await page.keyboard.type(TRANSLATION);
      await page.keyboard.press("Tab"); // the English field stays empty
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await expect(page.getByText("Käännökset tallennettu.")).toBeVisible();
      // Only English is missing now; focus is back in the queue for the next text.
      await expect(item.getByLabel("Käännös ruotsiksi")).toHaveCount(0);
      await expect(item.getByLabel("Käännös englanniksi")).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await staff.close();
    }

    const resident = residentPage;
    await resident.goto(conversationPath);
    const texts = await myVotes(resident);
    const now = texts.filter({ hasText: TRANSLATION });
    await expect(now).toHaveCount(1);
    await expect(now).not.toHaveAttribute("lang", /.*/);
    await expect(texts.filter({ hasText: UNTRANSLATED })).toHaveCount(0);
  });
  test('the moderation queue marks a statement written in Swedish with lang="sv" and says its language', async ({
    browser,
  }) => {
    const { publicId } = await demoConversation(residentPage.request);
    const text = `Fler simhallar i Jyväskylä ${Date.now()}`;
    const written = await residentPage.request.post(`/api/p/c/${publicId}/statements`, {
      data: { text, language: "sv" },
    });
    expect(written.status()).toBe(201);
    const staff = await browser.newContext({ locale: "fi-FI" });
    const page = await staff.newPage();
    try {
      await signIn(page, DEMO_ADMIN);
      const list = (await (
        await page.request.get("/api/orgs/keski-suomi-demo/conversations")
      ).json()) as { conversations: { id: string; title: { fi: string } }[] };
      const id = list.conversations.find((c) => c.title.fi === DEMO_CONVERSATION)?.id;
      await page.goto(`/keski-suomi-demo/staff/conversations/${id}/moderation`);
      const statement = page.locator(".conv-queue__text", { hasText: text });
      await expect(statement).toHaveAttribute("lang", "sv");
      const item = page.locator("li", { has: statement });
      await expect(item.locator(".conv-queue__meta")).toContainText("ruotsi");
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await staff.close();
    }
  });
});
