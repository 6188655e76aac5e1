import {
  DEMO_ADMIN,
  DEMO_SLUG,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("round tables", () => {
  test("staff record a meeting with the conversation's results and a proposal; the public page on a phone in fi and sv", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/roundtables`);
    await expect(page.getByRole("heading", { level: 1, name: "Pyöreät pöydät" })).toBeVisible();
    // The page has settled once the list (with the demo round table) is in.
    await expect(page.getByRole("link", { name: /pyöreän pöydän keskustelut/ })).toBeVisible();
    const create = page.getByRole("form", { name: "Uusi pyöreän pöydän prosessi" });
    // An empty title is named at its field (the summary says first whatever else went wrong).
    await create.getByRole("button", { name: "Luo prosessi" }).click();
    await expect(create.getByRole("link", { name: /Otsikko suomeksi/ })).toBeVisible();
    await expect(create.getByLabel("Otsikko suomeksi")).toHaveAttribute("aria-invalid", "true");
    await create.getByLabel("Otsikko suomeksi").fill("Nuorten mielenterveys");
    await create.getByLabel("Otsikko ruotsiksi").fill("Ungas psykiska hälsa");
    await create.getByLabel("Teema").fill("Matalan kynnyksen tuki");
    await create.getByLabel("Järjestävä yksikkö").fill("Osallisuusyksikkö");
    await create.getByRole("button", { name: "Luo prosessi" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Nuorten mielenterveys" }),
    ).toBeVisible();

    const status = page.getByRole("form", { name: "Tallenna tila" });
    await status.getByLabel("Tila").selectOption("meeting");
    await status.getByRole("button", { name: "Tallenna tila" }).click();

    const meeting = page.getByRole("form", { name: "Kirjaa tapaaminen" });
    await meeting.getByLabel("Päivämäärä").fill("2026-11-20");
    await meeting.getByLabel("Paikka").fill("Jyväskylän pääkirjasto");
    await meeting.getByLabel("Nuoret").fill("9");
    await meeting.getByLabel("Päättäjät").fill("3");
    await meeting.getByLabel("Muistiinpanot").fill("Keskustelu koulupsykologeista.");
    await meeting.getByRole("button", { name: "Tallenna" }).click();
    const heading = page.getByRole("heading", { level: 3, name: /Jyväskylän pääkirjasto/ });
    await expect(heading).toBeVisible();
    await expect(page.getByRole("cell", { name: "9" })).toBeVisible();

    // The demo conversation's results taken to the table.
    const snapshot = page.getByRole("form", { name: /Tuo keskustelun tulokset pöytään/ });
    await snapshot.getByRole("button", { name: "Ota tilannekuva nyt" }).click();
    await expect(
      page.getByRole("heading", { name: "Pöytään tuodut keskustelun tulokset" }),
    ).toBeVisible();
    await expect(page.getByText(/osallistujaa, \d+ ääntä/)).toBeVisible();

    const proposal = page.getByRole("form", { name: /Lisää ehdotus/ });
    await proposal.getByLabel("Pöytä tai ryhmä").fill("Pöytä 2");
    await proposal.getByLabel("Ehdotus", { exact: true }).fill("Koulupsykologi joka kouluun");
    await proposal.getByRole("button", { name: "Lisää ehdotus" }).click();
    await expect(page.getByText("Koulupsykologi joka kouluun")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Julkinen sivu" }).click();
    await page.setViewportSize({ width: 360, height: 760 });
    await expect(
      page.getByRole("heading", { level: 1, name: "Nuorten mielenterveys" }),
    ).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Nuoret" })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Pöytään tuodut keskustelun tulokset" }),
    ).toBeVisible();
    // Notes and proposals stay with staff; the statement is not yet published.
    await expect(page.getByText("Keskustelu koulupsykologeista.")).toHaveCount(0);
    await expect(page.getByText("Julkilausumaa ei ole vielä julkaistu.")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    await page.goto(`${new URL(page.url()).pathname}?lang=sv`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Ungas psykiska hälsa" }),
    ).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "Unga" })).toBeVisible();
    await expect(
      page.getByRole("heading", { name: "Diskussionsresultat som togs till bordet" }),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test("the demo round table shows its published julkilausuma, where it was sent and the response", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/roundtables`);
    await page.getByRole("link", { name: /pyöreän pöydän keskustelut/ }).click();
    await page.getByRole("link", { name: "Julkinen sivu" }).click();
    await page.setViewportSize({ width: 360, height: 760 });
    await expect(page.getByRole("heading", { level: 3, name: "Julkilausuma" })).toBeVisible();
    await expect(
      page.getByRole("heading", { level: 4, name: "1. Apu viikon sisällä" }),
    ).toBeVisible();
    await expect(page.getByText(/Aluehallitus – /)).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: /^Aluehallitus, / })).toBeVisible();
    await expect(page.getByText("Päättynyt")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test("staff correct and remove where the statement was sent, with the keyboard and a confirmation", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/roundtables`);
    const create = page.getByRole("form", { name: "Uusi pyöreän pöydän prosessi" });
    await create.getByLabel("Otsikko suomeksi").fill("Jakelun korjaus");
    await create.getByRole("button", { name: "Luo prosessi" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Jakelun korjaus" })).toBeVisible();

    const add = page.getByRole("form", { name: "Kirjaa lähetys" });
    await add.getByLabel(/^Vastaanottaja/).fill("Aluehalitus");
    await add.getByLabel("Lähetyspäivä").fill("2026-11-02");
    await add.getByRole("button", { name: "Kirjaa lähetys" }).click();
    const distribution = page.getByRole("region", { name: "Jakelu" });
    await expect(
      distribution.getByText(/Aluehalitus – 2\. marraskuuta 2026 \(Sähköposti\)/),
    ).toBeVisible();

    // The typo and the channel corrected in place; the form takes the focus, then gives it back.
    await distribution.getByRole("button", { name: /^Muokkaa: Aluehalitus/ }).click();
    const edit = page.getByRole("form", { name: /^Muokkaa: Aluehalitus/ });
    const recipient = edit.getByLabel(/^Vastaanottaja/);
    await expect(recipient).toBeFocused();
    // An empty recipient is named at its field, in Finnish.
    await recipient.fill("");
    await edit.getByRole("button", { name: "Tallenna muutokset" }).click();
    await expect(recipient).toHaveAttribute("aria-invalid", "true");
    await recipient.fill("Aluehallitus");
    await edit.getByLabel("Miten").selectOption("registry");
    await edit.getByLabel("Lisätieto").fill("Dnro 12/2026");
    await edit.getByRole("button", { name: "Tallenna muutokset" }).press("Enter");
    await expect(
      distribution.getByText(/Aluehallitus – 2\. marraskuuta 2026 \(Kirjaamo\)/),
    ).toBeVisible();
    await expect(distribution.getByText("Dnro 12/2026")).toBeVisible();
    const editButton = distribution.getByRole("button", { name: /^Muokkaa: Aluehallitus/ });
    await expect(editButton).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);

    // Removing asks first; cancelling keeps the record.
    await distribution.getByRole("button", { name: /^Poista: Aluehallitus/ }).click();
    const confirm = page.getByRole("alertdialog", { name: "Poistetaanko merkintä?" });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByText(/Aluehallitus, 2\. marraskuuta 2026/)).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(distribution.getByText(/Aluehallitus – /)).toBeVisible();
    await distribution.getByRole("button", { name: /^Poista: Aluehallitus/ }).click();
    await confirm.getByRole("button", { name: "Poista merkintä" }).click();
    await expect(distribution.getByText(/Aluehallitus – /)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2, name: "Jakelu" })).toBeFocused();

    // A phone: the record's buttons and its edit form fit.
    await add.getByLabel(/^Vastaanottaja/).fill("Hyvinvointivaliokunta");
    await add.getByLabel("Lähetyspäivä").fill("2026-11-03");
    await add.getByRole("button", { name: "Kirjaa lähetys" }).click();
    await page.setViewportSize({ width: 360, height: 760 });
    await distribution.getByRole("button", { name: /^Muokkaa: Hyvinvointivaliokunta/ }).click();
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});
