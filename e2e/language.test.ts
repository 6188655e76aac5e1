import type { Page } from "@playwright/test";
import { DEMO_SLUG } from "./support/browser.js";
import { expect, test } from "./support/test.js";

async function h2Texts(page: Page): Promise<string> {
  return (await page.locator("main h2").allInnerTexts()).join(" | ");
}

test.describe("languages", () => {
  test("a browser set to Swedish gets Swedish pages, and a ?lang=en link English ones, until the switcher changes it", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "sv-FI" });
    const page = await context.newPage();
    try {
      await page.goto(`/${DEMO_SLUG}`);
      await expect(
        page.getByRole("heading", { level: 2, name: "Öppna möjligheter att delta" }),
      ).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      await page.goto(`/${DEMO_SLUG}/sign-in?lang=en`);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      // The link's language holds on the next page too, without the parameter.
      await page.goto(`/${DEMO_SLUG}`);
      await expect(
        page.getByRole("heading", { level: 2, name: "Open ways to take part" }),
      ).toBeVisible();
      await page.getByRole("button", { name: "Suomi" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "fi");
      await page.reload();
      await expect(page.locator("html")).toHaveAttribute("lang", "fi");
    } finally {
      await context.close();
    }
  });

  test("is Finnish by default and switches to Swedish and English, remembering the choice", async ({
    page,
  }) => {
    const html = page.locator("html");
    await page.goto(`/${DEMO_SLUG}`);
    await expect(
      page.getByRole("heading", { level: 2, name: "Avoimet osallistumismahdollisuudet" }),
    ).toBeVisible();
    await expect(html).toHaveAttribute("lang", "fi");
    const finnish = await h2Texts(page);

    await page.getByRole("button", { name: "Svenska" }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: "Öppna möjligheter att delta" }),
    ).toBeVisible();
    await expect(html).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("button", { name: "Svenska" })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page.getByRole("link", { name: "Hoppa till huvudinnehållet" })).toBeAttached();
    const swedish = await h2Texts(page);
    expect(swedish).not.toBe(finnish);

    await page.getByRole("button", { name: "English" }).click();
    await expect(
      page.getByRole("heading", { level: 2, name: "Open ways to take part" }),
    ).toBeVisible();
    await expect(html).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Staff sign-in" })).toBeVisible();
    expect(await h2Texts(page)).not.toBe(swedish);

    // The choice survives a reload.
    await page.reload();
    await expect(
      page.getByRole("heading", { level: 2, name: "Open ways to take part" }),
    ).toBeVisible();
    await expect(html).toHaveAttribute("lang", "en");
  });

  test("shows the 404 page for an unknown organization in the chosen language", async ({
    page,
  }) => {
    const html = page.locator("html");
    await page.goto("/no-such-county");
    await expect(page.getByRole("heading", { level: 1, name: "Sivua ei löytynyt" })).toBeVisible();
    await expect(html).toHaveAttribute("lang", "fi");

    await page.getByRole("button", { name: "Svenska" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Sidan hittades inte" }),
    ).toBeVisible();
    await expect(html).toHaveAttribute("lang", "sv");

    // A new page load, in Swedish from the stored choice; reserved words are never slugs.
    for (const path of [
      "/another-unknown-county",
      "/dev",
      "/sign-in",
      `/${DEMO_SLUG}/no-such-page`,
    ]) {
      await page.goto(path);
      await expect(
        page.getByRole("heading", { level: 1, name: "Sidan hittades inte" }),
        path,
      ).toBeVisible();
      await expect(html, path).toHaveAttribute("lang", "sv");
    }

    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(html).toHaveAttribute("lang", "en");
  });

  test("the front page lists the organizations, or opens the only one", async ({
    page,
    request,
    baseURL,
  }) => {
    const response = await request.get("/api/orgs");
    expect(response.status()).toBe(200);
    const { organizations } = (await response.json()) as { organizations: { slug: string }[] };
    expect(organizations.some((o) => o.slug === DEMO_SLUG)).toBe(true);

    await page.goto("/");
    if (organizations.length > 1) {
      await expect(
        page.getByRole("heading", { level: 1, name: "Valitse organisaatio" }),
      ).toBeVisible();
      await page.locator(`a[href="/${DEMO_SLUG}"]`).click();
    }
    await expect(page).toHaveURL(`${baseURL}/${DEMO_SLUG}`);
    await expect(
      page.getByRole("heading", { level: 2, name: "Avoimet osallistumismahdollisuudet" }),
    ).toBeVisible();
  });
});
