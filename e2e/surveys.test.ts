import type { Page } from "@playwright/test";
import {
  DEMO_ADMIN,
  DEMO_SLUG,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

/** The words of the answering page in the two languages the demo survey is answered in. */
const WORDS = {
  fi: {
    start: "Aloita vastaaminen",
    next: "Seuraava",
    submit: "Lähetä vastaukset",
    fix: "Tarkista merkityt vastaukset.",
    thanks: "Kiitos vastauksistasi!",
    service: /Mitä palvelua käytit viimeksi/,
    library: "Kirjasto",
    home: /Kotikuntasi/,
    satisfied: /Olin tyytyväinen saamaani palveluun/,
    disagree: "Täysin eri mieltä",
    agree: "Täysin samaa mieltä",
    improve: /Mitä meidän pitäisi parantaa/,
  },
  sv: {
    start: "Börja svara",
    next: "Nästa",
    submit: "Skicka svaren",
    fix: "Kontrollera de markerade svaren.",
    thanks: "Tack för dina svar!",
    service: /Vilken tjänst använde du senast/,
    library: "Bibliotek",
    home: /Din hemkommun/,
    satisfied: /Jag var nöjd med servicen/,
    disagree: "Helt av annan åsikt",
    agree: "Helt av samma åsikt",
    improve: /Vad borde vi förbättra/,
  },
} as const;

async function answerDemoSurvey(page: Page, lang: keyof typeof WORDS): Promise<void> {
  const w = WORDS[lang];
  await page.setViewportSize({ width: 360, height: 760 });
  await page.goto(`/${DEMO_SLUG}/surveys/palvelukokemus${lang === "sv" ? "?lang=sv" : ""}`);
  await page.getByRole("button", { name: w.start }).click();
  await expect(page.getByRole("group", { name: w.service })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  expect(await scrollsHorizontally(page)).toBe(false);

  // A required question left empty: the page stays, the error is at the question.
  await page.getByRole("button", { name: w.next }).click();
  await expect(page.getByText(w.fix)).toBeVisible();
  const service = page.getByRole("group", { name: w.service });
  await service.getByRole("radio", { name: w.library, exact: true }).check();
  await page.getByLabel(w.home).selectOption("179");
  await page.getByRole("button", { name: w.next }).click();

  // The condition: "what should we improve?" shows only for the dissatisfied.
  const satisfied = page.getByRole("group", { name: w.satisfied });
  await expect(satisfied).toBeVisible();
  await expect(page.getByLabel(w.improve)).toHaveCount(0);
  await satisfied.getByRole("radio", { name: w.disagree, exact: true }).check();
  await expect(page.getByLabel(w.improve)).toBeVisible();
  await page.getByLabel(w.improve).fill("Jonot puhelimessa ovat liian pitkiä.");
  expect(await seriousViolations(page)).toEqual([]);
  await satisfied.getByRole("radio", { name: w.agree, exact: true }).check();
  await expect(page.getByLabel(w.improve)).toHaveCount(0);
  await satisfied.getByRole("radio", { name: w.disagree, exact: true }).check();
  await expect(page.getByLabel(w.improve)).toBeVisible();
  await screenshot(page, `survey-answer-${lang}-360`);

  await page.getByRole("button", { name: w.submit }).click();
  await expect(page.getByText(w.thanks)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
}

test.describe("a resident answers a survey on a phone", () => {
  test("in Finnish: a required answer, a municipality, a condition shown and hidden", async ({
    page,
  }) => {
    await answerDemoSurvey(page, "fi");
  });

  test("in Swedish, the same survey", async ({ page }) => {
    await answerDemoSurvey(page, "sv");
  });
});

test("the survey embedded in another site: no site header or footer, framing allowed, axe clean", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 760 });
  const response = await page.goto(`/${DEMO_SLUG}/surveys/palvelukokemus?embed=1&lang=sv`);
  expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors *");
  await page.getByRole("button", { name: WORDS.sv.start }).click();
  await expect(page.getByRole("group", { name: WORDS.sv.service })).toBeVisible();
  await expect(page.locator(".site-header")).toHaveCount(0);
  await expect(page.locator(".site-footer")).toHaveCount(0);
  await expect(page.getByRole("navigation").last()).toBeVisible();
  expect(await scrollsHorizontally(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
});

test("staff share the survey (link, QR code, embed code, sites allowed to embed), see invitations and pick a page condition", async ({
  page,
}) => {
  await signIn(page, DEMO_ADMIN);
  await page.setViewportSize({ width: 360, height: 760 });
  await page.goto(`/${DEMO_SLUG}/staff/surveys`);
  await page.getByRole("link", { name: "Kokemuksesi palveluistamme" }).click();
  const share = page.getByRole("region", { name: "Jaa" });
  const qr = share.getByRole("img", { name: /QR-koodi kyselyyn/ });
  await expect(qr).toBeVisible();
  await expect
    .poll(() =>
      qr.evaluate((img) => {
        const image = img as unknown as { complete: boolean; naturalWidth: number };
        return image.complete && image.naturalWidth > 0;
      }),
    )
    .toBe(true);
  await expect(share.getByLabel("Upota omille verkkosivuille")).toHaveValue(
    /<iframe src=".*\/surveys\/palvelukokemus\?embed=1"/,
  );
  // Sites allowed to embed: a bad address is refused at its line, a good one saved, then cleared.
  const sites = share.getByLabel("Sivustot, joille kyselyn saa upottaa");
  const saveSites = share.getByRole("button", { name: "Tallenna sivustot" });
  const hint = share.locator("#survey-embed-sites-hint");
  await sites.fill("www.kunta.fi");
  await saveSites.click();
  await expect(share.getByRole("alert")).toContainText("www.kunta.fi: Kirjoita osoite muodossa");
  await sites.fill("https://WWW.kunta.fi/");
  await saveSites.click();
  await expect(sites).toHaveValue("https://www.kunta.fi");
  await expect(hint).toContainText("vain listatulle sivustolle");
  expect(await seriousViolations(page)).toEqual([]);
  await sites.fill("");
  await saveSites.click();
  await expect(hint).toContainText("mille tahansa sivustolle");
  await expect(page.getByRole("region", { name: "Henkilökohtaiset kutsut" })).toBeVisible();
  // The second page's condition: the value is chosen from the earlier question's options.
  const pageIf = page.getByLabel("Näytä tämä sivu, kun").first();
  const firstQuestion = (await pageIf.locator("option").nth(1).getAttribute("value")) ?? "";
  await pageIf.selectOption(firstQuestion);
  await expect(page.getByRole("combobox", { name: "Arvo" }).first()).toBeVisible();
  expect(await scrollsHorizontally(page)).toBe(false);
  expect(await seriousViolations(page)).toEqual([]);
});
