import type { BrowserContext, Page } from "@playwright/test";
import {
  activeElementId,
  DEMO_ADMIN,
  DEMO_SLUG,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import {
  DEMO_CONVERSATION,
  demoConversation,
  serveHostPage,
  tabTo,
  uniqueStatement,
} from "./support/conversations.js";
import { expect, test } from "./support/test.js";

// One resident and one staff member go through the demo conversation together: the tests run
// in order and build on each other (the resident's statement is approved by staff, and so on).
test.describe.configure({ mode: "serial" });

let resident: BrowserContext;
let residentPage: Page;
let staff: BrowserContext;
let staffPage: Page;
let conversationPath = "";
const statement = uniqueStatement();
const phone = { width: 360, height: 740 };

test.beforeAll(async ({ browser }) => {
  resident = await browser.newContext({ viewport: phone });
  residentPage = await resident.newPage();
  conversationPath = (await demoConversation(residentPage.request)).path;
  staff = await browser.newContext();
  staffPage = await staff.newPage();
});

test.afterAll(async () => {
  await resident?.close();
  await staff?.close();
});

test.describe("opinion conversation: resident", () => {
  test("votes through statements by keyboard only on a 360 px screen, and progress changes", async () => {
    const page = residentPage;
    const progress = page.locator(".conv-progress__text");
    const current = page.locator(".conv-statement");
    await page.goto(conversationPath);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".conv-vote--agree")).toBeVisible();
    await expect(progress).toHaveText(/^0 \/ 22 /);
    expect(await scrollsHorizontally(page)).toBe(false);

    await tabTo(page, ".conv-vote--agree");
    // The focused button has a visible focus ring.
    await expect(page.locator(".conv-vote--agree")).toHaveCSS("outline-style", "solid");

    // agree, disagree, pass, agree, agree, agree, disagree: focus stays on the button between
    // votes. Seven votes place the resident on the map (as in Polis).
    const moves: string[][] = [[], ["Tab"], ["Tab"], ["Shift+Tab", "Shift+Tab"], [], [], ["Tab"]];
    for (const [i, keys] of moves.entries()) {
      for (const key of keys) await page.keyboard.press(key);
      const before = (await current.textContent()) ?? "";
      await page.keyboard.press("Enter");
      await expect(progress).toHaveText(new RegExp(`^${i + 1} / 22 `));
      await expect(current).not.toHaveText(before);
    }
    // The live region announced the next statement.
    await expect(page.locator(".conv-card [aria-live]")).toContainText("Seuraava väite:");
    expect(await scrollsHorizontally(page)).toBe(false);
    // 400 % zoom of a 1280 px window is 320 CSS px: still no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.setViewportSize(phone);
  });

  test("shows the opinion map with 'you are here' after a few votes", async () => {
    const page = residentPage;
    await expect(page.getByRole("heading", { name: "Mielipidekartta" })).toBeVisible();
    await expect(page.locator(".conv-map__me")).toBeVisible({ timeout: 30_000 });
    await expect(page.locator(".conv-map__svg")).toHaveAttribute(
      "aria-label",
      /Sinä olet ryhmässä [A-F]\./,
    );
    await expect(page.getByText(/^Kuulut ryhmään [A-F]/)).toBeVisible();
    await screenshot(page, "conversation-vote-360");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test("writes a statement with a live counter and is told it awaits moderation", async () => {
    const page = residentPage;
    const field = page.getByLabel("Väitteesi");
    await field.focus();
    await page.keyboard.type(statement);
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const counterId = describedBy.split(" ").find((id) => id.endsWith("-counter"));
    expect(counterId).toBeTruthy();
    await expect(page.locator(`[id="${counterId}"]`)).toHaveText(
      `${statement.length} / 200 merkkiä`,
    );
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(
      page.getByText("Kiitos! Väitteesi odottaa moderaattorin hyväksyntää."),
    ).toBeVisible();
  });

  test("results tab: groups in plain language, honest common ground, and no serious axe violations", async () => {
    const page = residentPage;
    await page.getByRole("tab", { name: "Tulokset" }).click();
    await expect(page.getByRole("heading", { name: "Mielipideryhmät" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Ryhmä A: \d+ osallistujaa/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Yhteinen pohja" })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Jokaisessa ryhmässä samaa mieltä" }),
    ).toBeVisible();
    // The wording says exactly what the numbers say: a stated threshold, in every group.
    const ground = page.locator("section", { has: page.locator("#conv-consensus-title") });
    await expect(ground).toContainText(/jokaisessa mielipideryhmässä vähintään 60\s%/);
    await expect(ground.getByText(/jokaisessa ryhmässä vähintään \d+\s%/).first()).toBeVisible();
    // The most divisive statement is never headlined as common ground.
    const divisive = page.locator("section", { has: page.locator("#conv-divisive-title") });
    const mostDivisive = ((await divisive.locator("q").first().textContent()) ?? "").trim();
    expect(mostDivisive.length).toBeGreaterThan(0);
    for (const quote of await ground.locator("q").allTextContents()) {
      expect(quote.trim()).not.toBe(mostDivisive);
    }
    // Who is on the map, and why the groups do not add up to every participant.
    await expect(page.getByText(/Kartalla ja ryhmissä ovat ne \d+ osallistujaa/)).toBeVisible();
    await expect(page.getByText("He ovat samaa mieltä:").first()).toBeVisible();
    await screenshot(page, "conversation-results-360");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});

test.describe("opinion conversation: staff", () => {
  test("approves the resident's statement from the moderation queue with the keyboard shortcut", async () => {
    const page = staffPage;
    await signIn(page, DEMO_ADMIN);
    await page
      .getByRole("navigation", { name: "Henkilöstön valikko" })
      .getByRole("link", { name: "Keskustelut" })
      .click();
    await expect(page.getByRole("heading", { name: "Keskustelut", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: DEMO_CONVERSATION }).click();
    await expect(page.getByRole("heading", { name: "Kutsulinkit" })).toBeVisible();
    const snippet = page.locator(".conv-snippet");
    await expect(snippet).toContainText(`data-kuulo-conversation="`);
    await expect(snippet).toContainText("/embed.js");

    await page.getByRole("link", { name: "Moderointi" }).click();
    await expect(page.getByRole("heading", { name: "Moderointi", level: 1 })).toBeVisible();
    const box = page.getByRole("checkbox", { name: statement });
    await expect(box).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await box.focus();
    await page.keyboard.press("a");
    await expect(page.getByText("Väite hyväksytty.").first()).toBeVisible();
    await expect(page.getByRole("checkbox", { name: statement })).toHaveCount(0);
    await screenshot(page, "conversation-moderation");
  });

  test("rejects a flagged statement with a reason (shortcut r), and the rejected filter shows it", async ({
    request,
  }) => {
    const page = staffPage;
    const { publicId } = await demoConversation(request);
    const text = `${uniqueStatement()} Soita 040 1234567`;
    // A new resident (no cookies of the staff page) writes it.
    const response = await request.post(`/api/p/c/${publicId}/statements`, { data: { text } });
    expect(response.status()).toBe(201);
    await page.reload();
    await expect(page.getByRole("heading", { name: "Moderointi", level: 1 })).toBeVisible();
    const box = page.getByRole("checkbox", { name: text });
    await expect(box).toBeVisible();
    const describedBy = (await box.getAttribute("aria-describedby")) ?? "";
    await expect(page.locator(`[id="${describedBy}"]`)).toContainText("Merkintä: puhelinnumero");
    await box.focus();
    const ownId = await box.getAttribute("id");
    // j moves to the next statement (or stays on the last), k back.
    await page.keyboard.press("j");
    if ((await activeElementId(page)) !== ownId) await page.keyboard.press("k");
    await expect(box).toBeFocused();
    await page.keyboard.press("r");
    await expect(page.getByRole("dialog", { name: "Hylkää väite" })).toBeVisible();
    // Shortcuts are off while typing: "a" goes into the field.
    await page.getByLabel("Hylkäyksen syy").fill("Sisältää puhelinnumeron");
    await page.getByRole("dialog").getByRole("button", { name: "Hylkää" }).click();
    await expect(page.getByText("Väite hylätty.").first()).toBeVisible();
    await page.getByLabel("Tila", { exact: true }).selectOption("rejected");
    await expect(page.getByRole("checkbox", { name: text })).toBeVisible();
    await expect(page.getByText("Hylkäyksen syy: Sisältää puhelinnumeron")).toBeVisible();
    await page.getByLabel("Tila", { exact: true }).selectOption("pending");
  });

  test("the approved statement becomes votable for residents", async () => {
    const page = residentPage;
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    const group = page.getByRole("group", { name: statement });
    await expect(group).toBeVisible();
    const agree = group.getByRole("button", { name: "Samaa mieltä" });
    await agree.click();
    await expect(agree).toHaveAttribute("aria-pressed", "true");
  });

  test("shows the results with the segment comparison and participation, with table alternatives", async () => {
    const page = staffPage;
    await page.getByRole("link", { name: "Tulokset" }).click();
    await expect(page.getByRole("heading", { name: "Tulokset", level: 1 })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Osallistujajoukkojen vertailu" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Väitteet, joissa joukot eroavat eniten" }),
    ).toBeVisible();
    await expect(page.locator(".conv-segments > p").first()).toHaveText(
      /Asukaspaneeli: \d+ osallistujaa · Asukkaat: \d+ osallistujaa · Henkilöstö: \d+ osallistujaa/,
    );
    // Stacked bars carry their numbers in words.
    await expect(page.locator(".conv-bar svg").first()).toHaveAttribute(
      "aria-label",
      /samaa mieltä \d+\s%, eri mieltä \d+\s%, ohittaa \d+\s%/,
    );
    await page.getByText("Näytä vertailu taulukkona luottamusväleineen").click();
    await expect(page.locator(".conv-segments table").last().locator("tbody td").nth(2)).toHaveText(
      /\d+\s% \(\d+\s%–\d+\s%\)/,
    );
    await expect(page.getByRole("heading", { name: "Osallistuminen ajan mittaan" })).toBeVisible();
    // Both scales of the participation chart are labelled, dates are Finnish, counts agree in number.
    const participation = page.locator("section", {
      has: page.locator("#conv-participation-title"),
    });
    const chart = participation.locator("svg.conv-chart");
    await expect(chart.locator("text", { hasText: "Ääniä päivässä" })).toHaveCount(1);
    await expect(chart.locator("text", { hasText: "Osallistujia yhteensä" })).toHaveCount(1);
    await expect(chart.locator("text", { hasText: /^\d{1,2}\.\d{1,2}\.$/ }).first()).toBeAttached();
    await expect(chart).toHaveAttribute("aria-label", /^(1 päivä|\d+ päivää): \d+ osallistuja/);
    await expect(chart).not.toHaveAttribute("aria-label", /(^|\D)1 (päivää|osallistujaa|ääntä)/);
    // More than three charts, each an image with a text alternative.
    await expect(page.locator("svg[role='img']").nth(3)).toBeAttached();
    await screenshot(page, "conversation-staff-results");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("opinion conversation: an analyst", () => {
  test("sees results and exports but no moderation link or actions, and is told why on the moderation page", async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await signIn(page, "analyytikko@kuulo.example");
      // The staff home has a card for the conversations, worded by what the member may do.
      const card = page.locator(".card", { has: page.getByRole("link", { name: "Keskustelut" }) });
      await expect(card).toContainText("Keskustelut ja niiden tulokset.");
      const list = (await (
        await page.request.get(`/api/orgs/${DEMO_SLUG}/conversations`)
      ).json()) as { conversations: { id: string; title: { fi: string } }[] };
      const id = list.conversations.find((c) => c.title.fi === DEMO_CONVERSATION)?.id;
      expect(id).toBeTruthy();
      await page.goto(`/${DEMO_SLUG}/staff/conversations/${id}`);
      const subnav = page.getByRole("navigation", { name: "Keskustelun sivut" });
      await expect(subnav.getByRole("link", { name: "Tulokset" })).toBeVisible();
      await expect(subnav.getByRole("link", { name: "Moderointi" })).toHaveCount(0);
      await expect(subnav.getByRole("link", { name: "Muokkaa" })).toHaveCount(0);
      await page.goto(`/${DEMO_SLUG}/staff/conversations/${id}/moderation`);
      await expect(
        page.getByText("Sinulla ei ole tässä organisaatiossa oikeutta moderoida"),
      ).toBeVisible();
      await expect(page.getByRole("button", { name: /Hyväksy|Hylkää/ })).toHaveCount(0);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

test.describe("opinion conversation: exports and import", () => {
  test("downloads the Polis CSVs and imports them back as a closed conversation", async () => {
    const page = staffPage;
    await page.getByRole("link", { name: "Yleiskuva" }).click();
    await expect(page.getByRole("heading", { name: "Viennit" })).toBeVisible();
    const files: Record<string, string> = {};
    for (const file of ["comments.csv", "votes.csv", "participants-votes.csv", "summary.csv"]) {
      const href = await page.getByRole("link", { name: `Lataa ${file}` }).getAttribute("href");
      const response = await page.request.get(href ?? "");
      expect(response.status(), file).toBe(200);
      files[file] = await response.text();
    }
    expect(files["comments.csv"]).toContain(statement);

    await page.goto(`/${DEMO_SLUG}/staff/conversations/import`);
    await expect(page.getByRole("heading", { name: "Tuo Polis-vienti", level: 1 })).toBeVisible();
    await page.getByLabel("Otsikko").fill("Tuotu testikeskustelu");
    await page.getByLabel("Vientikansion tiedostot").setInputFiles(
      Object.entries(files).map(([name, text]) => ({
        name: `export-${name}`,
        mimeType: "text/csv",
        buffer: Buffer.from(text),
      })),
    );
    await expect(page.getByText("Äänet (votes.csv): export-votes.csv")).toBeVisible();
    await page.getByRole("button", { name: "Tuo keskustelu" }).click();
    await expect(
      page.getByRole("heading", { name: "Tuotu testikeskustelu", level: 1 }),
    ).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("Päättynyt").first()).toBeVisible();

    // A closed conversation is read-only for residents.
    await page.getByRole("link", { name: "Avaa asukkaiden sivu" }).click();
    await expect(
      page.getByText("Keskustelu on päättynyt. Voit lukea väitteet ja tulokset"),
    ).toBeVisible();
    await expect(page.locator(".conv-vote")).toHaveCount(0);
    await expect(page.getByLabel("Väitteesi")).toHaveCount(0);
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    await expect(
      page.getByText("Keskustelu ei ole auki, joten ääniä ei voi muuttaa."),
    ).toBeVisible();
    await expect(page.locator(".conv-mine__buttons")).toHaveCount(0);
  });
});

test.describe("opinion conversation: staff pages on a phone", () => {
  test("list, overview, edit form, moderation and results fit 360 px and pass axe", async () => {
    const page = staffPage;
    await page.setViewportSize(phone);
    await page.goto(`/${DEMO_SLUG}/staff/conversations`);
    await page.getByRole("link", { name: DEMO_CONVERSATION }).click();
    await expect(page.getByRole("heading", { name: "Kutsulinkit" })).toBeVisible();
    const base = new URL(page.url()).pathname;
    // Each page with its heading and something that shows its data has arrived.
    for (const [path, heading, loaded] of [
      [
        `/${DEMO_SLUG}/staff/conversations`,
        "Keskustelut",
        page.getByRole("link", { name: DEMO_CONVERSATION }),
      ],
      [base, DEMO_CONVERSATION, page.getByRole("heading", { name: "Kutsulinkit" })],
      [`${base}/edit`, "Muokkaa keskustelua", page.getByLabel("Otsikko (suomi)")],
      [`${base}/moderation`, "Moderointi", page.getByLabel("Tila", { exact: true })],
      [
        `${base}/results`,
        "Tulokset",
        page.getByRole("heading", { name: "Osallistuminen ajan mittaan" }),
      ],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: heading, level: 1 }), path).toBeVisible();
      await expect(loaded, path).toBeVisible();
      await expect(page.getByRole("status").filter({ hasText: "Ladataan…" }), path).toHaveCount(0);
      expect(await seriousViolations(page), path).toEqual([]);
      expect(await scrollsHorizontally(page), path).toBe(false);
    }
    await screenshot(page, "conversation-moderation-360");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test("uploads a topic image with its text alternative, residents see it, staff remove it", async ({
    browser,
  }) => {
    const page = staffPage;
    await page.goto(`/${DEMO_SLUG}/staff/conversations`);
    await page.getByRole("link", { name: DEMO_CONVERSATION }).click();
    await expect(page.getByRole("heading", { name: "Aiheen kuva" })).toBeVisible();
    // One transparent pixel, a real PNG.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
      "base64",
    );
    await page
      .getByLabel("Kuvatiedosto")
      .setInputFiles({ name: "kuva.png", mimeType: "image/png", buffer: png });
    await page.getByLabel("Kuvan tekstivastine suomeksi").fill("Nuoria istumassa puistonpenkillä");
    await page.getByRole("button", { name: "Tallenna kuva" }).click();
    await expect(page.getByText("Kuva tallennettu.")).toBeVisible();

    const residentView = await browser.newContext({ viewport: phone });
    const visitor = await residentView.newPage();
    await visitor.goto(conversationPath);
    const image = visitor.getByRole("img", { name: "Nuoria istumassa puistonpenkillä" });
    await expect(image).toBeVisible();
    // The picture itself arrived (a broken image has no natural size).
    await expect
      .poll(() => image.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth))
      .toBe(1);
    expect(await seriousViolations(visitor)).toEqual([]);
    await residentView.close();

    await page.getByRole("button", { name: "Poista kuva" }).click();
    await expect(page.getByText("Kuva poistettu.")).toBeVisible();
  });
});

test.describe("opinion conversation: refusals", () => {
  test("says clearly when a vote is refused: closed (409), too many (429, retried with the same requestId)", async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    const requestIds: string[] = [];
    let answer: "closed" | "limited" | "pass" = "limited";
    await page.route("**/api/p/c/*/votes", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as { requestId: string };
      requestIds.push(body.requestId);
      if (answer === "pass") return route.continue();
      const status = answer === "closed" ? 409 : 429;
      const detail =
        answer === "closed"
          ? "The conversation has closed: it can be read but no longer changed."
          : "Too many votes in a short time. Wait a moment and try again.";
      return route.fulfill({
        status,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "x",
          status,
          detail,
          code: status === 409 ? "conversation.closed" : "rate_limited",
        }),
      });
    });
    await page.goto(conversationPath);
    await page.locator(".conv-vote--agree").click();
    await expect(
      page.getByRole("alert").getByText("Liian monta ääntä lyhyessä ajassa."),
    ).toBeVisible();
    answer = "pass";
    await page.getByRole("button", { name: "Yritä uudelleen" }).click();
    await expect(page.locator(".conv-progress__text")).toHaveText(/^1 \/ /);
    expect(requestIds).toHaveLength(2);
    expect(requestIds[1]).toBe(requestIds[0]);

    answer = "closed";
    await page.locator(".conv-vote--disagree").click();
    await expect(
      page.getByRole("alert").getByText("Keskustelu on päättynyt, joten ääntä ei tallennettu."),
    ).toBeVisible();
    expect(requestIds[2]).not.toBe(requestIds[0]);
  });

  test("a vote refused because the server is busy (503, Retry-After) is sent again by itself with the same requestId", async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    const requestIds: string[] = [];
    let refusals = 2;
    await page.route("**/api/p/c/*/votes", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}") as { requestId: string };
      requestIds.push(body.requestId);
      if (refusals-- <= 0) return route.continue();
      return route.fulfill({
        status: 503,
        headers: { "retry-after": "1" },
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Service Unavailable",
          status: 503,
          code: "unavailable",
          detail: "Kuulo is very busy at the moment. Try again in a moment.",
        }),
      });
    });
    await page.goto(conversationPath);
    const before = (await page.locator(".conv-progress__text").textContent()) ?? "";
    const voted = Number(before.split(" ")[0]);
    await page.locator(".conv-vote--agree").click();
    // The resident is told what is happening, politely, and nothing needs pressing.
    await expect(
      page.getByRole("status").getByText("Palvelu on juuri nyt ruuhkainen."),
    ).toBeVisible();
    await expect(page.locator(".conv-progress__text")).toHaveText(new RegExp(`^${voted + 1} / `), {
      timeout: 15_000,
    });
    await expect(page.getByRole("status").getByText("ruuhkainen")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);
    expect(requestIds).toHaveLength(3);
    expect(new Set(requestIds).size).toBe(1);
  });

  test("live updates refused by a busy server (503) are opened again after a wait, and the page refetches what it may have missed", async ({
    page,
  }) => {
    let streams = 0;
    await page.route("**/api/p/c/*/events*", (route) => {
      streams++;
      if (streams > 1) return route.continue();
      return route.fulfill({
        status: 503,
        headers: { "retry-after": "1" },
        contentType: "application/problem+json",
        body: JSON.stringify({ type: "about:blank", title: "x", status: 503, code: "unavailable" }),
      });
    });
    await page.goto(conversationPath);
    await expect(page.locator(".conv-vote--agree")).toBeVisible();
    await expect.poll(() => streams).toBe(1);
    const refetched = page.waitForRequest(
      (request) => /\/api\/p\/c\/[^/]+\/next/.test(request.url()),
      { timeout: 15_000 },
    );
    await expect.poll(() => streams, { timeout: 15_000 }).toBe(2);
    await refetched;
  });

  test("tells a near-duplicate statement apart and ties the message to the field", async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await page.route("**/api/p/c/*/statements", (route) => {
      if (route.request().method() !== "POST") return route.continue();
      return route.fulfill({
        status: 409,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Conflict",
          status: 409,
          code: "statement.near_duplicate",
          detail: "A very similar statement is already in the conversation: vote on it instead.",
        }),
      });
    });
    await page.goto(conversationPath);
    const field = page.getByLabel("Väitteesi");
    await field.fill("Nuorten pitää saada apua ilman lähetettä!");
    await page.getByRole("button", { name: "Lähetä väite" }).click();
    await expect(
      page.getByText("Hyvin samanlainen väite on jo keskustelussa. Äänestä siitä."),
    ).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAttribute("aria-describedby", /(^|\s)\S+-error(\s|$)/);
  });

  test("a broken invitation link is told to the resident, and an unknown conversation says whom to ask", async ({
    page,
  }) => {
    await page.setViewportSize(phone);
    await page.goto(`${conversationPath}?t=asukkaat.katkennut`);
    const notice = page.getByRole("status").filter({ hasText: "Kutsulinkkisi ei ole ehjä" });
    await expect(notice).toContainText("vastauksesi lasketaan ilman ryhmää");
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(conversationPath);
    await expect(page.locator(".conv-vote--agree")).toBeVisible();
    await expect(page.getByText("Kutsulinkkisi ei ole ehjä")).toHaveCount(0);
    await page.goto(`/${DEMO_SLUG}/c/eiolemassa`);
    await expect(page.getByRole("heading", { name: "Keskustelua ei löytynyt" })).toBeVisible();
    await expect(page.getByText(/pyydä uusi linkki kutsun lähettäjältä \(.+\)/)).toBeVisible();
  });

  test("staff form: a problem+json field error from the server is shown at its field", async () => {
    const page = staffPage;
    await page.goto(`/${DEMO_SLUG}/staff/conversations/new`);
    await expect(page.getByRole("heading", { name: "Uusi keskustelu", level: 1 })).toBeVisible();
    await page.getByLabel("Otsikko (suomi)").fill("Testikeskustelu");
    await page.getByRole("button", { name: "Lisää joukko" }).click();
    await page.getByLabel("Tunnus").fill("asukkaat");
    await page.getByLabel("Nimi (suomi)").fill("Asukkaat");
    await page.route("**/api/orgs/*/conversations", (route) => {
      if (route.request().method() !== "POST") return route.continue();
      return route.fulfill({
        status: 400,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Bad Request",
          status: 400,
          code: "validation.failed",
          detail: "The request is not valid.",
          errors: [{ path: "body.segments.0.key", code: "invalid_format", message: "is reserved" }],
        }),
      });
    });
    await page.getByRole("button", { name: "Luo keskustelu" }).click();
    await expect(page.getByRole("heading", { name: "Korjaa seuraavat kohdat" })).toBeVisible();
    await expect(page.locator("#cf-segment-0-key")).toHaveAttribute("aria-invalid", "true");
    // Worded from the field's code in the user's language, not the server's English message.
    await expect(page.locator("#cf-segment-0-key-error")).toContainText(
      "Tieto ei ole oikeassa muodossa.",
    );
    await expect(page.locator("#cf-segment-0-key-error")).not.toContainText("is reserved");
    await page.unroute("**/api/orgs/*/conversations");
  });
});

test.describe("opinion conversation: embedding", () => {
  test("embed mode hides the site header and footer and reports its height", async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto(`${conversationPath}?embed=1&xid=e2e-${Date.now()}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".site-header")).toHaveCount(0);
    await expect(page.locator(".site-footer")).toHaveCount(0);
    const script = await page.request.get("/embed.js");
    expect(script.status()).toBe(200);
    expect(await script.text()).toContain("kuulo:height");
  });

  test("embed.js on another site makes a titled iframe that resizes to its content", async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 800, height: 800 });
    const target = new URL(conversationPath, baseURL).href;
    const html = `<!doctype html><html lang="sv"><head><title>County</title></head><body><h1>County</h1><div data-kuulo-conversation="${target}" data-xid="host-42"></div><script src="${baseURL}/embed.js" async></script></body></html>`;
    // The county's own site: another origin (another port) on this machine.
    const host = await serveHostPage(html);
    try {
      // The server sends Cross-Origin-Resource-Policy: same-origin with every file, which stops
      // another site from loading /embed.js; until the server allows it for that file, the test
      // serves the real script without that header.
      await page.route(`${baseURL}/embed.js`, async (route) => {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        delete headers["cross-origin-resource-policy"];
        await route.fulfill({ response, headers });
      });
      await page.goto(`${host.origin}/page`);
      const iframe = page.locator("iframe");
      await expect(iframe).toHaveAttribute("title", "Kuulo-diskussion");
      await expect(iframe).toHaveAttribute("lang", "sv");
      const src = new URL((await iframe.getAttribute("src")) ?? "");
      expect(src.searchParams.get("embed")).toBe("1");
      expect(src.searchParams.get("xid")).toBe("host-42");
      const frame = page.frameLocator("iframe");
      await expect(frame.getByRole("heading", { level: 1 })).toHaveText(
        "Mentalvårdstjänster för unga i Mellersta Finland",
      );
      // The iframe's height follows the page inside it (not the default 40rem = 640 px).
      await expect(iframe).toHaveAttribute("style", /height:\s*[\d.]+px/);
      expect((await iframe.boundingBox())?.height).toBeGreaterThan(700);
      await screenshot(page, "conversation-embed");
    } finally {
      await host.close();
    }
  });
});
