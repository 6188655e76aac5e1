import { readFile } from "node:fs/promises";
import {
  DEMO_ADMIN,
  DEMO_SLUG,
  outboxMessages,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

const PANEL = "Puntaroiva asukaspaneeli: ikääntyneiden palvelut";
const FINISHED = "Puntaroiva asukaspaneeli: sote-palvelut lähellä";

test.describe("panel fees", () => {
  test("a panelist on a phone gives payment details; an invalid IBAN is named at its field", async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
    const list = (await (await page.request.get(`/api/orgs/${DEMO_SLUG}/panels`)).json()) as {
      panels: { id: string; title: string }[];
    };
    const drawn = list.panels.find((p) => p.title === PANEL)!;
    const invited = await page.request.post(
      `/api/orgs/${DEMO_SLUG}/panels/${drawn.id}/invitations`,
      {
        headers: { "x-csrf-token": me.csrfToken },
        data: { deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() },
      },
    );
    expect(invited.status(), await invited.text()).toBe(200);
    let path: string | undefined;
    await expect(async () => {
      path = (await outboxMessages(page.request))
        .map((m) => /\/[\w-]+\/panels\/me#[\w-]+/.exec(m.text)?.[0])
        .find((l) => l !== undefined);
      expect(path).toBeDefined();
    }).toPass({ timeout: 20_000 });

    const phone = await browser.newPage({ viewport: { width: 360, height: 760 } });
    await phone.goto(path!);
    await expect(phone.getByRole("heading", { name: "Palkkio" })).toBeVisible();
    await expect(phone.getByText("Palkkio on 50,00 € jokaiselta istunnolta")).toBeVisible();
    await phone.getByLabel("Nimi").fill("Maija Mäkelä");
    await phone.getByLabel("Katuosoite").fill("Kauppakatu 1");
    await phone.getByLabel("Postinumero").fill("40100");
    await phone.getByLabel("Postitoimipaikka").fill("Jyväskylä");
    await phone.getByLabel("Tilinumero (IBAN)").fill("FI21 1234 5600 0007 86");
    await phone.getByLabel("Henkilötunnus").fill("131052-308T");
    await phone.getByLabel("Ei verokorttia (ennakonpidätys 60 %)").check();
    await phone.getByRole("button", { name: "Tallenna maksutiedot" }).click();
    const summary = phone.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Tilinumero \(IBAN\)/ })).toBeVisible();
    await expect(phone.getByLabel("Tilinumero (IBAN)")).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(phone)).toEqual([]);
    expect(await scrollsHorizontally(phone)).toBe(false);
    await phone.getByLabel("Tilinumero (IBAN)").fill("FI21 1234 5600 0007 85");
    await phone.getByRole("button", { name: "Tallenna maksutiedot" }).click();
    await expect(phone.getByText(/Maksutietosi on annettu .* \(tili …0785\)/)).toBeVisible();
    await expect(phone.getByRole("button", { name: "Muuta maksutietoja" })).toBeVisible();
    expect(await seriousViolations(phone)).toEqual([]);
    expect(await scrollsHorizontally(phone)).toBe(false);
    await phone.close();

    // Staff holding payments see who has given details, never the values.
    await page.goto(`/${DEMO_SLUG}/staff/panels/${drawn.id}/fees`);
    await expect(page.getByText("1/40 panelistia on antanut maksutietonsa.")).toBeVisible();
    await expect(page.getByText("FI21")).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test("staff enter a panelist's travel costs for a session; a bad amount is named at its field", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
    const list = (await (await page.request.get(`/api/orgs/${DEMO_SLUG}/panels`)).json()) as {
      panels: { id: string; title: string }[];
    };
    const drawn = list.panels.find((p) => p.title === PANEL)!;
    const base = `/api/orgs/${DEMO_SLUG}/panels/${drawn.id}`;
    const panel = (await (await page.request.get(base)).json()) as {
      sessions: { id: string }[];
    };
    // The last session (the check-in test uses the first): one panelist checked in.
    const session = panel.sessions.at(-1)!;
    const attendance = (await (
      await page.request.get(`${base}/sessions/${session.id}/attendance`)
    ).json()) as { panelists: { candidateId: string; name: string }[] };
    const panelist = attendance.panelists[0]!;
    const checked = await page.request.put(`${base}/sessions/${session.id}/attendance`, {
      headers: { "x-csrf-token": me.csrfToken },
      data: { candidateId: panelist.candidateId, present: true },
    });
    expect(checked.status(), await checked.text()).toBe(200);

    await page.goto(`/${DEMO_SLUG}/staff/panels/${drawn.id}/fees`);
    await expect(page.getByRole("heading", { name: "Matkakulut" })).toBeVisible();
    await page.getByLabel("Istunto").selectOption(session.id);
    await expect(page.getByLabel("Paneelilainen")).toHaveValue(panelist.candidateId);
    const amount = page.getByLabel(/^Matkakulut \(€\)/);
    await amount.fill("12,345");
    await page.getByRole("button", { name: "Tallenna matkakulut" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: /Matkakulut \(€\)/ })).toBeVisible();
    await expect(amount).toHaveAttribute("aria-invalid", "true");
    await amount.fill("12,50");
    await page.getByRole("button", { name: "Tallenna matkakulut" }).click();
    await expect(page.getByRole("status")).toContainText(/Matkakulut tallennettu: .*12,50/);
    const row = page.getByRole("table", { name: "Kirjatut matkakulut" }).getByRole("row", {
      name: new RegExp(panelist.name),
    });
    await expect(row).toContainText("maksetaan seuraavassa erässä");
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 760 });
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test("staff check panelists in on a tablet, and undo one", async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/panels`);
    await page.getByRole("link", { name: PANEL }).click();
    await page.getByRole("link", { name: /^Kirjaa läsnäolot: .* klo 17:00$/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Läsnäolon kirjaus" })).toBeVisible();
    await expect(page.getByText("Paikalla 0/40")).toBeVisible();
    const buttons = page.locator(".check-in-list button");
    await expect(buttons).toHaveCount(40);
    const first = buttons.first();
    const name = (await first.textContent())!.trim();
    await page.getByLabel("Hae nimellä tai numerolla").fill(name.slice(0, 6));
    const found = page.getByRole("button", { name, exact: true });
    await found.click();
    await expect(page.getByRole("button", { name: `✓ ${name}` })).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    await expect(page.getByRole("status")).toHaveText(`${name} kirjattu paikalle.`);
    await expect(page.getByText("Paikalla 1/40")).toBeVisible();
    const box = await page.getByRole("button", { name: `✓ ${name}` }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
    await page.getByRole("button", { name: `✓ ${name}` }).click();
    await expect(page.getByText("Paikalla 0/40")).toBeVisible();
    await page.reload();
    await expect(page.getByText("Paikalla 0/40")).toBeVisible();
    await page.setViewportSize({ width: 360, height: 760 });
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test("the treasurer downloads the Incomes Register XML of the paid batch; a missing phone is named at its field", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const list = (await (await page.request.get(`/api/orgs/${DEMO_SLUG}/panels`)).json()) as {
      panels: { id: string; title: string }[];
    };
    const finished = list.panels.find((p) => p.title === FINISHED)!;
    await page.goto(`/${DEMO_SLUG}/staff/panels/${finished.id}/fees`);
    const form = page.getByRole("form", { name: "Tulorekisterin aineisto (XML)" });
    await expect(form).toBeVisible();
    // The signed-in person is the contact by default; the phone the server requires is missing.
    await expect(form.getByLabel(/Yhteyshenkilön nimi/)).not.toHaveValue("");
    await form.getByRole("button", { name: "Lataa tulorekisterin XML-aineisto" }).click();
    const phone = form.getByLabel(/Yhteyshenkilön puhelinnumero/);
    await expect(
      form.getByRole("link", { name: /Yhteyshenkilön puhelinnumero.*: Tämä tieto tarvitaan/ }),
    ).toBeVisible();
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);

    await phone.fill("040 123 4567");
    await form.getByLabel(/testipalveluun/).check();
    const download = page.waitForEvent("download");
    await form.getByRole("button", { name: "Lataa tulorekisterin XML-aineisto" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^tulorekisteri-.*-testi\.xml$/);
    const xml = await readFile((await file.path())!, "utf8");
    expect(xml).toContain("<wrtir:WageReportsRequestToIR");
    expect(xml).toContain("<ProductionEnvironment>false</ProductionEnvironment>");
    expect(xml).toContain("<PaymentDate>2026-11-20</PaymentDate>");
    expect(xml).toContain("<Telephone>040 123 4567</Telephone>");
    expect(xml).toContain("<TransactionCode>336</TransactionCode>");
    await expect(form.getByRole("status")).toContainText("Aineisto ladattu");
    await expect(phone).not.toHaveAttribute("aria-invalid", "true");
  });
});
