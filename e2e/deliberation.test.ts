import {
  DEMO_ADMIN,
  DEMO_SLUG,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("statements", () => {
  test("a facilitator merges proposals, adopts and publishes; a resident reads it on a phone", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/statements`);
    await expect(page.getByRole("heading", { level: 1, name: "Lausumat" })).toBeVisible();
    const create = page.getByRole("form", { name: "Uusi lausuma" });
    await create.getByLabel("Lausuman otsikko").fill("Asukaspaneelin loppulausuma");
    await create.getByLabel(/tunniste/).fill("paneeli-2026");
    await create.getByRole("button", { name: "Luo lausuma" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Asukaspaneelin loppulausuma" }),
    ).toBeVisible();

    // Two tables' proposals merged into one recommendation.
    const proposal = page.getByRole("form", { name: "Lisää pöydän ehdotus" });
    for (const [table, text] of [
      ["Pöytä 3", "Iltavastaanotot terveysasemille"],
      ["Pöytä 5", "Vastaanotto myös lauantaisin"],
    ] as const) {
      await proposal.getByLabel("Mistä ehdotus tuli").fill(table);
      const field = proposal.getByLabel("Ehdotus", { exact: true });
      // The form is emptied after each proposal is saved.
      await expect(field).toHaveValue("");
      await field.fill(text);
      await expect(field).toHaveValue(text);
      await proposal.getByRole("button", { name: "Lisää ehdotus" }).click();
      await expect(page.getByText(text)).toBeVisible();
    }
    await page.getByRole("checkbox", { name: /Iltavastaanotot/ }).check();
    await page.getByRole("checkbox", { name: /lauantaisin/ }).check();
    const merge = page.getByRole("form", { name: "Yhdistä valitut ehdotukset suositukseksi" });
    await merge.getByLabel("Suosituksen otsikko").fill("Aukioloajat");
    await merge
      .getByLabel("Suosituksen teksti")
      .fill("Terveysasemat auki iltaisin ja lauantaisin.");
    await merge.getByRole("button", { name: "Yhdistä" }).click();
    await expect(page.getByRole("heading", { level: 3, name: "1. Aukioloajat" })).toBeVisible();
    await expect(page.getByText(/yhdistetty suositukseen 1\. Aukioloajat/)).toHaveCount(2);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Siirry vaiheeseen: Muutosehdotukset" }).click();
    await page.getByRole("button", { name: "Siirry vaiheeseen: Tukikartoitus" }).click();
    await expect(page.getByText("Tukikartoitus", { exact: true })).toBeVisible();
    const adopt = page.getByRole("form", { name: "Kirjaa hyväksyminen" });
    await adopt.getByRole("button", { name: "Kirjaa hyväksyminen" }).click();
    await expect(adopt.getByText(/Miten lausuma hyväksyttiin/).first()).toBeVisible();
    await adopt.getByLabel("Miten lausuma hyväksyttiin").fill("tukikartoitus + äänestys 34–2");
    await adopt.getByRole("button", { name: "Kirjaa hyväksyminen" }).click();
    await expect(page.getByText("Hyväksytty: tukikartoitus + äänestys 34–2")).toBeVisible();
    const handover = page.getByRole("form", { name: "Luovutus" });
    await handover.getByLabel("Luovutuspäivä").fill("2026-11-30");
    await handover.getByLabel("Kenelle luovutettiin").fill("aluevaltuusto");
    await handover.getByRole("button", { name: "Tallenna" }).click();
    await page.getByRole("button", { name: "Julkaise lausuma" }).click();
    await page.getByRole("link", { name: "Avaa julkinen sivu" }).click();

    await page.setViewportSize({ width: 360, height: 760 });
    await expect(
      page.getByRole("heading", { level: 1, name: "Asukaspaneelin loppulausuma" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: "1. Aukioloajat" })).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(1);
    await expect(page.getByText(/aluevaltuusto/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    const pdf = await page.request.get(
      (await page.getByRole("link", { name: "Lausuma PDF-tiedostona" }).getAttribute("href"))!,
    );
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
  });
});
