import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, DEMO_SLUG, htmlLang, launch, newContext } from "./support/browser.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function h2Texts(page: Page): Promise<string> {
  return (await page.locator("main h2").allInnerTexts()).join(" | ");
}

describe("languages", () => {
  it("is Finnish by default and switches to Swedish and English, remembering the choice", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/${DEMO_SLUG}`);
    await page
      .getByRole("heading", { level: 2, name: "Avoimet osallistumismahdollisuudet" })
      .waitFor();
    expect(await htmlLang(page)).toBe("fi");
    const finnish = await h2Texts(page);

    await page.getByRole("button", { name: "Svenska" }).click();
    await page.getByRole("heading", { level: 2, name: "Öppna möjligheter att delta" }).waitFor();
    expect(await htmlLang(page)).toBe("sv");
    expect(await page.getByRole("button", { name: "Svenska" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page
      .getByRole("link", { name: "Hoppa till huvudinnehållet" })
      .waitFor({ state: "attached" });
    const swedish = await h2Texts(page);
    expect(swedish).not.toBe(finnish);

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 2, name: "Open ways to take part" }).waitFor();
    expect(await htmlLang(page)).toBe("en");
    await page.getByRole("link", { name: "Staff sign-in" }).waitFor();
    expect(await h2Texts(page)).not.toBe(swedish);

    // The choice survives a reload.
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Open ways to take part" }).waitFor();
    expect(await htmlLang(page)).toBe("en");
    await context.close();
  });

  it("shows the 404 page for an unknown organization in the chosen language", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/no-such-county");
    await page.getByRole("heading", { level: 1, name: "Sivua ei löytynyt" }).waitFor();
    expect(await htmlLang(page)).toBe("fi");

    await page.getByRole("button", { name: "Svenska" }).click();
    await page.getByRole("heading", { level: 1, name: "Sidan hittades inte" }).waitFor();
    expect(await htmlLang(page)).toBe("sv");

    // A new page load, in Swedish from the stored choice; reserved words are never slugs.
    for (const path of [
      "/another-unknown-county",
      "/dev",
      "/sign-in",
      `/${DEMO_SLUG}/no-such-page`,
    ]) {
      await page.goto(path);
      await page.getByRole("heading", { level: 1, name: "Sidan hittades inte" }).waitFor();
      expect(await htmlLang(page), path).toBe("sv");
    }

    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await htmlLang(page)).toBe("en");
    await context.close();
  });

  it("the front page lists the organizations, or opens the only one", async () => {
    const response = await fetch(`${baseUrl}/api/orgs`);
    expect(response.status).toBe(200);
    const { organizations } = (await response.json()) as { organizations: { slug: string }[] };
    expect(organizations.some((o) => o.slug === DEMO_SLUG)).toBe(true);

    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto("/");
    if (organizations.length === 1) {
      await page.waitForURL(`${baseUrl}/${DEMO_SLUG}`);
    } else {
      await page.getByRole("heading", { level: 1, name: "Valitse organisaatio" }).waitFor();
      await page.locator(`a[href="/${DEMO_SLUG}"]`).click();
      await page.waitForURL(`${baseUrl}/${DEMO_SLUG}`);
    }
    await page
      .getByRole("heading", { level: 2, name: "Avoimet osallistumismahdollisuudet" })
      .waitFor();
    await context.close();
  });
});
