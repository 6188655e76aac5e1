import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activeElementId,
  baseUrl,
  DEMO_ADMIN,
  DEMO_SLUG,
  htmlLang,
  inPage,
  launch,
  newContext,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
  page = await context.newPage();
  await signIn(page, DEMO_ADMIN);
});

afterAll(async () => {
  await browser?.close();
});

const staff = `/${DEMO_SLUG}/staff`;

describe("staff pages", () => {
  it("settings: a light theme colour gets black header text; errors are tied to fields", async () => {
    await page.goto(`${staff}/settings`);
    const color = page.getByLabel("Teemaväri", { exact: true });
    const original = await color.inputValue();

    // Client-side check: an empty Swedish name.
    const svName = page.getByLabel("Nimi ruotsiksi");
    const svOriginal = await svName.inputValue();
    await svName.fill("");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await page.getByRole("heading", { name: "Korjaa seuraavat kohdat" }).waitFor();
    expect(await inPage(page, "document.activeElement.className")).toBe("error-summary");
    expect(await svName.getAttribute("aria-invalid")).toBe("true");
    expect(await svName.getAttribute("aria-describedby")).toContain("settings-name-sv-error");
    await svName.fill(svOriginal);

    // A light colour: the header text turns black (contrast), and the change is saved.
    await color.fill("#ffd700");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await page.getByText("Asetukset tallennettu.").waitFor();
    await page.goto(`/${DEMO_SLUG}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const h1 = await page.getByRole("heading", { level: 1 }).textContent();
    expect(h1).toBe("Keski-Suomen hyvinvointialue (demo)");
    // The header settles on the saved theme (allow a moment for the organization to load).
    const readHeader = () =>
      inPage<{ bg: string; fg: string }>(
        page,
        "(() => { const h = getComputedStyle(document.querySelector('.site-header')); const b = getComputedStyle(document.querySelector('.brand')); return { bg: h.backgroundColor, fg: b.color }; })()",
      );
    let header = await readHeader();
    for (let i = 0; i < 25 && header.bg !== "rgb(255, 215, 0)"; i++) {
      await page.waitForTimeout(200);
      header = await readHeader();
    }
    expect(header).toEqual({ bg: "rgb(255, 215, 0)", fg: "rgb(0, 0, 0)" });
    expect(await seriousViolations(page)).toEqual([]);

    // Put the colour back.
    await page.goto(`${staff}/settings`);
    await page.getByLabel("Teemaväri", { exact: true }).fill(original);
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await page.getByText("Asetukset tallennettu.").waitFor();
  });

  it("settings: a problem+json answer is shown next to the field it names", async () => {
    await page.goto(`${staff}/settings`);
    await page.getByLabel("Teemaväri", { exact: true }).waitFor();
    await page.route("**/api/orgs/*/settings", (route) => {
      if (route.request().method() !== "PATCH") return route.continue();
      return route.fulfill({
        status: 400,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "https://kuulo.fi/problems/validation.failed",
          title: "The request is not valid",
          status: 400,
          code: "validation.failed",
          detail: "body.themeColor: must be a colour such as #005eb8",
          errors: [{ path: "body.themeColor", message: "must be a colour such as #005eb8" }],
        }),
      });
    });
    await page.getByLabel("Teemaväri", { exact: true }).fill("#123456");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await page.locator("#settings-theme-color-error").waitFor();
    expect(await page.locator("#settings-theme-color-error").textContent()).toContain(
      "must be a colour such as #005eb8",
    );
    expect(await page.getByLabel("Teemaväri", { exact: true }).getAttribute("aria-invalid")).toBe(
      "true",
    );
    await page.unroute("**/api/orgs/*/settings");
  });

  it("users: add a member, change their roles, and remove them after confirming", async () => {
    const email = `e2e-${Date.now()}@kuulo.example`;
    await page.goto(`${staff}/users`);
    await page.getByRole("cell", { name: DEMO_ADMIN }).waitFor();

    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Nimi (pakollinen)").fill("Testi Henkilö");
    await page.getByRole("checkbox", { name: "Moderaattori" }).check();
    await page.getByRole("button", { name: "Lisää käyttäjä" }).click();
    const row = page.getByRole("row").filter({ hasText: email });
    await row.waitFor();
    expect(await row.textContent()).toContain("Moderaattori");

    // Adding the same address again is a conflict, shown at the email field.
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Nimi (pakollinen)").fill("Testi Henkilö");
    await page.getByRole("button", { name: "Lisää käyttäjä" }).click();
    await page.locator("#add-email-error").waitFor();
    expect(await page.locator("#add-email-error").textContent()).toContain("kuuluu jo");

    // Change roles in a dialog.
    await row.getByRole("button", { name: /Muuta rooleja/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("checkbox", { name: "Moderaattori" }).uncheck();
    await dialog.getByRole("checkbox", { name: "Analyytikko" }).check();
    await dialog.getByRole("button", { name: "Tallenna roolit" }).click();
    await dialog.waitFor({ state: "detached" });
    // (Locators, not waitForFunction: a string predicate needs eval, which the CSP refuses.)
    await row.filter({ hasText: "Analyytikko" }).waitFor();
    expect(await row.textContent()).not.toContain("Moderaattori");

    // Remove: cancel first, then confirm.
    await row.getByRole("button", { name: /Poista/ }).click();
    const confirm = page.getByRole("alertdialog");
    await confirm.waitFor();
    await screenshot(page, "remove-dialog");
    await confirm.getByRole("button", { name: "Peruuta" }).click();
    await confirm.waitFor({ state: "detached" });
    expect(await row.count()).toBe(1);
    await row.getByRole("button", { name: /Poista/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Poista käyttäjä" }).click();
    await row.waitFor({ state: "detached" });
    await page.getByText(/Testi Henkilö poistettu/).waitFor();
  });

  it("audit: the log shows the changes above and filters by action", async () => {
    await page.goto(`${staff}/audit`);
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("table").textContent()).toContain("staff.added");

    await page.getByLabel("Tapahtuma", { exact: true }).fill("staff.removed");
    await page.getByRole("button", { name: "Suodata" }).click();
    await page.waitForURL(/action=staff\.removed/);
    await page.getByRole("caption").filter({ hasText: "staff.removed" }).waitFor();
    const actions = await page.locator("tbody td:nth-child(3)").allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["staff.removed"]));
    await screenshot(page, "audit-filtered");
  });

  it("audit: pages to older events and back to the newest", async () => {
    await page.goto(`${staff}/audit?limit=3`);
    await page.getByRole("table").waitFor();
    const firstTimes = await page.locator("tbody th").allTextContents();
    const firstActions = await page.locator("tbody td:nth-child(3)").allTextContents();
    expect(firstActions).toHaveLength(3);
    await page.getByRole("button", { name: "Vanhemmat" }).click();
    await page.waitForURL(/before=\d+/);
    await page.getByRole("button", { name: "Uusimmat" }).waitFor();
    await page.locator("tbody tr").first().waitFor();
    const olderIds = await page.locator("tbody tr").count();
    expect(olderIds).toBeGreaterThan(0);
    expect(olderIds).toBeLessThanOrEqual(3);
    const url = new URL(page.url());
    expect(url.searchParams.get("limit")).toBe("3");
    await page.getByRole("button", { name: "Uusimmat" }).click();
    await page.waitForURL((u) => !u.searchParams.has("before"));
    await page.locator("tbody tr").nth(2).waitFor();
    expect(await page.locator("tbody th").allTextContents()).toEqual(firstTimes);
  });

  it("the staff area follows the language switcher, and the 404 page is in that language", async () => {
    await page.goto(staff);
    await page.getByRole("heading", { level: 1, name: "Henkilöstön etusivu" }).waitFor();
    await page.getByRole("button", { name: "Svenska" }).click();
    await page.getByRole("heading", { level: 1, name: "Personalens startsida" }).waitFor();
    expect(await htmlLang(page)).toBe("sv");
    await page.getByRole("button", { name: "Logga ut" }).waitFor();
    await page.goto(`${staff}/nonexistent`);
    await page.getByRole("heading", { level: 1, name: "Sidan hittades inte" }).waitFor();
    await page.getByRole("button", { name: "Suomi" }).click();
    await page.getByRole("heading", { level: 1, name: "Sivua ei löytynyt" }).waitFor();
  });

  it("sends the CSRF token: a write without it is refused by the server", async () => {
    // The app's writes above succeeded; the same write without the header must not.
    const cookies = await context.cookies(baseUrl);
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const response = await fetch(`${baseUrl}/api/orgs/${DEMO_SLUG}/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ defaultLanguage: "fi" }),
    });
    expect(response.status).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe("csrf.failed");
    expect(await activeElementId(page)).toBeTypeOf("string");
  });

  it("the staff pages fit a 360 px phone and pass axe", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      staff,
      `${staff}/settings`,
      `${staff}/users`,
      `${staff}/audit`,
      "/dev/outbox",
    ]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.locator("table, form, .mail, .cards").first().waitFor();
      expect(await scrollsHorizontally(page), path).toBe(false);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("a member who is not an admin sees the staff home but not the admin pages", async () => {
    const other = await newContext(browser);
    const moderator = await other.newPage();
    await signIn(moderator, "moderaattori@kuulo.example");
    await moderator.getByRole("heading", { level: 1, name: "Henkilöstön etusivu" }).waitFor();
    await moderator.getByText("Roolisi: Moderaattori").waitFor();
    const staffNav = moderator.getByRole("navigation", { name: "Henkilöstön valikko" });
    expect(await staffNav.getByRole("link", { name: "Asetukset" }).count()).toBe(0);
    await moderator.goto(`${staff}/settings`);
    await moderator.getByRole("heading", { level: 1, name: "Vain ylläpitäjille" }).waitFor();
    await other.close();
  });
});
