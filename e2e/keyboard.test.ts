import { DEMO_SLUG, inPage } from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("keyboard use", () => {
  test("the skip link is the first stop and moves focus to the main content", async ({ page }) => {
    await page.goto(`/${DEMO_SLUG}/sign-in`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // The page has loaded what it shows (organization, texts): no later render replaces the
    // header and takes the focus with it.
    await expect(page.locator("#sign-in-email")).toBeVisible();
    await page.waitForLoadState("networkidle");

    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Siirry pääsisältöön" });
    await expect(skip).toBeFocused();
    await expect(skip).toHaveClass("skip-link");
    await expect(skip).toHaveText("Siirry pääsisältöön");
    // Visible while focused (it is off screen otherwise).
    await expect.poll(async () => (await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await skip.boundingBox())!.height).toBeGreaterThan(10);
    await expect(skip).toBeFocused();

    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();

    // The next Tab goes past the header to the first control in main: the email field.
    await page.keyboard.press("Tab");
    await expect(page.locator("#sign-in-email")).toBeFocused();
  });

  test("focused controls have a visible focus indicator", async ({ page }) => {
    await page.goto(`/${DEMO_SLUG}/sign-in`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const email = page.getByLabel("Sähköpostiosoite");
    await email.focus();
    // Focus by keyboard: tab away and back so :focus-visible applies.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Shift+Tab");
    await expect(page.locator("#sign-in-email")).toBeFocused();
    const style = await inPage<{ style: string; width: number }>(
      page,
      "(() => { const s = getComputedStyle(document.activeElement); return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) }; })()",
    );
    expect(style.style).not.toBe("none");
    expect(style.width).toBeGreaterThanOrEqual(2);
  });

  test("following a link inside the app moves focus to the new page's heading", async ({
    page,
  }) => {
    await page.goto(`/${DEMO_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Henkilöstön kirjautuminen" }).click();
    const h1 = page.locator("h1");
    await expect(h1).toHaveText("Henkilöstön kirjautuminen");
    await expect(h1).toBeFocused();
    await expect(page).toHaveTitle("Henkilöstön kirjautuminen – Kuulo");
  });
});
