import {
  DEMO_ADMIN,
  DEMO_SLUG,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

const FINISHED = "Puntaroiva asukaspaneeli: sote-palvelut lähellä";

test.describe("panel sessions (staff)", () => {
  test("staff add a material, seat a session's tables, move a panelist and write a note on a phone", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/staff/panels`);
    await page.getByRole("link", { name: FINISHED }).click();
    await expect(page.getByRole("heading", { level: 1, name: FINISHED })).toBeVisible();

    // A video without its captions is refused at the captions field.
    await expect(page.getByRole("heading", { name: "Aineistot" })).toBeVisible();
    await page.getByLabel("Laji").selectOption("video");
    await page.getByLabel("Otsikko suomeksi").fill("Video: sote-keskus esittäytyy");
    await page
      .getByLabel("Linkki (pakollinen)", { exact: true })
      .fill("https://example.fi/sote.mp4");
    await page.getByRole("button", { name: "Lisää aineisto" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /^Tekstityksen linkki/ })).toBeVisible();
    await expect(page.getByLabel("Tekstityksen linkki")).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Tekstityksen linkki").fill("https://example.fi/sote.fi.vtt");
    await page.getByRole("button", { name: "Lisää aineisto" }).click();
    await expect(page.getByText("Aineisto ”Video: sote-keskus esittäytyy” lisätty.")).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Video: sote-keskus esittäytyy", exact: true }),
    ).toBeVisible();
    const list = (await (await page.request.get(`/api/orgs/${DEMO_SLUG}/panels`)).json()) as {
      panels: { id: string; title: string }[];
    };
    const panel = list.panels.find((p) => p.title === FINISHED)!;
    const materials = (await (
      await page.request.get(`/api/orgs/${DEMO_SLUG}/panels/${panel.id}/materials`)
    ).json()) as { materials: { title: { fi: string }; kind: string; captionUrl: string }[] };
    expect(materials.materials).toContainEqual(
      expect.objectContaining({
        kind: "video",
        title: expect.objectContaining({ fi: "Video: sote-keskus esittäytyy" }),
        captionUrl: "https://example.fi/sote.fi.vtt",
      }),
    );
    expect(await scrollsHorizontally(page)).toBe(false);

    // The first session's tables: seat at six tables (the five with notes are kept), move a panelist by hand, write a note.
    await page
      .getByRole("link", { name: /^Pöydät: / })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /^Istunnon pöydät / })).toBeVisible();
    await page.getByLabel("Pöytien määrä").fill("6");
    await page.getByRole("button", { name: "Jaa pöydät" }).click();
    await expect(page.getByText("Panelistit on jaettu 6 pöytään.")).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Pöytä 6" })).toBeVisible();
    const firstSeat = page
      .getByRole("table", { name: /^Pöytä 1: / })
      .getByRole("rowheader")
      .first();
    const who = ((await firstSeat.textContent()) ?? "").trim();
    await page.getByLabel(`Pöytä, jolle ${who} siirretään`).selectOption("2");
    await page.getByRole("button", { name: `Siirrä: ${who}`, exact: true }).click();
    await expect(page.getByText(`${who} siirretty pöytään 2.`)).toBeVisible();
    await expect(
      page
        .getByRole("table", { name: /^Pöytä 2: / })
        .getByRole("rowheader", { name: `${who} (siirretty käsin)` }),
    ).toBeVisible();

    // An empty note is named at its field; then the note is saved.
    await page.getByRole("button", { name: "Tallenna pöydän 2 kirjaus" }).click();
    await expect(page.getByLabel("Pöydän 2 teksti")).toHaveAttribute("aria-invalid", "true");
    await page.getByLabel("Pöydän 2 kirjauksen laji").selectOption("note");
    await page.getByLabel("Pöydän 2 teksti").fill("Keskustelu kääntyi kuljetuksiin.");
    await page.getByRole("button", { name: "Tallenna pöydän 2 kirjaus" }).click();
    await expect(page.getByText("Muistiinpano tallennettu.")).toBeVisible();
    await expect(page.getByText(/Keskustelu kääntyi kuljetuksiin\./)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});
