import type { Page } from "@playwright/test";
import {
  DEMO_ADMIN,
  DEMO_SLUG,
  outboxMessages,
  screenshot,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { demoConversation } from "./support/conversations.js";
import { expect, test } from "./support/test.js";

const ORG_FI = "Keski-Suomen hyvinvointialue (demo)";
const ORG_SV = "Välfärdsområdet Mellersta Finland (demo)";

/** The due date 14 days from now, as the Finnish pages write it ("18. joulukuuta 2026"). */
function dueText(): string {
  return new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toLocaleDateString("fi-FI", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Helsinki",
  });
}

async function footerLinks(page: Page) {
  const nav = page.getByRole("contentinfo").getByRole("navigation", {
    name: "Tietosuoja ja saavutettavuus",
  });
  await expect(nav.getByRole("link", { name: "Tietosuojaseloste" })).toHaveAttribute(
    "href",
    `/${DEMO_SLUG}/privacy`,
  );
  await expect(nav.getByRole("link", { name: "Saavutettavuusseloste" })).toHaveAttribute(
    "href",
    `/${DEMO_SLUG}/accessibility`,
  );
}

test.describe("privacy notice and accessibility statement", () => {
  test("every resident page links both documents from its footer", async ({ page }) => {
    for (const path of [`/${DEMO_SLUG}`, `/${DEMO_SLUG}/sign-in`, `/${DEMO_SLUG}/ei-ole-sivua`]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await footerLinks(page);
    }
    const { path } = await demoConversation(page.request);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await footerLinks(page);
    // The embed has no site footer, but small links that open in a new window.
    await page.goto(`${path}?embed=1`);
    const embedLink = page.getByRole("link", { name: /Saavutettavuusseloste/ });
    await expect(embedLink).toHaveAttribute("href", `/${DEMO_SLUG}/accessibility`);
    await expect(embedLink).toHaveAttribute("target", "_blank");
  });

  for (const width of [1280, 360]) {
    test(`both documents open from the footer, name the organization and pass axe at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`/${DEMO_SLUG}`);
      await page.getByRole("link", { name: "Tietosuojaseloste" }).click();
      await expect(page).toHaveURL(new RegExp(`/${DEMO_SLUG}/privacy$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(ORG_FI);
      await expect(page.getByRole("heading", { name: "Oikeutesi" })).toBeVisible();
      await expect(page.getByText(/tietosuojavaltuutetun/)).toBeVisible();
      await screenshot(page, `privacy-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsHorizontally(page)).toBe(false);

      await page.getByRole("link", { name: "Saavutettavuusseloste" }).click();
      await expect(page).toHaveURL(new RegExp(`/${DEMO_SLUG}/accessibility$`));
      await expect(page.getByRole("heading", { level: 1 })).toContainText(ORG_FI);
      await expect(page.getByText(/saavutettavuusvaatimukset\.fi/)).toBeVisible();
      await expect(
        page.getByRole("heading", { name: "Anna palautetta saavutettavuudesta" }),
      ).toBeVisible();
      await screenshot(page, `accessibility-${width}`);
      expect(await seriousViolations(page)).toEqual([]);
      expect(await scrollsHorizontally(page)).toBe(false);
    });
  }

  test("the statement in Swedish through ?lang=sv", async ({ page }) => {
    await page.goto(`/${DEMO_SLUG}/accessibility?lang=sv`);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tillgänglighetsutlåtande");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ORG_SV);
    await expect(page.getByRole("link", { name: "Dataskyddsbeskrivning" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("feedback: refused without a message, then received with its due date", async ({ page }) => {
    await page.goto(`/${DEMO_SLUG}/accessibility`);
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    await expect(page.locator(".error-summary")).toBeFocused();
    await expect(page.getByLabel(/^Palaute/)).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByLabel(/^Palaute/).fill("Äänestyspainikkeiden kontrasti on liian heikko.");
    await page.getByLabel("Sivu tai osoite, jota palaute koskee").fill("Äänestyssivu");
    await page.getByLabel("Sähköpostiosoite vastausta varten").fill("asukas@example.fi");
    await page.getByRole("button", { name: "Lähetä palaute" }).click();
    const status = page.getByRole("status").filter({ hasText: "Kiitos palautteesta" });
    await expect(status).toContainText("14 päivän kuluessa");
    await expect(status).toContainText(dueText());
  });

  test("staff see the feedback with its due date and mark it answered", async ({ page }) => {
    // The admins were told by mail, without the feedback's content.
    await expect
      .poll(async () =>
        (await outboxMessages(page.request)).find(
          (m) => m.to === DEMO_ADMIN && m.subject.startsWith("Uusi saavutettavuuspalaute"),
        ),
      )
      .toMatchObject({ text: expect.stringContaining(`/${DEMO_SLUG}/staff/legal/feedback`) });
    await signIn(page, DEMO_ADMIN);
    const card = page.locator(".card").filter({ hasText: "Saavutettavuuspalaute" });
    await expect(card).toContainText(/Avoinna [1-9]/);
    await card.getByRole("link", { name: "Saavutettavuuspalaute" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Saavutettavuuspalaute" }),
    ).toBeVisible();
    const item = page.locator(".card").filter({ hasText: "Äänestyspainikkeiden kontrasti" });
    await expect(item).toContainText("asukas@example.fi");
    await expect(item).toContainText("Vastattava viimeistään");
    await expect(item).toContainText(dueText());
    await expect(item).toContainText("Avoinna");
    expect(await seriousViolations(page)).toEqual([]);
    await item.getByLabel("Merkintä vastauksesta").fill("Vastattu sähköpostilla.");
    await item.getByRole("button", { name: "Merkitse vastatuksi" }).click();
    await expect(item).toContainText("Vastattu");
    await expect(item).toContainText("Merkintä: Vastattu sähköpostilla.");
    await expect(item.getByRole("button", { name: "Merkitse vastatuksi" })).toHaveCount(0);
  });

  test("an admin edits the privacy notice and residents see the edit", async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page
      .getByRole("navigation", { name: "Henkilöstön valikko" })
      .getByRole("link", { name: "Selosteet" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Tietosuojaseloste ja saavutettavuusseloste",
    );
    expect(await seriousViolations(page)).toEqual([]);
    const fi = page.locator("#legal-privacy-fi");
    await expect(fi).toHaveValue(/Tietosuojaseloste/);
    await fi.fill(
      `# Tietosuojaseloste – ${ORG_FI}\n\nKäsittelemme vain välttämättömät tiedot.\n\n- Ei evästeitä`,
    );
    await page.locator("#legal-privacy-sv").fill("");
    await page
      .locator("section")
      .filter({ has: fi })
      .getByRole("button", { name: "Tallenna seloste" })
      .click();
    await expect(
      page.getByRole("status").filter({ hasText: "Seloste tallennettu." }),
    ).toBeVisible();

    const resident = await (await browser.newContext()).newPage();
    await resident.goto(`/${DEMO_SLUG}/privacy`);
    await expect(resident.getByText("Käsittelemme vain välttämättömät tiedot.")).toBeVisible();
    await expect(resident.getByRole("listitem").filter({ hasText: "Ei evästeitä" })).toBeVisible();
    // Swedish has no text of its own: the Finnish text is shown, marked as Finnish.
    await resident.goto(`/${DEMO_SLUG}/privacy?lang=sv`);
    await expect(resident.locator(".legal-text")).toHaveAttribute("lang", "fi");
    await expect(resident.getByText("visas på finska")).toBeVisible();

    // Back to the template.
    await page
      .locator("section")
      .filter({ has: fi })
      .getByRole("button", { name: "Palauta pohja" })
      .click();
    await expect(page.getByRole("status").filter({ hasText: "palautettu pohjaan" })).toBeVisible();
    await resident.goto(`/${DEMO_SLUG}/privacy?lang=fi`);
    await expect(resident.getByRole("heading", { name: "Oikeutesi" })).toBeVisible();
  });

  test("an emptied Finnish text, refused by the server, is named at its field", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/legal`);
    const fi = page.locator("#legal-accessibility-fi");
    await expect(fi).toHaveValue(/Saavutettavuusseloste/);
    // The editor sends what it has; only the server knows Finnish may not be empty.
    await fi.fill("");
    const section = page.locator("section").filter({ has: fi });
    await section.getByRole("button", { name: "Tallenna seloste" }).click();
    const summary = section.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(fi).toHaveAttribute("aria-invalid", "true");
    const link = summary.getByRole("link");
    await expect(link).toHaveAttribute("href", "#legal-accessibility-fi");
    await link.click();
    await expect(fi).toBeFocused();
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing was saved: after a reload the Finnish text is there again.
    await page.reload();
    await expect(page.locator("#legal-accessibility-fi")).toHaveValue(/Saavutettavuusseloste/);
  });
});
