import type { BrowserContext, Page } from "@playwright/test";
import { DEMO_ADMIN, DEMO_SLUG, screenshot, seriousViolations, signIn } from "./support/browser.js";
import { expect, test } from "./support/test.js";

// Staff start a kiosk for a conversation of their own; residents take part one after another
// on one "tablet" (one browser context). The tests run in order and build on each other.
test.describe.configure({ mode: "serial" });

const EVENT = `Joensuun pääkirjasto, hyvinvointipäivä ${Date.now().toString(36)}`;
const tablet = { width: 800, height: 1000 };
let staff: BrowserContext;
let staffPage: Page;
let kiosk: BrowserContext;
let kioskPage: Page;
let conversationId = "";
let publicId = "";
let kioskLink = "";

test.beforeAll(async ({ browser }) => {
  staff = await browser.newContext();
  staffPage = await staff.newPage();
  await signIn(staffPage, DEMO_ADMIN);
  const created = await staffPage.evaluate(async (slug) => {
    const me = (await (await fetch("/api/me")).json()) as { csrfToken: string };
    const response = await fetch(`/api/orgs/${slug}/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": me.csrfToken },
      body: JSON.stringify({
        title: { fi: "Kirjastojen palvelut" },
        seedStatements: [
          "Kirjastoon lisää iltaaukioloa",
          "Kirjastossa pitäisi voida lainata työkaluja",
          "Kirjastoauto kylille joka viikko",
        ],
      }),
    });
    return (await response.json()) as { id: string; publicId: string };
  }, DEMO_SLUG);
  conversationId = created.id;
  publicId = created.publicId;
  kiosk = await browser.newContext({ viewport: tablet });
  kioskPage = await kiosk.newPage();
});

test.afterAll(async () => {
  await staff?.close();
  await kiosk?.close();
});

const progress = () => kioskPage.locator(".conv-progress__text");
const startScreen = () =>
  kioskPage.getByRole("heading", { name: "Tervetuloa osallistumaan!", level: 1 });

test.describe("kiosk mode at an event", () => {
  test("staff start a kiosk on the conversation's page with the event's name", async () => {
    const page = staffPage;
    await page.goto(`/${DEMO_SLUG}/staff/conversations/${conversationId}`);
    await expect(page.getByRole("heading", { name: "Kioski tapahtumassa" })).toBeVisible();
    // The event's name is required: the error is at the field.
    await page.getByRole("button", { name: "Aloita kioski" }).click();
    await expect(page.locator("#kiosk-event")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Tapahtuman nimi").fill(EVENT);
    await page.getByRole("button", { name: "Aloita kioski" }).click();
    await expect(page.getByText("Kioski on käynnissä.")).toBeVisible();
    const open = page.getByRole("link", { name: "Avaa kioski tällä laitteella" });
    kioskLink = (await open.getAttribute("href")) ?? "";
    expect(kioskLink).toMatch(new RegExp(`/${DEMO_SLUG}/c/${publicId}/kiosk#[\\w-]{32}$`));
    await expect(page.getByRole("row", { name: new RegExp(EVENT) })).toContainText("Käynnissä");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("each person starts fresh: nothing of the previous person is visible", async () => {
    const page = kioskPage;
    // The tablet's browser has voted as a resident before: the kiosk must not use that.
    await page.goto(`/${DEMO_SLUG}/c/${publicId}`);
    await page.locator(".conv-vote--agree").click();
    await expect(progress()).toHaveText(/^1 \/ 3 /);

    await page.goto(kioskLink);
    await expect(startScreen()).toBeVisible();
    await expect(page.getByText(`Tapahtuma: ${EVENT}`)).toBeVisible();
    const tap = page.getByRole("button", { name: "Aloita napauttamalla" });
    await expect(tap).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "kiosk-start");

    // Person 1 votes twice and begins a statement.
    await tap.click();
    await expect(progress()).toHaveText(/^0 \/ 3 /);
    await page.locator(".conv-vote--agree").click();
    await expect(progress()).toHaveText(/^1 \/ 3 /);
    await page.locator(".conv-vote--disagree").click();
    await expect(progress()).toHaveText(/^2 \/ 3 /);
    await page.getByLabel("Väitteesi").fill("Ensimmäisen vastaajan keskeneräinen väite");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Valmis – seuraava vastaaja" }).click();

    // Person 2: the start screen, then a fresh first statement and no trace of person 1.
    await expect(startScreen()).toBeVisible();
    await expect(page.getByRole("button", { name: "Valmis – seuraava vastaaja" })).toHaveCount(0);
    await page.getByRole("button", { name: "Aloita napauttamalla" }).click();
    await expect(progress()).toHaveText(/^0 \/ 3 /);
    await expect(page.getByLabel("Väitteesi")).toHaveValue("");
    await page.getByRole("tab", { name: "Omat ääneni" }).click();
    await expect(page.getByRole("main").getByRole("button", { pressed: true })).toHaveCount(0);
    await page.getByRole("tab", { name: "Äänestä" }).click();
    await page.locator(".conv-vote--pass").click();
    await expect(progress()).toHaveText(/^1 \/ 3 /);
  });

  test("clears to the start screen after inactivity, with a warning and Continue first", async () => {
    const page = kioskPage;
    // 4 s of inactivity (90 s at an event), the warning 2 s before.
    await page.goto(kioskLink.replace("/kiosk#", "/kiosk?idle=4#"));
    await page.getByRole("button", { name: "Aloita napauttamalla" }).click();
    await page.locator(".conv-vote--agree").click();
    await expect(progress()).toHaveText(/^1 \/ 3 /);
    const warning = page.getByRole("alertdialog", { name: "Oletko vielä siellä?" });
    await expect(warning).toBeVisible({ timeout: 10_000 });
    await expect(warning).toContainText(/sekunnin kuluttua/);
    await expect(warning.getByRole("button", { name: "Jatka" })).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    await warning.getByRole("button", { name: "Jatka" }).click();
    await expect(warning).toHaveCount(0);
    await expect(progress()).toHaveText(/^1 \/ 3 /);
    // Nobody touches the tablet again: it clears for the next person.
    await expect(startScreen()).toBeVisible({ timeout: 10_000 });
    await page.getByRole("button", { name: "Aloita napauttamalla" }).click();
    await expect(progress()).toHaveText(/^0 \/ 3 /);
  });

  test("staff results compare the event channel with the web, with the right counts", async () => {
    const page = staffPage;
    const channels = page.locator("section", { has: page.locator("#conv-channels-title") });
    await expect(async () => {
      await page.goto(`/${DEMO_SLUG}/staff/conversations/${conversationId}/results`);
      // Three people at the kiosk voted, and one resident on the web page.
      await expect(channels.locator("p").first()).toHaveText(
        `Tapahtuma: ${EVENT}: 3 osallistujaa · Verkkosivu: 1 osallistuja`,
        { timeout: 1000 },
      );
    }).toPass({ timeout: 30_000 });
    await expect(
      page.getByRole("heading", { name: "Kanavien ja tapahtumien vertailu" }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("staff end the kiosk: the tablet can no longer take part", async () => {
    const page = staffPage;
    await page.goto(`/${DEMO_SLUG}/staff/conversations/${conversationId}`);
    const row = page.getByRole("row", { name: new RegExp(EVENT) });
    await expect(row.getByRole("cell").nth(2)).toHaveText("3");
    await row.getByRole("button", { name: `Lopeta kioski: ${EVENT}` }).click();
    await expect(page.getByText("Kioski on lopetettu")).toBeVisible();
    await expect(row).toContainText("Päättynyt");
    await kioskPage.goto(kioskLink);
    await expect(
      kioskPage.getByRole("heading", { name: "Kioskia ei voi käyttää", level: 1 }),
    ).toBeVisible();
    await expect(kioskPage.getByText("Kioskin käyttöaika on päättynyt")).toBeVisible();
  });
});
