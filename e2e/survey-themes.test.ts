import {
  DEMO_ADMIN,
  DEMO_SLUG,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("open answers: themes signed off, results published", () => {
  test("the demo survey's published results on a 360 px phone, in Finnish and Swedish", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/surveys/palvelukokemus/results`);
    await expect(page.getByRole("heading", { level: 1, name: /^Tulokset:/ })).toBeVisible();
    await expect(page.getByText(/Sävy on suuntaa antava/)).toBeVisible();
    await expect(page.getByRole("heading", { level: 4, name: /Puhelinjonot/ })).toBeVisible();
    await page.getByText("Taulukkona").first().click();
    await expect(page.getByRole("columnheader", { name: "Osuus" }).first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    await screenshot(page, "survey-results-360");
    await page.goto(`/${DEMO_SLUG}/surveys/palvelukokemus/results?lang=sv`);
    await expect(page.getByRole("heading", { level: 1, name: /^Resultat:/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("an analyst renames a theme (un-signing it) and signs the themes off again", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/surveys`);
    await page.getByRole("link", { name: "Kokemuksesi palveluistamme" }).click();
    await page.getByRole("link", { name: "Avoimet vastaukset ja tulossivu" }).click();
    await expect(page.getByText("Tulossivua ei ole julkaistu.")).toHaveCount(0);
    await page.getByRole("link", { name: "Mitä meidän pitäisi parantaa?" }).click();
    await expect(page.getByText(/^Hyväksynyt /)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const first = page.locator(".theme-row").first();
    await first.getByLabel("Uusi nimi").fill("Jonot puhelimessa");
    await first.getByRole("button", { name: "Nimeä uudelleen" }).click();
    await expect(page.getByText(/Teemoja ei ole hyväksytty/)).toBeVisible();
    await page.getByRole("button", { name: "Hyväksy teemat" }).click();
    await expect(page.getByText(`Hyväksynyt ${DEMO_ADMIN}`, { exact: false })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
