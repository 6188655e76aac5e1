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
import { expect, test } from "./support/test.js";

// The tests share one signed-in admin page and build on each other's changes.
test.describe.configure({ mode: "serial" });

let context: BrowserContext;
let page: Page;

test.beforeAll(async ({ browser }) => {
  context = await browser.newContext();
  page = await context.newPage();
  await signIn(page, DEMO_ADMIN);
});

test.afterAll(async () => {
  await context?.close();
});

const staff = `/${DEMO_SLUG}/staff`;

test.describe("staff pages", () => {
  test("settings: a light theme colour gets black header text; errors are tied to fields", async () => {
    await page.goto(`${staff}/settings`);
    const color = page.getByLabel("Teemaväri", { exact: true });
    const original = await color.inputValue();

    // Client-side check: an empty Swedish name.
    const svName = page.getByLabel("Nimi ruotsiksi");
    const svOriginal = await svName.inputValue();
    await svName.fill("");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(page.getByRole("heading", { name: "Korjaa seuraavat kohdat" })).toBeVisible();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toHaveClass("error-summary");
    // Each message names its field (not only "Täytä tämä kenttä.").
    await expect(summary.locator("a").first()).toHaveText(/^Nimi ruotsiksi( \(pakollinen\))?: \S/);
    await expect(svName).toHaveAttribute("aria-invalid", "true");
    await expect(svName).toHaveAttribute("aria-describedby", /settings-name-sv-error/);
    await svName.fill(svOriginal);

    // A light colour: the header text turns black (contrast), and the change is saved.
    await color.fill("#ffd700");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();
    await page.goto(`/${DEMO_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Keski-Suomen hyvinvointialue (demo)",
    );
    // The header settles on the saved theme once the organization has loaded.
    await expect(page.locator(".site-header")).toHaveCSS("background-color", "rgb(255, 215, 0)");
    await expect(page.locator(".brand").first()).toHaveCSS("color", "rgb(0, 0, 0)");
    expect(await seriousViolations(page)).toEqual([]);

    // Put the colour back.
    await page.goto(`${staff}/settings`);
    await page.getByLabel("Teemaväri", { exact: true }).fill(original);
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();
  });

  test("settings: a problem+json answer is shown next to the field it names", async () => {
    await page.goto(`${staff}/settings`);
    const color = page.getByLabel("Teemaväri", { exact: true });
    await expect(color).toBeVisible();
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
          errors: [
            {
              path: "body.themeColor",
              code: "invalid_format",
              message: "must be a colour such as #005eb8",
            },
          ],
        }),
      });
    });
    await color.fill("#123456");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    // Worded from the field's code in the user's language, not the server's English message.
    await expect(page.locator("#settings-theme-color-error")).toContainText(
      "Tieto ei ole oikeassa muodossa.",
    );
    await expect(page.locator("#settings-theme-color-error")).not.toContainText("must be");
    await expect(color).toHaveAttribute("aria-invalid", "true");
    await page.unroute("**/api/orgs/*/settings");
  });

  test("users: add a member, change their roles, and remove them after confirming", async () => {
    const email = `e2e-${Date.now()}@kuulo.example`;
    await page.goto(`${staff}/users`);
    await expect(page.getByRole("cell", { name: DEMO_ADMIN })).toBeVisible();

    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Nimi (pakollinen)").fill("Testi Henkilö");
    await page.getByRole("checkbox", { name: "Moderaattori" }).check();
    await page.getByRole("button", { name: "Lisää käyttäjä" }).click();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Moderaattori");

    // Adding the same address again is a conflict, shown at the email field.
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByLabel("Nimi (pakollinen)").fill("Testi Henkilö");
    await page.getByRole("button", { name: "Lisää käyttäjä" }).click();
    await expect(page.locator("#add-email-error")).toContainText("kuuluu jo");

    // Change roles in a dialog.
    await row.getByRole("button", { name: /Muuta rooleja/ }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole("checkbox", { name: "Moderaattori" }).uncheck();
    await dialog.getByRole("checkbox", { name: "Analyytikko" }).check();
    await dialog.getByRole("button", { name: "Tallenna roolit" }).click();
    await expect(dialog).toHaveCount(0);
    await expect(row).toContainText("Analyytikko");
    await expect(row).not.toContainText("Moderaattori");

    // Remove: cancel first, then confirm.
    await row.getByRole("button", { name: /Poista/ }).click();
    const confirm = page.getByRole("alertdialog");
    await expect(confirm).toBeVisible();
    await screenshot(page, "remove-dialog");
    await confirm.getByRole("button", { name: "Peruuta" }).click();
    await expect(confirm).toHaveCount(0);
    await expect(row).toHaveCount(1);
    await row.getByRole("button", { name: /Poista/ }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Poista käyttäjä" }).click();
    await expect(row).toHaveCount(0);
    await expect(page.getByText(/Testi Henkilö poistettu/)).toBeVisible();
  });

  test("audit: the log shows the changes above and filters by action", async () => {
    await page.goto(`${staff}/audit`);
    await expect(page.getByRole("table")).toContainText("staff.added");
    // Actions and targets are worded in Finnish; the code stays beside them for the filter.
    await expect(page.getByRole("table")).toContainText("Henkilö lisätty");
    await expect(page.getByRole("table")).toContainText("Asetuksia muutettu");
    // A target's UUID is shortened (the whole one is in its title).
    const targetId = page.locator("tbody td:nth-child(4) span[title]").first();
    await expect(targetId).toHaveText(/^[0-9a-f]{8}$/);

    await page.getByLabel("Tapahtuma", { exact: true }).fill("staff.removed");
    await page.getByRole("button", { name: "Suodata" }).click();
    await expect(page).toHaveURL(/action=staff\.removed/);
    await expect(page.getByRole("caption").filter({ hasText: "staff.removed" })).toBeVisible();
    const actions = await page.locator("tbody td:nth-child(3) code").allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["staff.removed"]));
    await expect(page.locator("tbody td:nth-child(3)").first()).toContainText("Henkilö poistettu");
    await screenshot(page, "audit-filtered");
  });

  test("audit: pages to older events and back to the newest", async () => {
    await page.goto(`${staff}/audit?limit=3`);
    await expect(page.getByRole("table")).toBeVisible();
    await expect(page.locator("tbody td:nth-child(3)")).toHaveCount(3);
    const firstTimes = await page.locator("tbody th").allTextContents();
    await page.getByRole("button", { name: "Vanhemmat" }).click();
    await expect(page).toHaveURL(/before=\d+/);
    await expect(page.getByRole("button", { name: "Uusimmat" })).toBeVisible();
    await expect(page.locator("tbody tr").first()).toBeVisible();
    const olderRows = await page.locator("tbody tr").count();
    expect(olderRows).toBeGreaterThan(0);
    expect(olderRows).toBeLessThanOrEqual(3);
    expect(new URL(page.url()).searchParams.get("limit")).toBe("3");
    await page.getByRole("button", { name: "Uusimmat" }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has("before"));
    await expect(page.locator("tbody th")).toHaveText(firstTimes);
  });

  test("the staff area follows the language switcher, and the 404 page is in that language", async () => {
    await page.goto(staff);
    await expect(
      page.getByRole("heading", { level: 1, name: "Henkilöstön etusivu" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Svenska" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Personalens startsida" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("button", { name: "Logga ut" })).toBeVisible();
    await page.goto(`${staff}/nonexistent`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Sidan hittades inte" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Suomi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sivua ei löytynyt" })).toBeVisible();
  });

  test("sends the CSRF token: a write without it is refused by the server", async () => {
    // The app's writes above succeeded; the same write with the session cookie but without
    // the header must not.
    const response = await page.request.patch(`/api/orgs/${DEMO_SLUG}/settings`, {
      data: { defaultLanguage: "fi" },
    });
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { code: string }).code).toBe("csrf.failed");
    expect(typeof (await activeElementId(page))).toBe("string");
  });

  test("the staff pages fit a 360 px phone and pass axe", async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of [
      staff,
      `${staff}/settings`,
      `${staff}/users`,
      `${staff}/audit`,
      "/dev/outbox",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
      await expect(page.locator("table, form, .mail, .cards").first(), path).toBeVisible();
      expect(await scrollsHorizontally(page), path).toBe(false);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  test("a member who is not an admin sees the staff home but not the admin pages", async ({
    browser,
  }) => {
    const other = await browser.newContext();
    const moderator = await other.newPage();
    await signIn(moderator, "moderaattori@kuulo.example");
    await expect(
      moderator.getByRole("heading", { level: 1, name: "Henkilöstön etusivu" }),
    ).toBeVisible();
    await expect(moderator.getByText("Roolisi: Moderaattori")).toBeVisible();
    const staffNav = moderator.getByRole("navigation", { name: "Henkilöstön valikko" });
    await expect(staffNav).toBeAttached();
    await expect(staffNav.getByRole("link", { name: "Asetukset" })).toHaveCount(0);
    await moderator.goto(`${staff}/settings`);
    await expect(
      moderator.getByRole("heading", { level: 1, name: "Vain ylläpitäjille" }),
    ).toBeVisible();
    await other.close();
  });
});
