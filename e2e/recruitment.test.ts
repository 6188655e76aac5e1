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
    // Joining the standing pool too is offered, never preselected.
    await expect(page.getByRole("checkbox", { name: /^Liity myös/ })).not.toBeChecked();
    await page.getByRole("button", { name: "Ilmoittaudu" }).click();
    await expect(page.getByRole("status")).toContainText("Kiitos");
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe("recruitment rounds in the staff pages", () => {
  test("staff create a round in the UI, upload the extract, draw and see the tracking", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/pool`);
    await page.getByRole("link", { name: "Rekrytointikierrokset" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rekrytointikierrokset");
    const day = (offset: number) =>
      new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Kierroksen nimi").fill("Raati käyttöliittymästä");
    await page.getByLabel("Kierroksen tarkoitus").fill("Sote-palvelujen tulevaisuus");
    await page.getByLabel("Ilmoittautuminen alkaa").fill(day(-1));
    await page.getByLabel("Ilmoittautuminen päättyy").fill(day(30));
    await page.getByLabel("Tapaamispäivät").fill("2027-03-06, 2027-03-20");
    await page.getByLabel("Otoksen koko").fill("10");
    await page.getByRole("checkbox", { name: "Kunnittain" }).check();
    await page.getByLabel("Siemenluku").fill(`ui-${Date.now()}`);
    // A template that lacks its texts: the server names the field, and focus goes to the errors.
    await page.getByLabel("Kirjepohja (JSON)").fill(JSON.stringify({ id: "x" }));
    await page.getByRole("button", { name: "Luo kierros" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.getByLabel("Kirjepohja (JSON)")).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 760 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await screenshot(page, "recruitment-rounds-staff-360");
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByLabel("Kirjepohja (JSON)").fill(JSON.stringify(template));
    await page.getByRole("button", { name: "Luo kierros" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Raati käyttöliittymästä");

    // A file with an invalid row is refused, and the row is named.
    const bad = `${extract.toString("utf8").split("\n")[0]}\n123;X;Y;fi;049;Katu 1;00100;KUULOLA;E;\n`;
    const input = page.getByLabel("DVV:n poimintatiedosto (CSV)");
    await input.setInputFiles({
      name: "huono.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(bad),
    });
    await page.getByRole("button", { name: "Tuo", exact: true }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.locator(".error-summary")).toContainText("rivi 2");

    await input.setInputFiles(join(fixtures, "vaesto-otanta.csv"));
    await page.getByRole("button", { name: "Tuo", exact: true }).click();
    await expect(page.getByText(/Poiminta on tuotu/)).toBeVisible();
    await page.getByRole("button", { name: "Arvo otos" }).click();
    await expect(page.getByRole("status").last()).toContainText("Arvottiin 10 henkilöä");
    await expect(page.getByRole("link", { name: "Lataa kirjeet (PDF)" })).toBeVisible();
    const table = page.getByRole("table", { name: /Kutsutut, vastanneet/ });
    await expect(table.getByRole("row", { name: /Kaikki/ })).toContainText("10");
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 360, height: 760 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await screenshot(page, "recruitment-round-staff-360");
  });
});

test.describe("recruitment round sign-ups", () => {
  test("staff choose people who signed up and mark them selected, then attended", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/pool/rounds`);
    await page.getByRole("link", { name: "Asukasraati 2026: sote-palvelujen tulevaisuus" }).click();
    const signUps = page.getByRole("table", { name: /\d+ ilmoittautunutta/ });
    await expect(signUps).toBeVisible();
    // Pseudonymous: no email addresses or phone numbers on the page.
    await expect(page.locator("main")).not.toContainText("@");
    const tracking = page.getByRole("table", { name: /Kutsutut, vastanneet/ });
    const selected = tracking
      .getByRole("row", { name: /Kaikki/ })
      .getByRole("cell")
      .nth(3);
    const before = Number(await selected.textContent());
    expect(await seriousViolations(page)).toEqual([]);

    const waiting = signUps.getByRole("row").filter({ hasText: "Ilmoittautuneet" }).first();
    const id = (await waiting.getByRole("rowheader").textContent())!.trim();
    await waiting.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Merkitse 1 henkilö valituksi" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Merkitty 1 henkilö." })).toBeVisible();
    await expect(selected).toHaveText(String(before + 1));
    const marked = signUps.getByRole("row").filter({ hasText: id });
    await expect(marked).toContainText("Valitut");

    await marked.getByRole("checkbox").check();
    await page.getByRole("button", { name: "Merkitse 1 henkilö osallistuneeksi" }).click();
    await expect(marked).toContainText("Osallistuneet");
    await expect(marked.getByRole("checkbox")).toBeDisabled();
  });
});
