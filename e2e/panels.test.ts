import {
  DEMO_ADMIN,
  DEMO_SLUG,
  outboxMessages,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

test.describe("resident panels", () => {
  test("staff see the drawn demo panel against its quotas and open its public report on a phone", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/panels`);
    await expect(page.getByRole("heading", { level: 1, name: "Asukaspaneelit" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole("link", { name: "Puntaroiva asukaspaneeli: ikääntyneiden palvelut" })
      .click();
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: "Puntaroiva asukaspaneeli: ikääntyneiden palvelut",
      }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "Varalla järjestyksessä" })).toBeVisible();
    await expect(page.getByRole("button", { name: /Merkitse poisjääneeksi/ })).toHaveCount(40);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 760 });
    await page.getByRole("link", { name: "Julkinen valintaseloste" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Valintaseloste: / })).toBeVisible();
    await expect(page.getByText("3 11 24 36 48").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });

  test("staff set up a panel with a travel cap per meeting; a bad cap is named at its field", async ({
    page,
  }) => {
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/panels`);
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Uusi paneeli" }) });
    const title = `Matkakattopaneeli ${Date.now()}`;
    await form.getByLabel("Paneelin nimi").fill(title);
    await form.getByLabel("Päivä").fill("2027-03-04");
    await form.getByLabel("Paikka").fill("Kirjasto");
    // An error the server finds is named at its field too: a register round needs its id.
    await form.getByRole("button", { name: "Perusta paneeli" }).click();
    await expect(form.getByLabel("Väestörekisterikierroksen tunniste")).toHaveAttribute(
      "aria-invalid",
      "true",
    );
    await form.getByLabel("Mistä ehdokkaat tulevat").selectOption("open_call");
    const cap = form.getByLabel(/^Matkakorvauksen enimmäismäärä tapaamiselta/);
    // Only a panel that pays travel has a cap.
    await form.getByLabel("Matkakorvaus", { exact: true }).uncheck();
    await expect(cap).toHaveCount(0);
    await form.getByLabel("Matkakorvaus", { exact: true }).check();
    await cap.fill("30,505");
    // The fee is euros too, with a comma: a fee that is not an amount is named at its field.
    const fee = form.getByLabel("Palkkio tapaamiselta (€)");
    await fee.fill("viisikymmentä");
    await form.getByRole("button", { name: "Perusta paneeli" }).click();
    const summary = form.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(fee).toHaveAttribute("aria-invalid", "true");
    await fee.fill("52,50");
    await expect(
      summary.getByRole("link", { name: /Matkakorvauksen enimmäismäärä.*enintään 10 000/ }),
    ).toBeVisible();
    await expect(cap).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    await cap.fill("30,50");
    await form.getByRole("button", { name: "Perusta paneeli" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    const panelUrl = page.url();
    await page.goto(`${panelUrl}/fees`);
    await expect(page.getByRole("heading", { name: "Matkakulut" })).toBeVisible();
    await expect(page.getByText(/enintään 30,50\s€ istuntoa kohden/)).toBeVisible();
  });

  test("a panelist opens the one-time link on a phone and confirms the seat", async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
    const headers = { "x-csrf-token": me.csrfToken };
    const list = (await (await page.request.get(`/api/orgs/${DEMO_SLUG}/panels`)).json()) as {
      panels: { id: string; status: string }[];
    };
    const drawn = list.panels.find((p) => p.status === "selected")!;
    const invited = await page.request.post(
      `/api/orgs/${DEMO_SLUG}/panels/${drawn.id}/invitations`,
      {
        headers,
        data: { deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() },
      },
    );
    expect(invited.status(), await invited.text()).toBe(200);
    let path: string | undefined;
    await expect(async () => {
      const links = (await outboxMessages(page.request))
        .map((m) => /\/[\w-]+\/panels\/me#[\w-]+/.exec(m.text)?.[0])
        .filter((l) => l !== undefined);
      path = links[0];
      expect(path).toBeDefined();
    }).toPass({ timeout: 20_000 });
    const panelist = await browser.newPage({ viewport: { width: 360, height: 760 } });
    await panelist.goto(path!);
    await expect(
      panelist.getByRole("heading", { level: 1, name: /ikääntyneiden palvelut/ }),
    ).toBeVisible();
    await expect(panelist.getByText("Sinut on valittu. Vahvista osallistumisesi.")).toBeVisible();
    await expect(panelist.getByRole("heading", { name: "Tapaamiset" })).toBeVisible();
    expect(await seriousViolations(panelist)).toEqual([]);
    expect(await scrollsHorizontally(panelist)).toBe(false);
    // The token left the address at once; the link does not open twice.
    expect(panelist.url()).not.toContain("#");
    await panelist.getByRole("button", { name: "Osallistun" }).click();
    await expect(panelist.getByText("Osallistumisesi on vahvistettu. Kiitos!")).toBeVisible();
    const again = await panelist.request.post(`/api/orgs/${DEMO_SLUG}/panelists/session`, {
      data: { token: path!.split("#")[1] },
    });
    expect(again.status()).toBe(410);
    await panelist.close();
  });

  test("a confirmed panelist on a phone sees own table and materials and votes on the recommendations", async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
    const headers = { "x-csrf-token": me.csrfToken };
    const api = `/api/orgs/${DEMO_SLUG}`;
    const post = async (url: string, data: unknown, method: "post" | "put" = "post") => {
      const r = await page.request[method](`${api}${url}`, { headers, data });
      expect(r.status(), await r.text()).toBeLessThan(300);
      return r.json();
    };
    const list = (await (await page.request.get(`${api}/panels`)).json()) as {
      panels: { id: string; status: string }[];
    };
    const drawn = list.panels.find((p) => p.status === "selected")!;
    // Invite the seated (once per server: the test before may have done it already).
    await page.request.post(`${api}/panels/${drawn.id}/invitations`, {
      headers,
      data: { deadline: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    });
    let path: string | undefined;
    await expect(async () => {
      const links = (await outboxMessages(page.request))
        .map((m) => /\/[\w-]+\/panels\/me#[\w-]+/.exec(m.text)?.[0])
        .filter((l) => l !== undefined);
      path = links[1];
      expect(links.length).toBeGreaterThan(1);
    }).toPass({ timeout: 20_000 });
    const panelist = await browser.newPage({ viewport: { width: 360, height: 760 } });
    await panelist.goto(path!);
    await panelist.getByRole("button", { name: "Osallistun" }).click();
    await expect(panelist.getByText("Osallistumisesi on vahvistettu. Kiitos!")).toBeVisible();

    // Staff seat the confirmed at a table, add materials and open the support check.
    const detail = (await (await page.request.get(`${api}/panels/${drawn.id}`)).json()) as {
      sessions: { id: string }[];
    };
    const session = detail.sessions[0]!.id;
    await page.goto(`/${DEMO_SLUG}/staff/panels/${drawn.id}/tables/${session}`);
    await page.getByLabel("Pöytien määrä").fill("1");
    await page.getByRole("button", { name: "Jaa pöydät" }).click();
    await expect(page.getByText("Panelistit on jaettu 1 pöytään.")).toBeVisible();
    await post(`/panels/${drawn.id}/materials`, {
      kind: "video",
      title: { fi: "Video: palvelut kotona" },
      url: "https://example.fi/video.mp4",
      captionUrl: "https://example.fi/video.fi.vtt",
      sessionId: session,
    });
    const { statementId } = await post(`/panels/${drawn.id}/statement`, {});
    // The facilitator writes the table's proposal on the tables page.
    await page.getByLabel("Pöydän 1 teksti").fill("Kotihoidon käynnit sovitaan asukkaan kanssa");
    await page.getByRole("button", { name: "Tallenna pöydän 1 kirjaus" }).click();
    await expect(
      page.getByText("Ehdotus tallennettu ja viety kannanoton ehdotuksiin."),
    ).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    const base = `/deliberation/statements/${statementId}`;
    const statement = await (await page.request.get(`${api}${base}`)).json();
    await post(`${base}/merge`, {
      proposalIds: statement.proposals.map((p: { id: string }) => p.id),
      title: "Kotihoito asukkaan ehdoilla",
      text: "Kotihoidon käyntiajat sovitaan yhdessä asukkaan kanssa.",
    });
    await post(`${base}/status`, { status: "amending" }, "put");
    await post(`${base}/status`, { status: "support_check" }, "put");

    await panelist.reload();
    await expect(panelist.getByRole("heading", { name: "Pöytäsi" })).toBeVisible();
    await expect(panelist.getByText(/: pöytä 1/)).toBeVisible();
    await expect(panelist.getByRole("heading", { name: "Aineistot" })).toBeVisible();
    await expect(
      panelist.getByRole("link", { name: "Video: palvelut kotona", exact: true }),
    ).toBeVisible();
    await expect(
      panelist.getByRole("link", { name: "Tekstitys: Video: palvelut kotona" }),
    ).toBeVisible();
    const support = panelist.getByRole("group", { name: "Tukesi suositukselle 1" });
    await support.getByRole("radio").nth(3).click();
    await expect(support.getByRole("radio").nth(3)).toBeChecked();
    expect(await seriousViolations(panelist)).toEqual([]);
    expect(await scrollsHorizontally(panelist)).toBe(false);
    // The vote reached the statement.
    const after = await (await page.request.get(`${api}${base}`)).json();
    expect(JSON.stringify(after)).toContain('"answered":1');
    await panelist.close();
  });

  test("a resident signs up for an open call on a phone; what only the server checks is named at its field", async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
    const headers = { "x-csrf-token": me.csrfToken };
    const api = `/api/orgs/${DEMO_SLUG}`;
    const title = `Avoin haku ${Date.now()}`;
    const created = await page.request.post(`${api}/panels`, {
      headers,
      data: {
        title,
        targetSize: 10,
        quotas: [
          { feature: "ageBand", value: "18–39", min: 0, max: 10 },
          { feature: "ageBand", value: "40+", min: 0, max: 10 },
        ],
        source: "open_call",
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const opened = await page.request.put(`${api}/panels/${id}/status`, {
      headers,
      data: { status: "recruiting" },
    });
    expect(opened.status(), await opened.text()).toBe(200);

    const resident = await browser.newPage({ viewport: { width: 360, height: 760 } });
    await resident.goto(`/${DEMO_SLUG}/panels/${id}/sign-up`);
    await expect(
      resident.getByRole("heading", { level: 1, name: `Ilmoittaudu: ${title}` }),
    ).toBeVisible();
    await resident.getByLabel("Nimi").fill("Aino Asukas");
    // The form checks nothing itself: the server finds that "12" is not a phone number and
    // that no age band was chosen, and both are named at their fields.
    const phone = resident.getByLabel("Puhelinnumero");
    await phone.fill("12");
    await resident.getByLabel("Hyväksyn").check();
    await resident.getByRole("button", { name: "Ilmoittaudu" }).click();
    const summary = resident.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(phone).toHaveAttribute("aria-invalid", "true");
    await expect(summary.getByRole("link", { name: /^Puhelinnumero/ })).toHaveAttribute(
      "href",
      "#signup-phone",
    );
    const ageBand = resident.getByLabel("ageBand");
    await expect(ageBand).toHaveAttribute("aria-invalid", "true");
    await expect(summary.getByRole("link", { name: /^ageBand/ })).toHaveAttribute(
      "href",
      "#signup-ageBand",
    );
    expect(await seriousViolations(resident)).toEqual([]);
    expect(await scrollsHorizontally(resident)).toBe(false);

    await phone.fill("040 123 4567");
    await ageBand.selectOption("40+");
    await resident.getByRole("button", { name: "Ilmoittaudu" }).click();
    await expect(resident.getByText("Kiitos! Ilmoittautumisesi on vastaanotettu.")).toBeVisible();
    await resident.close();
  });
});
