import type { Page } from "@playwright/test";
import {
  DEMO_SLUG,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

async function open(page: Page, path: string, width: number, height = 800): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test.describe("accessibility of the public pages", () => {
  for (const width of [1280, 360]) {
    test(`landing page at ${width} px: no serious or critical axe violations, no sideways scrolling`, async ({
      page,
    }) => {
      await open(page, `/${DEMO_SLUG}`, width);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await screenshot(page, `landing-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsHorizontally(page)).toBe(false);
      await expect(page.getByRole("banner")).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      await expect(page.getByRole("contentinfo")).toHaveCount(1);
      await expect(page.getByRole("navigation").first()).toBeAttached();
    });

    test(`sign-in page at ${width} px: no serious or critical axe violations, also with errors shown`, async ({
      page,
    }) => {
      await open(page, `/${DEMO_SLUG}/sign-in`, width);
      await screenshot(page, `sign-in-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsHorizontally(page)).toBe(false);

      // Submitting an invalid address shows the error summary, focused, and ties the
      // message to the field.
      const email = page.getByLabel("Sähköpostiosoite");
      await email.fill("not an address");
      await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
      await expect(page.getByRole("heading", { name: "Korjaa seuraavat kohdat" })).toBeVisible();
      await expect(page.locator(".error-summary")).toBeFocused();
      await expect(email).toHaveAttribute("aria-invalid", "true");
      await expect(email).toHaveAttribute("aria-describedby", /(^|\s)sign-in-email-error(\s|$)/);
      await expect(page.locator("#sign-in-email-error")).toContainText("nimi@esimerkki.fi");
      // The summary names the field and links to it.
      await expect(page.locator(".error-summary a").first()).toHaveText(
        /^Sähköpostiosoite( \(pakollinen\))?: Anna /,
      );
      await page.locator(".error-summary a").first().click();
      await expect(page.locator("#sign-in-email")).toBeFocused();
      await screenshot(page, `sign-in-errors-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test("reflows at 400 % zoom (a 1280 px window is 320 CSS px wide)", async ({ page }) => {
    for (const path of [`/${DEMO_SLUG}`, `/${DEMO_SLUG}/sign-in`, "/no-such-page/at-all"]) {
      await open(page, path, 320, 256);
      expect(await scrollsHorizontally(page), path).toBe(false);
    }
  });

  test("the 404 page passes axe too", async ({ page }) => {
    await open(page, "/no-such-county", 360);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
