import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeElementId, DEMO_SLUG, inPage, launch, newContext } from "./support/browser.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

describe("keyboard use", () => {
  it("the skip link is the first stop and moves focus to the main content", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/${DEMO_SLUG}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Siirry pääsisältöön" });
    expect(await inPage(page, "document.activeElement && document.activeElement.className")).toBe(
      "skip-link",
    );
    expect(await inPage(page, "document.activeElement.textContent")).toBe("Siirry pääsisältöön");
    // Visible while focused (it is off screen otherwise).
    const box = await skip.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.height).toBeGreaterThan(10);

    await page.keyboard.press("Enter");
    expect(await activeElementId(page)).toBe("main");

    // The next Tab goes past the header to the first control in main: the email field.
    await page.keyboard.press("Tab");
    expect(await activeElementId(page)).toBe("sign-in-email");
    await context.close();
  });

  it("focused controls have a visible focus indicator", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/${DEMO_SLUG}/sign-in`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const email = page.getByLabel("Sähköpostiosoite");
    await email.focus();
    // Focus by keyboard: tab away and back so :focus-visible applies.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    expect(await activeElementId(page)).toBe("sign-in-email");
    const style = await inPage<{ style: string; width: number }>(
      page,
      "(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; })()",
    );
    expect(style.style).not.toBe("none");
    expect(style.width).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  it("following a link inside the app moves focus to the new page's heading", async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`/${DEMO_SLUG}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.getByRole("link", { name: "Henkilöstön kirjautuminen" }).click();
    await page.getByRole("heading", { level: 1, name: "Henkilöstön kirjautuminen" }).waitFor();
    expect(
      await inPage(
        page,
        "document.activeElement.tagName + ' ' + document.activeElement.textContent",
      ),
    ).toBe("H1 Henkilöstön kirjautuminen");
    expect(await inPage(page, "document.title")).toBe("Henkilöstön kirjautuminen – Kuulo");
    await context.close();
  });
});
