import {
  DEMO_ADMIN,
  DEMO_SLUG,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("resident panels", () => {
  test("staff see the drawn demo panel against its quotas and open its public report on a phone", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/panels`);
    await expect(page.getByRole("heading", { level: 1, name: "Asukaspaneelit" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole("link", { name: "Puntaroiva asukaspaneeli: ikääntyneiden palvelut" })
      .click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Puntaroiva asukaspaneeli: ikääntyneiden palvelut",
      }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Varalla järjestyksessä" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Merkitse poisjääneeksi/ })).toHaveCount(40);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 760 });
    await page.getByRole("link", { name: "Julkinen valintaseloste" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Valintaseloste: / })).toBeVisible();
    await expect(page.getByText("3 11 24 36 48").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});
