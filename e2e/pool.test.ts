import type { APIRequestContext, Page } from "@playwright/test";
import {
  activeElementId,
  DEMO_ADMIN,
  DEMO_SLUG,
  outboxIds,
  outboxMessages,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

/** The path and `#token` of the newest pool link (`/pool/confirm` or `/pool/me`) mailed to `to`. */
async function poolLink(
  request: APIRequestContext,
  to: string,
  page: "confirm" | "me",
  seen: Set<string>,
): Promise<string> {
  let link = "";
  await expect
    .poll(
      async () => {
        const mail = (await outboxMessages(request)).find(
          (m) => !seen.has(m.id) && m.to === to && m.text.includes(`/pool/${page}`),
        );
        const match = mail
          ? new RegExp(`https?://[^\\s]+/pool/${page}[^\\s]*`).exec(mail.text)
          : null;
        if (match) {
          const url = new URL(match[0]);
          link = url.pathname + url.search + url.hash;
        }
        return link !== "";
      },
      { message: `a pool ${page} mail to ${to}` },
    )
    .toBe(true);
  return link;
}

/** Fills the join form as a resident would, by the labels in Finnish or Swedish. */
async function fillJoin(page: Page, email: string, sv: boolean) {
  await page.getByLabel(sv ? "E-postadress" : "Sähköpostiosoite").fill(email);
  await page.getByLabel(sv ? "Hemkommun" : "Kotikunta").selectOption("179");
  await page.getByLabel(sv ? "Födelseår" : "Syntymävuosi").fill("1984");
  await page.getByLabel(sv ? "Kön" : "Sukupuoli", { exact: true }).selectOption("woman");
  await page.getByLabel(sv ? "Modersmål" : "Äidinkieli").selectOption(sv ? "sv" : "fi");
  await page.getByRole("checkbox", { name: sv ? /^Inbjudningar:/ : /^Kutsut:/ }).check();
  await page
    .getByRole("group", {
      name: sv ? /hur vi får kontakta dig/ : /miten sinuun saa ottaa yhteyttä/,
    })
    .getByRole("checkbox", { name: sv ? "E-post" : "Sähköposti" })
    .check();
}

const stamp = Date.now().toString(36);
const FI_EMAIL = `liittyja-fi-${stamp}@example.invalid`;

test.describe("resident pool", () => {
  test("joining on a phone in Finnish, confirmed by the mail link", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/pool`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Liity asukaspooliin" }),
    ).toBeVisible();
    // Nothing is ticked in advance.
    for (const box of await page.getByRole("checkbox").all()) await expect(box).not.toBeChecked();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    const seen = await outboxIds(page.request);
    await fillJoin(page, FI_EMAIL, false);
    await page.getByRole("button", { name: "Liity" }).click();
    await expect(page.getByRole("status")).toContainText("vahvistuslinkin");
    await screenshot(page, "pool-join-fi-360");

    await page.goto(await poolLink(page.request, FI_EMAIL, "confirm", seen));
    await expect(page.getByRole("status")).toContainText("Liittymisesi on vahvistettu");
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("joining in Swedish names the fields to correct, then confirms", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/pool?lang=sv`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Gå med i invånarpoolen" }),
    ).toBeVisible();
    await page.getByRole("button", { name: "Gå med" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText("Födelseår");
    expect(await seriousViolations(page)).toEqual([]);
    const email = `liittyja-sv-${stamp}@example.invalid`;
    const seen = await outboxIds(page.request);
    await fillJoin(page, email, true);
    await page.getByRole("button", { name: "Gå med" }).click();
    await expect(page.getByRole("status")).toContainText("bekräftelselänk");
    const link = await poolLink(page.request, email, "confirm", seen);
    expect(link).toContain("lang=sv");
    await page.goto(link);
    await expect(page.getByRole("status")).toContainText("Din anslutning är bekräftad");
  });

  test("self-service: a one-time link, the data downloaded, and leaving", async ({ page }) => {
    // A member of its own, so that this test does not depend on the others.
    const email = `itsepalvelu-${Date.now().toString(36)}@example.invalid`;
    const joinedSeen = await outboxIds(page.request);
    const joined = await page.request.post(`/api/orgs/${DEMO_SLUG}/pool/join`, {
      data: {
        email,
        municipality: "179",
        birthYear: 1970,
        gender: "man",
        motherTongue: "fi",
        language: "fi",
        consents: { purposes: ["invitations"], channels: ["email"] },
      },
    });
    expect(joined.status(), await joined.text()).toBe(202);
    const confirm = await poolLink(page.request, email, "confirm", joinedSeen);
    const confirmed = await page.request.post(`/api/orgs/${DEMO_SLUG}/pool/confirm`, {
      data: { token: confirm.split("#")[1] },
    });
    expect(confirmed.status()).toBe(204);

    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/pool/me`);
    const seen = await outboxIds(page.request);
    await page.getByLabel("Sähköpostiosoite").fill(email);
    await page.getByRole("button", { name: "Lähetä linkki" }).click();
    await expect(page.getByRole("status")).toContainText("Linkki toimii kerran");
    await page.goto(await poolLink(page.request, email, "me", seen));
    await expect(page.getByRole("heading", { name: "Sinusta tallennetut tiedot" })).toBeVisible();
    await expect(page.getByText(email).first()).toBeVisible();
    // The token has left the address bar.
    expect(new URL(page.url()).hash).toBe("");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Lataa tiedot (JSON)" }).click(),
    ]);
    const file = await download.path();
    const { readFile } = await import("node:fs/promises");
    const data = JSON.parse(await readFile(file, "utf8"));
    expect(data.member.email).toBe(email);
    expect(data.consents[0]).toMatchObject({
      purpose: "invitations",
      channel: "email",
      givenVia: "web",
    });

    await page.getByRole("button", { name: "Eroa asukaspoolista" }).click();
    const dialog = page.getByRole("alertdialog");
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Kyllä, eroa" }).click();
    await expect(page.getByRole("status")).toContainText("Yhteystietosi on poistettu");
    // The address is no longer in the pool: asking for a link mails nothing.
    const after = await outboxIds(page.request);
    const asked = await page.request.post(`/api/orgs/${DEMO_SLUG}/pool/me/link`, {
      data: { email: email, language: "fi" },
    });
    expect(asked.status()).toBe(202);
    await page.waitForTimeout(1500);
    const fresh = (await outboxMessages(page.request)).filter(
      (m) => !after.has(m.id) && m.to === email,
    );
    expect(fresh).toEqual([]);
  });

  test("staff see the pool's size and members, enter a paper sign-up and open the settings", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/pool`);
    await expect(page.getByRole("heading", { level: 1, name: "Asukaspooli" })).toBeVisible();
    await expect(page.getByText(/Poolissa on \d+ jäsentä/)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kasvu kuukausittain" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("link", { name: /Lisää paperilla/ }).click();
    await fillJoin(page, `paperi-${Date.now().toString(36)}@example.invalid`, false);
    await page.getByRole("button", { name: "Tallenna" }).click();
    await expect(page.getByRole("status")).toContainText("Jäsen lisätty ja mukana poolissa");
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`/${DEMO_SLUG}/staff/pool/settings`);
    await expect(page.getByLabel("Kuntien koodit")).toHaveValue(/179/);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("joining with the keyboard only, on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await page.goto(`/${DEMO_SLUG}/pool`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Liity asukaspooliin" }),
    ).toBeVisible();
    /** Tabs forward until the field has focus (the fields come in reading order). */
    const tabTo = async (id: string) => {
      for (let i = 0; i < 80 && (await activeElementId(page)) !== id; i++) {
        await page.keyboard.press("Tab");
      }
      expect(await activeElementId(page)).toBe(id);
    };
    const email = `nappaimisto-${Date.now().toString(36)}@example.invalid`;
    await tabTo("pool-email");
    await page.keyboard.type(email);
    await tabTo("pool-municipality");
    await page.keyboard.press("ArrowDown");
    await tabTo("pool-birth-year");
    await page.keyboard.type("1991");
    await tabTo("pool-gender");
    await page.keyboard.press("ArrowDown");
    await tabTo("pool-mother-tongue");
    await page.keyboard.press("ArrowDown");
    await tabTo("pool-purposes-invitations");
    await page.keyboard.press("Space");
    await tabTo("pool-consent-channels-email");
    await page.keyboard.press("Space");
    await tabTo("pool-join-submit");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("vahvistuslinkin");
  });
});

test.describe("resident pool: composition and draws", () => {
  test("staff upload the population, see the composition, draw a stratified group and check it", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/pool/composition`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Koostumus verrattuna väestöön" }),
    ).toBeVisible();
    await page
      .getByLabel("Lataa väestötaulukko (JSON-stat 2)")
      .setInputFiles(
        new URL("../packages/representativeness/fixtures/11re-synthetic.json", import.meta.url)
          .pathname,
      );
    await expect(page.getByRole("status")).toContainText("Väestötaulukko tallennettu");
    const municipalities = page.getByRole("table", { name: "Kunta" });
    await expect(municipalities.getByRole("rowheader", { name: "Äänekoski" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Ikäryhmä" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The charts and tables fit a 360 px phone (tables scroll in their own box).
    await page.setViewportSize({ width: 360, height: 760 });
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.goto(`/${DEMO_SLUG}/staff/pool/draws`);
    await page.getByLabel("Arvonnan nimi").fill(`Paneeli ${stamp}`);
    await page.getByLabel("Menetelmä").selectOption("stratified");
    await page.getByLabel("Ositus").selectOption("municipality");
    await page.getByLabel("Ryhmän koko").fill("12");
    await page.getByLabel("Siemenluku").fill(`siemen-${stamp}`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Arvo ryhmä" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Paneeli ${stamp}` })).toBeVisible();
    await expect(page.getByText(`siemen-${stamp}`)).toBeVisible();
    await expect(page.getByRole("table", { name: "Ositteet" }).getByRole("row")).toHaveCount(4);
    await page.getByRole("button", { name: "Arvo uudelleen ja tarkista" }).click();
    await expect(page.getByRole("status")).toContainText("täsmälleen saman tuloksen");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Lähetä kutsut arvotuille" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Kutsuttu" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Kutsujen tilanne" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("staff draw with quotas: an impossible quota is named at the quotas, a possible one draws", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/pool/draws`);
    await page.getByLabel("Arvonnan nimi").fill(`Kiintiöt ${stamp}`);
    await page.getByLabel("Menetelmä").selectOption("quota");
    await page.getByLabel("Ryhmän koko").fill("4");
    await page.getByRole("button", { name: "Lisää kiintiö" }).click();
    const row = page.getByRole("group", { name: "Kiintiö 1" });
    await row.getByLabel("Ominaisuus").selectOption("gender");
    await row.getByLabel("Ryhmä").selectOption("woman");
    await row.getByLabel("Vähintään").fill("9999");
    await row.getByLabel("Enintään").fill("9999");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Arvo ryhmä" }).click();
    await expect(page.locator("#draw-quotas > .field__error")).toBeVisible();
    // Every gender of the pool gets its bounds (the lottery needs each value of a feature).
    await row.getByLabel("Vähintään").fill("2");
    await row.getByLabel("Enintään").fill("2");
    for (const [n, gender, min, max] of [
      [2, "man", "1", "2"],
      [3, "other", "0", "4"],
      [4, "undisclosed", "0", "4"],
    ] as const) {
      await page.getByRole("button", { name: "Lisää kiintiö" }).click();
      const more = page.getByRole("group", { name: `Kiintiö ${n}` });
      await more.getByLabel("Ominaisuus").selectOption("gender");
      await more.getByLabel("Ryhmä").selectOption(gender);
      await more.getByLabel("Vähintään").fill(min);
      await more.getByLabel("Enintään").fill(max);
    }
    await page.getByRole("button", { name: "Arvo ryhmä" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Kiintiöt ${stamp}` })).toBeVisible();
  });
});
