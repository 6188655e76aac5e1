import {
  DEMO_ADMIN,
  DEMO_SLUG,
  outboxIds,
  screenshot,
  seriousViolations,
  waitForSignInLink,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

/** The link the first test signs in with; the next test opens it again. */
let usedLink = "";

test.describe("staff sign-in", () => {
  test.describe.configure({ mode: "serial" });

  test("staff asks for a link, opens it from the outbox and lands in the staff area", async ({
    page,
    baseURL,
  }) => {
    const seen = await outboxIds(page.request);

    await page.goto(`/${DEMO_SLUG}/sign-in`);
    await page.getByLabel("Sähköpostiosoite").fill(DEMO_ADMIN);
    await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
    await expect(page.getByRole("heading", { name: "Tarkista sähköpostisi" })).toBeVisible();

    usedLink = await waitForSignInLink(page.request, DEMO_ADMIN, seen);
    expect(usedLink).toMatch(/^\/sign-in\/verify\?token=/);
    await page.goto(usedLink);
    await expect(page).toHaveURL(`${baseURL}/${DEMO_SLUG}/staff`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Henkilöstön etusivu" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Kirjaudu ulos" })).toBeVisible();
    await screenshot(page, "staff-home");

    // The admin pages load with real data.
    await page.getByRole("link", { name: "Käyttäjät ja roolit" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Käyttäjät ja roolit" }),
    ).toBeVisible();
    await expect(page.getByRole("cell", { name: DEMO_ADMIN })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Asetukset" }).first().click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Organisaation asetukset" }),
    ).toBeVisible();
    await expect(page.getByLabel("Nimi suomeksi")).not.toHaveValue("");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Tapahtumaloki" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Tapahtumaloki" })).toBeVisible();
    await expect(page.locator("table, .empty-state").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, "audit");

    // Sign out: the staff area asks to sign in again.
    await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
    await expect(page).toHaveURL(`${baseURL}/${DEMO_SLUG}`);
    await page.goto(`/${DEMO_SLUG}/staff`);
    await expect(page).toHaveURL(/\/keski-suomi-demo\/sign-in\?returnTo=/);
  });

  test("a link that was already used shows a page that offers a new link", async ({ page }) => {
    expect(usedLink).not.toBe("");

    // Open it the way a developer does: from the outbox page.
    await page.goto("/dev/outbox");
    await expect(
      page.getByRole("heading", { level: 1, name: "Kehityksen postilaatikko" }),
    ).toBeVisible();
    await page.locator(`a[href="${usedLink}"]`).first().click();

    await expect(
      page.getByRole("heading", { level: 1, name: "Kirjautumislinkki on jo käytetty" }),
    ).toBeVisible();
    await screenshot(page, "link-used");
    expect(await seriousViolations(page)).toEqual([]);

    const seen = await outboxIds(page.request);
    await page.getByLabel("Sähköpostiosoite").fill(DEMO_ADMIN);
    await page.getByRole("button", { name: "Lähetä uusi linkki" }).click();
    await expect(page.getByRole("heading", { name: "Tarkista sähköpostisi" })).toBeVisible();
    const fresh = await waitForSignInLink(page.request, DEMO_ADMIN, seen);
    expect(fresh).not.toBe(usedLink);
  });

  test("an expired link shows the same kind of page (server answer 410 auth.link_expired)", async ({
    page,
  }) => {
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
    await expect(
      page.getByRole("heading", { level: 1, name: "Kirjautumislinkki on vanhentunut" }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Lähetä uusi linkki" })).toBeVisible();
  });

  test("a made-up token is refused as invalid, with the same offer", async ({ page }) => {
    await page.goto("/sign-in/verify?token=this-is-not-a-real-token");
    await expect(
      page.getByRole("heading", { level: 1, name: "Kirjautumislinkki ei kelpaa" }),
    ).toBeVisible();
    await expect(page.getByLabel("Sähköpostiosoite")).toBeVisible();
  });

  test("offers the organization's OpenID Connect sign-in when it is on, and explains its failures", async ({
    page,
  }) => {
    // The demo county has OIDC off; answer as the API does for an organization that has it on.
    await page.route(`**/api/orgs/${DEMO_SLUG}`, async (route) => {
      const response = await route.fetch();
      const org = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...org, oidcEnabled: true } });
    });
    await page.goto(`/${DEMO_SLUG}/sign-in?returnTo=/${DEMO_SLUG}/staff/audit`);
    const button = page.getByRole("link", { name: "Kirjaudu organisaation tunnuksilla" });
    await expect(button).toHaveAttribute(
      "href",
      `/api/auth/oidc/${DEMO_SLUG}/start?returnTo=${encodeURIComponent(`/${DEMO_SLUG}/staff/audit`)}`,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // Where the server sends a failed sign-in: a page that says what happened.
    await page.goto("/sign-in/error?code=auth.forbidden");
    await expect(
      page.getByRole("heading", { level: 1, name: "Kirjautuminen ei onnistunut" }),
    ).toBeVisible();
    await expect(page.getByText("Tunnuksellasi ei ole käyttöoikeutta")).toBeVisible();
    await expect(page.getByText("auth.forbidden")).toBeVisible();
    await page.goto("/sign-in/error?code=something.else");
    await expect(
      page.getByText("Kirjautuminen organisaation tunnistuspalvelun kautta epäonnistui."),
    ).toBeVisible();
  });
});
