import type { Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { DEMO_ADMIN, DEMO_SLUG, seriousViolations, signIn } from "./support/browser.js";
import { expect, test } from "./support/test.js";

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The brief's PDF and Word links answer their file types with a body that opens: a PDF's header,
 * and a .docx whose document part holds `text`.
 */
async function filesOpen(page: Page, pdfLink: RegExp, docxLink: RegExp, text: string) {
  const pdfHref = await page.getByRole("link", { name: pdfLink }).getAttribute("href");
  const pdf = await page.request.get(pdfHref!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const pdfBody = await pdf.body();
  expect(pdfBody.length).toBeGreaterThan(1000);
  expect(pdfBody.subarray(0, 5).toString("latin1")).toBe("%PDF-");

  const docxHref = await page.getByRole("link", { name: docxLink }).getAttribute("href");
  const docx = await page.request.get(docxHref!);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toBe(DOCX_TYPE);
  const document = strFromU8(unzipSync(new Uint8Array(await docx.body()))["word/document.xml"]!);
  expect(document).toContain(text);
}

/** The key figures table's row that starts with `figure` holds `value`. */
async function expectFigure(page: Page, table: string, figure: string, value: string) {
  const row = page
    .getByRole("table", { name: table, exact: true })
    .getByRole("row", { name: figure });
  await expect(row.getByRole("cell")).toHaveText(value);
}

test.describe("decision-maker briefs of juries, round tables and phone campaigns", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, DEMO_ADMIN);
    await page.setViewportSize({ width: 360, height: 760 });
  });

  test("staff open the demo jury's brief from the jury's page: jurors, the statement's support", async ({
    page,
  }) => {
    await page.goto(`/${DEMO_SLUG}/staff/juries`);
    await page
      .getByRole("link", { name: "Nuorten digiraati: nuorten hyvinvointi", exact: true })
      .click();
    await page.getByRole("link", { name: "Päättäjäkooste (PDF ja Word)" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /Päättäjäkooste: Nuorten digiraati/ }),
    ).toBeVisible();
    await expectFigure(page, "Avainluvut", "Raatilaiset", "12");
    await expect(page.getByRole("table", { name: "Raatilaiset iän mukaan" })).toBeVisible();
    // The demo has no population table: the comparison says so instead of an empty table.
    await expect(
      page.getByRole("heading", { level: 2, name: "Keitä osallistui suhteessa väestöön" }),
    ).toBeVisible();
    await expect(
      page.getByText("Ei saatavilla: organisaatio ei ole tallentanut väestötaulukkoa."),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Päähavainnot" })).toBeVisible();
    await expect(page.getByText("Maksuttomat harrastukset iltaisin").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await filesOpen(page, /Lataa PDF/, /Lataa Word-tiedosto/, "Raatilaiset");
  });

  test("staff open the demo round table's brief: meetings, participants by role, the proposals", async ({
    page,
  }) => {
    await page.goto(`/${DEMO_SLUG}/staff/roundtables`);
    await page.getByRole("link", { name: /pyöreän pöydän keskustelut/ }).click();
    await page.getByRole("link", { name: "Päättäjäkooste (PDF ja Word)" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /Päättäjäkooste: Nuorten mielenterveys/ }),
    ).toBeVisible();
    await expectFigure(page, "Avainluvut", "Tapaamiset", "2");
    await expectFigure(page, "Avainluvut", "Osallistujia tapaamisissa", "48");
    await expect(page.getByRole("table", { name: "Osallistujat roolin mukaan" })).toBeVisible();
    await expect(page.getByText("Apu viikon sisällä").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await filesOpen(page, /Lataa PDF/, /Lataa Word-tiedosto/, "Osallistujat roolin mukaan");
  });

  test("staff open the demo phone campaign's brief in Swedish: calls and the answers by question", async ({
    page,
  }) => {
    await page.goto(`/${DEMO_SLUG}/staff/phone?lang=sv`);
    await page
      .getByRole("link", { name: "Palvelukokemus puhelimitse – ikääntyneet", exact: true })
      .click();
    await page.getByRole("link", { name: "Sammandrag för beslutsfattare (PDF och Word)" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: /: Palvelukokemus puhelimitse/ }),
    ).toBeVisible();
    await expect(page.getByLabel("Sammandragets språk")).toHaveValue("sv");
    await expectFigure(page, "Nyckeltal", "Nummer att ringa", "60");
    await expect(page.getByRole("heading", { level: 2, name: "Huvudresultat" })).toBeVisible();
    await expect(
      page.getByText("Svar per fråga (endast denna samtalskampanjs svar)"),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await filesOpen(page, /Ladda ner PDF/, /Ladda ner Word-fil/, "Nyckeltal");
  });
});
