import { readFile } from "node:fs/promises";
import { strFromU8, unzipSync } from "fflate";
import { extractText } from "unpdf";
import { DEMO_ADMIN, seriousViolations, signIn } from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("reports", () => {
  test("staff make the period report, and its PDF and Word files open", async ({ page }) => {
    await signIn(page, DEMO_ADMIN);
    await page.getByRole("link", { name: "Osallistumisen raportti" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Osallistumisen raportti" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Osallistumiset" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Ajanjakson päätökset" }),
    ).toBeVisible();
    // The demo's survey and conversation are this year's activities.
    await expect(page.getByRole("table", { name: "Osallistumiset" })).toContainText("Kysely");
    expect(await seriousViolations(page)).toEqual([]);

    // Swedish, as a PDF: its text can be read back.
    await page.getByLabel("Kooste kielellä").selectOption("sv");
    await expect(page.getByRole("heading", { level: 2, name: "Sammanfattning" })).toBeVisible();
    const pdfDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: /Lataa PDF/ }).click();
    const pdf = await readFile((await (await pdfDownload).path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const { text } = await extractText(new Uint8Array(pdf), { mergePages: true });
    expect(text).toContain("Rapport om deltagande");
    expect(text).toContain("Rekommendationer och deras status");

    // The Word file is a document whose headings are the report's sections.
    const docxDownload = page.waitForEvent("download");
    await page.getByRole("link", { name: /Lataa Word-tiedosto/ }).click();
    const docx = await readFile((await (await docxDownload).path())!);
    const document = strFromU8(unzipSync(new Uint8Array(docx))["word/document.xml"]!);
    expect(document).toContain("Sammanfattning");
    expect(document).toContain("Periodens beslut");
  });

  test("staff read the participation metrics: quarters, pool over time, recommendations", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.getByRole("link", { name: "Osallistumisen mittarit" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Osallistumisen mittarit" }),
    ).toBeVisible();
    await expect(
      page.getByRole("table", { name: "Osallistujat vuosineljänneksittäin" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 2, name: "Suositukset ja niiden tila" }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
