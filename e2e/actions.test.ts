import {
  DEMO_ADMIN,
  DEMO_SLUG,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

const TABLE = `/${DEMO_SLUG}/actions/nuorisopaneeli-2025`;

test.describe("action tables", () => {
  test("a resident searches the table on a phone, without ä or ö, and reads it as cards", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(TABLE);
    await expect(
      page.getByRole("heading", { level: 1, name: "Nuorisopaneelin suositukset 2025" }),
    ).toBeVisible();
    await expect(page.getByText(/^Päivitetty /)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.getByRole("searchbox", { name: "Hae taulukosta" }).fill("aanekoskella");
    await expect(page.getByRole("status").filter({ hasText: "Näytetään" })).toHaveText(
      "Näytetään 1 / 1 toimenpidettä",
    );
    // The text is shown as written, with its letters.
    await expect(page.getByRole("cell", { name: /Äänekoskella/ })).toBeVisible();
    await page.getByRole("searchbox", { name: "Hae taulukosta" }).fill("");
    await page.getByLabel("Tila", { exact: true }).selectOption("not_taken_forward");
    await expect(page.getByRole("rowheader", { name: /Koulukyydit/ })).toBeVisible();
    await expect(page.getByRole("rowheader")).toHaveCount(1);
    expect(await scrollsHorizontally(page)).toBe(false);
    // The change log shows the demo's status change, and the open data answers.
    await expect(page.getByText(/1\.2 tila: Ei aloitettu → Käynnissä/)).toBeVisible();
    const json = await page.request.get(
      `/api/orgs/${DEMO_SLUG}/actions/open/nuorisopaneeli-2025.json`,
    );
    expect((await json.json()).recommendations).toHaveLength(3);
    await page.getByLabel("Sähköpostiosoite").fill("tilaaja@example.invalid");
    await page.getByRole("button", { name: "Tilaa" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Vahvistuslinkki" })).toBeVisible();
  });

  test("a resident opens a recommendation's trail on a phone: sources, measures, decisions", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(TABLE);
    await page
      .getByRole("link", { name: /^1\. Nuorten mielenterveyspalveluihin/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`${TABLE}/1$`));
    await expect(
      page.getByRole("heading", { level: 1, name: /Nuorten mielenterveyspalveluihin/ }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Mistä suositus tuli" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Toimenpiteet ja päätökset" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^1\.2 Chat-palvelu iltaisin/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.getByRole("link", { name: /Takaisin taulukkoon/ }).click();
    await expect(page).toHaveURL(new RegExp(`${TABLE}$`));
  });

  test("an editor updates a measure's status and the public change log shows it", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/actions`);
    await page.getByRole("link", { name: "Nuorisopaneelin suositukset 2025" }).click();
    await page.getByRole("button", { name: "Muokkaa 1.1" }).click();
    await page.getByRole("form", { name: "Muokkaa 1.1" }).getByLabel("Tila").selectOption("done");
    await page.getByRole("button", { name: "Tallenna" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Muutos tallennettu" })).toBeVisible();
    await expect(
      page.getByRole("cell", { name: "1.1 tila: Käynnissä → Toteutettu" }),
    ).toBeVisible();
    // A measure with a new recommendation: an empty one is named in the error summary first.
    const add = page.getByRole("form", { name: "Lisää toimenpide" });
    await add.getByRole("button", { name: "Lisää" }).click();
    await expect(add.getByText(/Uuden suosituksen teksti/).first()).toBeVisible();
    await add.getByLabel("Uuden suosituksen teksti").fill("Liikkumisen tuki nuorille");
    await add.getByLabel("Toimenpide").fill("Kesäliput nuorille");
    await add.getByRole("button", { name: "Lisää" }).click();
    await expect(page.getByRole("heading", { name: "4. Liikkumisen tuki nuorille" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(TABLE);
    await expect(page.getByText(/1\.1 tila: Käynnissä → Toteutettu/)).toBeVisible();
    await expect(page.getByText(/4\.1 lisätty: – → Kesäliput nuorille/)).toBeVisible();
  });
});
