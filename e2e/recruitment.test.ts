import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEMO_ADMIN,
  DEMO_SLUG,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

const fixtures = join(import.meta.dirname, "..", "packages", "cli", "fixtures", "dvv");
const extract = readFileSync(join(fixtures, "vaesto-otanta.csv"));
const template = JSON.parse(readFileSync(join(fixtures, "kirje.template.json"), "utf8"));

test.describe("population-register recruitment", () => {
  let code = "";

  test("staff create a round, upload the extract, draw and download the letters", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
    const headers = { "x-csrf-token": me.csrfToken };
    const base = `/api/orgs/${DEMO_SLUG}/pool/rounds`;
    const created = await page.request.post(base, {
      headers,
      data: {
        title: "Asukasraati 2027",
        purpose: "Sote-palvelujen tulevaisuus",
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        sessionDates: ["2027-02-06", "2027-02-20"],
        sampleSize: 12,
        stratify: ["municipality"],
        seed: `e2e-${Date.now()}`,
        letterTemplate: template,
        bilingual: true,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const round = (await created.json()) as { id: string };
    const imported = await page.request.post(`${base}/${round.id}/frame`, {
      headers,
      data: { file: extract.toString("base64") },
    });
    expect(imported.status(), await imported.text()).toBe(201);
    const drawn = await page.request.post(`${base}/${round.id}/draw`, { headers });
    expect(((await drawn.json()) as { sampled: number }).sampled).toBe(12);

    const pdf = await page.request.get(`${base}/${round.id}/files/letters.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const body = await pdf.body();
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.length).toBeGreaterThan(12 * 1000);
    // The test gets a resident's code as a printing house would: from the printing-house CSV
    // (the codes are stored only hashed and sealed; no other route shows them).
    const csv = await page.request.get(`${base}/${round.id}/files/printing-house.csv`);
    code = /[2-9A-Z]{4}-[2-9A-Z]{4}/.exec(await csv.text())![0];
  });

  test("a resident opens the QR code's link on a phone and signs up", async ({ page }) => {
    expect(code).not.toBe("");
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/pool/signup?code=${code}`);
    const heading = page.getByRole("heading", { level: 2 });
    await expect(heading).toContainText("Asukasraati 2027");
    // The page follows the person's language from the register; switch to Finnish to be sure.
    await page.getByRole("button", { name: "Suomeksi" }).click();
    await expect(heading).toContainText("Sinut on kutsuttu");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    await screenshot(page, "recruitment-signup-fi-360");

    // Without consent the server names the field.
    await page.getByLabel("Sähköpostiosoite").fill("raati@example.invalid");
    await page.getByRole("button", { name: "Ilmoittaudu" }).click();
    await expect(page.locator(".error-summary, [role=alert]").first()).toBeVisible();

    await page.getByLabel("Sukupuoli").selectOption("other");
    await page.getByRole("checkbox", { name: /6\. helmikuuta 2027/ }).check();
    await page.getByRole("checkbox", { name: /^Suostun/ }).check();
    await page.getByRole("button", { name: "Ilmoittaudu" }).click();
    await expect(page.getByRole("status")).toContainText("Kiitos");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
