import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  activeElementId,
  DEMO_SLUG,
  launch,
  newContext,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
} from "./support/browser.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width: number, height = 800): Promise<Page> {
  const context = await newContext(browser, { width, height });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole("heading", { level: 1 }).waitFor();
  return page;
}

describe("accessibility of the public pages", () => {
  for (const width of [1280, 360]) {
    it(`landing page at ${width} px: no serious or critical axe violations, no sideways scrolling`, async () => {
      const page = await open(`/${DEMO_SLUG}`, width);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      await screenshot(page, `landing-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsHorizontally(page)).toBe(false);
      await expect(page.getByRole("banner").count()).resolves.toBe(1);
      await expect(page.getByRole("main").count()).resolves.toBe(1);
      await expect(page.getByRole("contentinfo").count()).resolves.toBe(1);
      await expect(page.getByRole("navigation").count()).resolves.toBeGreaterThanOrEqual(1);
      await page.context().close();
    });

    it(`sign-in page at ${width} px: no serious or critical axe violations, also with errors shown`, async () => {
      const page = await open(`/${DEMO_SLUG}/sign-in`, width);
      await screenshot(page, `sign-in-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsHorizontally(page)).toBe(false);

      // Submitting an invalid address shows the error summary, focused, and ties the
      // message to the field.
      const email = page.getByLabel("Sähköpostiosoite");
      await email.fill("not an address");
      await page.getByRole("button", { name: "Lähetä kirjautumislinkki" }).click();
      await page.getByRole("heading", { name: "Korjaa seuraavat kohdat" }).waitFor();
      expect(
        await page.evaluate("document.activeElement.classList.contains('error-summary')"),
      ).toBe(true);
      expect(await email.getAttribute("aria-invalid")).toBe("true");
      const describedBy = (await email.getAttribute("aria-describedby")) ?? "";
      expect(describedBy.split(" ")).toContain("sign-in-email-error");
      await expect(page.locator("#sign-in-email-error").textContent()).resolves.toContain(
        "nimi@esimerkki.fi",
      );
      // The summary links to the field.
      await page.locator(".error-summary a").first().click();
      expect(await activeElementId(page)).toBe("sign-in-email");
      await screenshot(page, `sign-in-errors-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it("reflows at 400 % zoom (a 1280 px window is 320 CSS px wide)", async () => {
    for (const path of [`/${DEMO_SLUG}`, `/${DEMO_SLUG}/sign-in`, "/no-such-page/at-all"]) {
      const page = await open(path, 320, 256);
      expect(await scrollsHorizontally(page), path).toBe(false);
      await page.context().close();
    }
  });

  it("the 404 page passes axe too", async () => {
    const page = await open("/no-such-county", 360);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });
});
