import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  baseUrl,
  DEMO_ADMIN,
  DEMO_SLUG,
  launch,
  newContext,
  outboxIds,
  screenshot,
  seriousViolations,
  waitForSignInLink,
} from "./support/browser.js";

let browser: Browser;
/** The link the first test signs in with; later tests open it again. */
let usedLink = "";

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("staff sign-in", () => {
  it("staff asks for a link, opens it from the outbox and lands in the staff area", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seen = await outboxIds();

    await page.goto(`/${DEMO_SLUG}/sign-in`);
    await page.getByLabel("Sähköpostiosoite").fill(DEMO_ADMIN);
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await page.getByRole("heading", { name: "Tarkista sähköpostisi" }).waitFor();

    usedLink = await waitForSignInLink(DEMO_ADMIN, seen);
    expect(usedLink).toMatch(/^\/sign-in\/verify\?token=/);
    await page.goto(usedLink);
    await page.waitForURL(`${baseUrl}/${DEMO_SLUG}/staff`);
    await page.getByRole("heading", { level: 1, name: "Henkilöstön etusivu" }).waitFor();
    await page.getByRole("button", { name: "Kirjaudu ulos" }).waitFor();
    await screenshot(page, "staff-home");

    // The admin pages load with real data.
    await page.getByRole("link", { name: "Käyttäjät ja roolit" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Käyttäjät ja roolit" }).waitFor();
    await page.getByRole("cell", { name: DEMO_ADMIN }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Asetukset" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Organisaation asetukset" }).waitFor();
    expect(await page.getByLabel("Nimi suomeksi").inputValue()).not.toBe("");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Tapahtumaloki" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Tapahtumaloki" }).waitFor();
    await page.locator("table, .empty-state").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "audit");

    // Sign out: the staff area asks to sign in again.
    await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await page.waitForURL(`${baseUrl}/${DEMO_SLUG}`);
    await page.goto(`/${DEMO_SLUG}/staff`);
    await page.waitForURL(/\/keski-suomi-demo\/sign-in\?returnTo=/);
    await context.close();
  });

  it("a link that was already used shows a page that offers a new link", async () => {
    expect(usedLink).not.toBe("");
    const context = await newContext(browser);
    const page = await context.newPage();

    // Open it the way a developer does: from the outbox page.
    await page.goto("/dev/outbox");
    await page.getByRole("heading", { level: 1, name: "Kehityksen postilaatikko" }).waitFor();
    const link = page.locator(`a[href="${usedLink}"]`).first();
    await link.click();

    await page
      .getByRole("heading", { level: 1, name: "Kirjautumislinkki on jo käytetty" })
      .waitFor();
    await screenshot(page, "link-used");
    expect(await seriousViolations(page)).toEqual([]);

    const seen = await outboxIds();
    await page.getByLabel("Sähköpostiosoite").fill(DEMO_ADMIN);
    await page.getByRole("button", { name: "Lähetä uusi linkki" }).click();
    await page.getByRole("heading", { name: "Tarkista sähköpostisi" }).waitFor();
    const fresh = await waitForSignInLink(DEMO_ADMIN, seen);
    expect(fresh).not.toBe(usedLink);
    await context.close();
  });

  it("an expired link shows the same kind of page (server answer 410 auth.link_expired)", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // Links live 15 minutes; rather than wait, answer the sign-in request the way the API
    // does for an expired link (docs/API.md) and check what the user sees.
    await page.route("**/api/auth/sign-in", (route) =>
      route.fulfill({
        status: 410,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Gone",
          status: 410,
          code: "auth.link_expired",
          detail: "The sign-in link has expired.",
        }),
      }),
    );
    await page.goto("/sign-in/verify?token=expired-token-for-test");
    await page
      .getByRole("heading", { level: 1, name: "Kirjautumislinkki on vanhentunut" })
      .waitFor();
    await page.getByRole("button", { name: "Lähetä uusi linkki" }).waitFor();
    await context.close();
  });

  it("a made-up token is refused as invalid, with the same offer", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/sign-in/verify?token=this-is-not-a-real-token");
    await page.getByRole("heading", { level: 1, name: "Kirjautumislinkki ei kelpaa" }).waitFor();
    await page.getByLabel("Sähköpostiosoite").waitFor();
    await context.close();
  });

  it("offers the organization's OpenID Connect sign-in when it is on, and explains its failures", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // The demo county has OIDC off; answer as the API does for an organization that has it on.
    await page.route(`**/api/orgs/${DEMO_SLUG}`, async (route) => {
      const response = await route.fetch();
      const org = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...org, oidcEnabled: true } });
    });
    await page.goto(`/${DEMO_SLUG}/sign-in?returnTo=/${DEMO_SLUG}/staff/audit`);
    const button = page.getByRole("link", { name: "Kirjaudu organisaation tunnuksilla" });
    await button.waitFor();
    expect(await button.getAttribute("href")).toBe(
      `/api/auth/oidc/${DEMO_SLUG}/start?returnTo=${encodeURIComponent(`/${DEMO_SLUG}/staff/audit`)}`,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Where the server sends a failed sign-in: a page that says what happened.
    await page.goto("/sign-in/error?code=auth.forbidden");
    await page.getByRole("heading", { level: 1, name: "Kirjautuminen ei onnistunut" }).waitFor();
    await page.getByText("Tunnuksellasi ei ole käyttöoikeutta").waitFor();
    await page.getByText("auth.forbidden").waitFor();
    await page.goto("/sign-in/error?code=something.else");
    await page
      .getByText("Kirjautuminen organisaation tunnistuspalvelun kautta epäonnistui.")
      .waitFor();
    await context.close();
  });
});
