import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activeElementId,
  baseUrl,
  DEMO_ADMIN,
  DEMO_SLUG,
  inPage,
  launch,
  newContext,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import {
  demoConversation,
  progressText,
  serveHostPage,
  tabTo,
  uniqueStatement,
  waitForProgressChange,
  waitUntil,
} from "./support/conversations.js";

let browser: Browser;
let resident: BrowserContext;
let residentPage: Page;
let staff: BrowserContext;
let staffPage: Page;
let conversationPath = "";
const statement = uniqueStatement();

beforeAll(async () => {
  browser = await launch();
  conversationPath = (await demoConversation()).path;
  resident = await newContext(browser, { width: 360, height: 740 });
  residentPage = await resident.newPage();
  staff = await newContext(browser);
  staffPage = await staff.newPage();
});

const after: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const close of after) await close();
  await browser?.close();
});

describe("opinion conversation: resident", () => {
  it("votes through statements by keyboard only on a 360 px screen, and progress changes", async () => {
    const page = residentPage;
    await page.goto(conversationPath);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.locator(".conv-vote--agree").waitFor();
    expect(await progressText(page)).toMatch(/^0 \/ 22 /);
    expect(await scrollsHorizontally(page)).toBe(false);

    await tabTo(page, ".conv-vote--agree");
    // The focused button has a visible focus ring.
    const outline = await inPage<string>(
      page,
      "getComputedStyle(document.activeElement).outlineStyle",
    );
    expect(outline).toBe("solid");

    // agree, disagree, pass, agree, agree, agree, disagree: focus stays on the button between
    // votes. Seven votes place the resident on the map (as in Polis).
    const moves: string[][] = [[], ["Tab"], ["Tab"], ["Shift+Tab", "Shift+Tab"], [], [], ["Tab"]];
    let progress = await progressText(page);
    for (const [i, keys] of moves.entries()) {
      for (const key of keys) await page.keyboard.press(key);
      const before = (await page.locator(".conv-statement").textContent()) ?? "";
      await page.keyboard.press("Enter");
      progress = await waitForProgressChange(page, progress);
      expect(progress).toMatch(new RegExp(`^${i + 1} / 22 `));
      await waitUntil(
        page,
        `document.querySelector('.conv-statement')?.textContent !== ${JSON.stringify(before)}`,
      );
    }
    // The live region announced the next statement.
    const live = await page.locator(".conv-card [aria-live]").textContent();
    expect(live).toContain("Seuraava väite:");
    expect(await scrollsHorizontally(page)).toBe(false);
    // 400 % zoom of a 1280 px window is 320 CSS px: still no sideways scrolling.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 360, height: 740 });
  });

  it("shows the opinion map with 'you are here' after a few votes", async () => {
    const page = residentPage;
    await page.getByRole("heading", { name: "Mielipidekartta" }).waitFor();
    await page.locator(".conv-map__me").waitFor({ timeout: 30_000 });
    const label = await page.locator(".conv-map__svg").getAttribute("aria-label");
    expect(label).toMatch(/Sinä olet ryhmässä [A-F]\./);
    await page.getByText(/^Kuulut ryhmään [A-F]/).waitFor();
    await screenshot(page, "conversation-vote-360");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  it("writes a statement with a live counter and is told it awaits moderation", async () => {
    const page = residentPage;
    const field = page.getByLabel("Väitteesi");
    await field.focus();
    await page.keyboard.type(statement);
    const describedBy = (await field.getAttribute("aria-describedby")) ?? "";
    const counterId = describedBy.split(" ").find((id) => id.endsWith("-counter"));
    expect(counterId).toBeTruthy();
    const counter = await page.locator(`[id="${counterId}"]`).textContent();
    expect(counter).toBe(`${statement.length} / 200 merkkiä`);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText("Kiitos! Väitteesi odottaa moderaattorin hyväksyntää.").waitFor();
  });

  it("results tab: groups in plain language, consensus, and no serious axe violations", async () => {
    const page = residentPage;
    await page.getByRole("tab", { name: "Tulokset" }).click();
    await page.getByRole("heading", { name: "Mielipideryhmät" }).waitFor();
    await page.getByRole("heading", { name: /^Ryhmä A: \d+ osallistujaa/ }).waitFor();
    await page.getByRole("heading", { name: "Mistä lähes kaikki ovat yhtä mieltä" }).waitFor();
    expect(await page.getByText("He ovat samaa mieltä:").count()).toBeGreaterThan(0);
    await screenshot(page, "conversation-results-360");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});

describe("opinion conversation: staff", () => {
  it("approves the resident's statement from the moderation queue with the keyboard shortcut", async () => {
    const page = staffPage;
    await signIn(page, DEMO_ADMIN);
    await page.getByRole("link", { name: "Keskustelut" }).click();
    await page.getByRole("heading", { name: "Keskustelut", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Nuorten mielenterveyspalvelut Keski-Suomessa" }).click();
    await page.getByRole("heading", { name: "Kutsulinkit" }).waitFor();
    const snippet = await page.locator(".conv-snippet").textContent();
    expect(snippet).toContain(`data-kuulo-conversation="`);
    expect(snippet).toContain("/embed.js");

    await page.getByRole("link", { name: "Moderointi" }).click();
    await page.getByRole("heading", { name: "Moderointi", level: 1 }).waitFor();
    const box = page.getByRole("checkbox", { name: statement });
    await box.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await box.focus();
    await page.keyboard.press("a");
    await page.getByText("Väite hyväksytty.").first().waitFor();
    await page.getByRole("checkbox", { name: statement }).waitFor({ state: "detached" });
    await screenshot(page, "conversation-moderation");
  });

  it("rejects a flagged statement with a reason (shortcut r), and the rejected filter shows it", async () => {
    const page = staffPage;
    const { publicId } = await demoConversation();
    const text = `${uniqueStatement()} Soita 040 1234567`;
    const response = await fetch(`${baseUrl}/api/p/c/${publicId}/statements`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    expect(response.status).toBe(201);
    await page.reload();
    await page.getByRole("heading", { name: "Moderointi", level: 1 }).waitFor();
    const box = page.getByRole("checkbox", { name: text });
    await box.waitFor();
    const describedBy = (await box.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(
      "Merkintä: puhelinnumero",
    );
    await box.focus();
    const ownId = await box.getAttribute("id");
    // j moves to the next statement (or stays on the last), k back.
    await page.keyboard.press("j");
    if ((await activeElementId(page)) !== ownId) await page.keyboard.press("k");
    expect(await activeElementId(page)).toBe(ownId);
    await page.keyboard.press("r");
    await page.getByRole("dialog", { name: "Hylkää väite" }).waitFor();
    // Shortcuts are off while typing: "a" goes into the field.
    await page.getByLabel("Hylkäyksen syy").fill("Sisältää puhelinnumeron");
    await page.getByRole("dialog").getByRole("button", { name: "Hylkää" }).click();
    await page.getByText("Väite hylätty.").first().waitFor();
    await page.getByLabel("Tila", { exact: true }).selectOption("rejected");
    await page.getByRole("checkbox", { name: text }).waitFor();
    await page.getByText("Hylkäyksen syy: Sisältää puhelinnumeron").waitFor();
    await page.getByLabel("Tila", { exact: true }).selectOption("pending");
  });

  it("the approved statement becomes votable for residents", async () => {
    const page = residentPage;
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    const group = page.getByRole("group", { name: statement });
    await group.waitFor({ timeout: 15_000 });
    const agree = group.getByRole("button", { name: "Samaa mieltä" });
    await agree.click();
    await waitUntil(
      page,
      `[...document.querySelectorAll('.conv-mine__item')].some((li) => li.textContent.includes(${JSON.stringify(statement)}) && li.querySelector('button[aria-pressed="true"]'))`,
    );
    expect(await agree.getAttribute("aria-pressed")).toBe("true");
  });

  it("shows the results with the segment comparison and participation, with table alternatives", async () => {
    const page = staffPage;
    await page.getByRole("link", { name: "Tulokset" }).click();
    await page.getByRole("heading", { name: "Tulokset", level: 1 }).waitFor();
    await page.getByRole("heading", { name: "Osallistujajoukkojen vertailu" }).waitFor();
    await page.getByRole("heading", { name: "Väitteet, joissa joukot eroavat eniten" }).waitFor();
    const summary = await page.locator(".conv-segments > p").first().textContent();
    expect(summary).toMatch(
      /Asukaspaneeli: \d+ osallistujaa · Asukkaat: \d+ osallistujaa · Henkilöstö: \d+ osallistujaa/,
    );
    // Stacked bars carry their numbers in words.
    const bar = await page.locator(".conv-bar svg").first().getAttribute("aria-label");
    expect(bar).toMatch(/samaa mieltä \d+\s%, eri mieltä \d+\s%, ohittaa \d+\s%/);
    await page.getByText("Näytä vertailu taulukkona luottamusväleineen").click();
    const cell = await page
      .locator(".conv-segments table")
      .last()
      .locator("tbody td")
      .nth(2)
      .textContent();
    expect(cell).toMatch(/\d+\s% \(\d+\s%–\d+\s%\)/);
    await page.getByRole("heading", { name: "Osallistuminen ajan mittaan" }).waitFor();
    expect(await page.locator("svg[role='img']").count()).toBeGreaterThan(3);
    await screenshot(page, "conversation-staff-results");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("opinion conversation: exports and import", () => {
  it("downloads the Polis CSVs and imports them back as a closed conversation", async () => {
    const page = staffPage;
    await page.getByRole("link", { name: "Yleiskuva" }).click();
    await page.getByRole("heading", { name: "Viennit" }).waitFor();
    const files: Record<string, string> = {};
    for (const file of ["comments.csv", "votes.csv", "participants-votes.csv", "summary.csv"]) {
      const href = await page.getByRole("link", { name: `Lataa ${file}` }).getAttribute("href");
      const response = await page.request.get(href ?? "");
      expect(response.status(), file).toBe(200);
      files[file] = await response.text();
    }
    expect(files["comments.csv"]).toContain(statement);

    await page.goto(`/${DEMO_SLUG}/staff/conversations/import`);
    await page.getByRole("heading", { name: "Tuo Polis-vienti", level: 1 }).waitFor();
    await page.getByLabel("Otsikko").fill("Tuotu testikeskustelu");
    await page.getByLabel("Vientikansion tiedostot").setInputFiles(
      Object.entries(files).map(([name, text]) => ({
        name: `export-${name}`,
        mimeType: "text/csv",
        buffer: Buffer.from(text),
      })),
    );
    await page.getByText("Äänet (votes.csv): export-votes.csv").waitFor();
    await page.getByRole("button", { name: "Tuo keskustelu" }).click();
    await page
      .getByRole("heading", { name: "Tuotu testikeskustelu", level: 1 })
      .waitFor({ timeout: 30_000 });
    await page.getByText("Päättynyt").first().waitFor();

    // A closed conversation is read-only for residents.
    await page.getByRole("link", { name: "Avaa asukkaiden sivu" }).click();
    await page.getByText("Keskustelu on päättynyt. Voit lukea väitteet ja tulokset").waitFor();
    expect(await page.locator(".conv-vote").count()).toBe(0);
    expect(await page.getByLabel("Väitteesi").count()).toBe(0);
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    await page.getByText("Keskustelu ei ole auki, joten ääniä ei voi muuttaa.").waitFor();
    expect(await page.locator(".conv-mine__buttons").count()).toBe(0);
  });
});

describe("opinion conversation: staff pages on a phone", () => {
  it("list, overview, edit form, moderation and results fit 360 px and pass axe", async () => {
    const page = staffPage;
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`/${DEMO_SLUG}/staff/conversations`);
    await page.getByRole("link", { name: "Nuorten mielenterveyspalvelut Keski-Suomessa" }).click();
    await page.getByRole("heading", { name: "Kutsulinkit" }).waitFor();
    const base = new URL(page.url()).pathname;
    for (const [path, heading] of [
      [`/${DEMO_SLUG}/staff/conversations`, "Keskustelut"],
      [base, "Nuorten mielenterveyspalvelut Keski-Suomessa"],
      [`${base}/edit`, "Muokkaa keskustelua"],
      [`${base}/moderation`, "Moderointi"],
      [`${base}/results`, "Tulokset"],
    ] as const) {
      await page.goto(path);
      await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
      await page.waitForTimeout(300);
      expect(await seriousViolations(page), path).toEqual([]);
      expect(await scrollsHorizontally(page), path).toBe(false);
    }
    await screenshot(page, "conversation-moderation-360");
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("uploads a topic image with its text alternative, residents see it, staff remove it", async () => {
    const page = staffPage;
    await page.goto(`/${DEMO_SLUG}/staff/conversations`);
    await page.getByRole("link", { name: "Nuorten mielenterveyspalvelut Keski-Suomessa" }).click();
    await page.getByRole("heading", { name: "Aiheen kuva" }).waitFor();
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
    await page.getByText("Kuva tallennettu.").waitFor();

    const residentView = await newContext(browser, { width: 360, height: 740 });
    const visitor = await residentView.newPage();
    await visitor.goto(conversationPath);
    const image = visitor.getByRole("img", { name: "Nuoria istumassa puistonpenkillä" });
    await image.waitFor();
    expect(
      await image.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth),
    ).toBe(1);
    expect(await seriousViolations(visitor)).toEqual([]);
    await residentView.close();

    await page.getByRole("button", { name: "Poista kuva" }).click();
    await page.getByText("Kuva poistettu.").waitFor();
  });
});

describe("opinion conversation: refusals", () => {
  it("says clearly when a vote is refused: closed (409), too many (429, retried with the same requestId)", async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
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
    await page.getByRole("alert").getByText("Liian monta ääntä lyhyessä ajassa.").waitFor();
    answer = "pass";
    await page.getByRole("button", { name: "Yritä uudelleen" }).click();
    await waitUntil(
      page,
      `document.querySelector('.conv-progress__text')?.textContent.startsWith('1 / ')`,
    );
    expect(requestIds).toHaveLength(2);
    expect(requestIds[1]).toBe(requestIds[0]);

    answer = "closed";
    await page.locator(".conv-vote--disagree").click();
    await page
      .getByRole("alert")
      .getByText("Keskustelu on päättynyt, joten ääntä ei tallennettu.")
      .waitFor();
    expect(requestIds[2]).not.toBe(requestIds[0]);
    await context.close();
  });

  it("tells a near-duplicate statement apart and ties the message to the field", async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
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
    await page.getByText("Hyvin samanlainen väite on jo keskustelussa. Äänestä siitä.").waitFor();
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const errorId = ((await field.getAttribute("aria-describedby")) ?? "")
      .split(" ")
      .find((id) => id.endsWith("-error"));
    expect(errorId).toBeTruthy();
    await context.close();
  });

  it("staff form: a problem+json field error from the server is shown at its field", async () => {
    const page = staffPage;
    await page.goto(`/${DEMO_SLUG}/staff/conversations/new`);
    await page.getByRole("heading", { name: "Uusi keskustelu", level: 1 }).waitFor();
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
          errors: [{ path: "body.segments.0.key", message: "is reserved" }],
        }),
      });
    });
    await page.getByRole("button", { name: "Luo keskustelu" }).click();
    await page.getByRole("heading", { name: "Korjaa seuraavat kohdat" }).waitFor();
    const key = page.locator("#cf-segment-0-key");
    expect(await key.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#cf-segment-0-key-error").textContent()).toContain("is reserved");
    await page.unroute("**/api/orgs/*/conversations");
  });
});

describe("opinion conversation: embedding", () => {
  it("embed mode hides the site header and footer and reports its height", async () => {
    const context = await newContext(browser, { width: 600 });
    const page = await context.newPage();
    await page.goto(`${conversationPath}?embed=1&xid=e2e-${Date.now()}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator(".site-header").count()).toBe(0);
    expect(await page.locator(".site-footer").count()).toBe(0);
    const script = await page.request.get("/embed.js");
    expect(script.status()).toBe(200);
    expect(await script.text()).toContain("kuulo:height");
    await context.close();
  });

  it("embed.js on another site makes a titled iframe that resizes to its content", async () => {
    const context = await newContext(browser, { width: 800 });
    const page = await context.newPage();
    const target = new URL(conversationPath, baseUrl).href;
    const html = `<!doctype html><html lang="sv"><head><title>County</title></head><body><h1>County</h1><div data-kuulo-conversation="${target}" data-xid="host-42"></div><script src="${baseUrl}/embed.js" async></script></body></html>`;
    // The county's own site: another origin (another port) on this machine.
    const { origin: host, close } = await serveHostPage(html);
    after.push(close);
    // The server sends Cross-Origin-Resource-Policy: same-origin with every file, which stops
    // another site from loading /embed.js; until the server allows it for that file, the test
    // serves the real script without that header.
    await page.route(`${baseUrl}/embed.js`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers["cross-origin-resource-policy"];
      await route.fulfill({ response, headers });
    });
    await page.goto(`${host}/page`);
    const iframe = page.locator("iframe");
    await iframe.waitFor();
    expect(await iframe.getAttribute("title")).toBe("Kuulo-diskussion");
    expect(await iframe.getAttribute("lang")).toBe("sv");
    const src = new URL((await iframe.getAttribute("src")) ?? "");
    expect(src.searchParams.get("embed")).toBe("1");
    expect(src.searchParams.get("xid")).toBe("host-42");
    const frame = page.frameLocator("iframe");
    await frame.getByRole("heading", { level: 1 }).waitFor();
    expect(await frame.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Mentalvårdstjänster för unga i Mellersta Finland",
    );
    // The iframe's height follows the page inside it (not the default 40rem = 640 px).
    await waitUntil(page, `document.querySelector('iframe').style.height.endsWith('px')`);
    const height = await inPage<number>(
      page,
      "document.querySelector('iframe').getBoundingClientRect().height",
    );
    expect(height).toBeGreaterThan(700);
    await screenshot(page, "conversation-embed");
    await context.close();
  });
});
