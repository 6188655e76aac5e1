import type { APIRequestContext, Page } from "@playwright/test";
import {
  DEMO_ADMIN,
  DEMO_SLUG,
  outboxMessages,
  scrollsHorizontally,
  seriousViolations,
  signIn,
} from "./support/browser.js";
import { expect, test } from "./support/test.js";

const base = `/api/orgs/${DEMO_SLUG}`;

/** Staff calls through the signed-in page's request context (with the CSRF header). */
async function staffApi(page: Page) {
  const me = (await (await page.request.get("/api/me")).json()) as { csrfToken: string };
  const headers = { "x-csrf-token": me.csrfToken };
  const send = async (method: "post" | "put", url: string, data: unknown) => {
    const response = await page.request[method](url, { headers, data });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response.json();
  };
  return {
    post: (url: string, data: unknown) => send("post", url, data),
    put: (url: string, data: unknown) => send("put", url, data),
  };
}

async function linkTo(request: APIRequestContext, to: string): Promise<string> {
  let path: string | undefined;
  await expect(async () => {
    const mail = (await outboxMessages(request)).find((m) => m.to === to);
    path = mail ? /\/[\w-]+\/jury#[\w-]+/.exec(mail.text)?.[0] : undefined;
    expect(path).toBeDefined();
  }).toPass({ timeout: 20_000 });
  return path!;
}

test.describe("online juries", () => {
  test("a juror on a phone follows a phase, asks an expert, replies in a thread and supports a recommendation", async ({
    page,
    browser,
  }) => {
    await signIn(page, DEMO_ADMIN);
    const api = await staffApi(page);
    const title = `Nuorten digiraati ${Date.now()}`;
    const jury = await api.post(`${base}/juries`, {
      title,
      question: { fi: "Miten nuorten vapaa-aikaa tuetaan?", sv: "Hur stöds ungas fritid?" },
      recruitment: "open_call",
      audience: "15–25-vuotiaat",
      phases: {
        get_to_know: {
          prompt: {
            fi: "Lue aineisto ja kerro ensimmäinen ajatuksesi.",
            sv: "Läs materialet och berätta din första tanke.",
          },
          plainPrompt: { fi: "Lue teksti. Kirjoita mitä ajattelet." },
        },
        hear_experts: { prompt: { fi: "Kysy asiantuntijalta." } },
      },
    });
    const url = `${base}/juries/${jury.id}`;
    await api.post(`${url}/jurors`, {
      contact: { name: "Nuori", email: "nuori-e2e@example.fi" },
      age: 17,
    });
    const expert = await api.post(`${url}/experts`, {
      name: "Eeva Asiantuntija",
      title: "nuorisotyö",
      email: "eeva-e2e@example.fi",
    });
    await api.post(`${url}/materials`, {
      phase: "get_to_know",
      kind: "text",
      title: { fi: "Nuorten harrastukset" },
      body: { fi: "Harrastuksiin osallistuminen on vähentynyt viime vuosina." },
      plainBody: { fi: "Nuoret harrastavat nyt vähemmän." },
    });
    await api.post(`${url}/hearings`, { expertId: expert.id, subject: { fi: "Nuorisotyö" } });
    await api.put(`${url}/status`, { status: "running" });
    await api.post(`${url}/posts`, {
      body: "Tervetuloa raatiin! Mitä ajattelette harrastuksista?",
      parentId: null,
    });
    await api.post(`${url}/invitations`, { expiresOn: "2099-12-31" });

    const juror = await browser.newPage({ viewport: { width: 360, height: 760 } });
    await juror.goto(await linkTo(page.request, "nuori-e2e@example.fi"));
    await expect(juror.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(juror.url()).not.toContain("#");
    await expect(juror.getByText("Tutustu aiheeseen")).toBeVisible();
    await expect(juror.getByText("Lue aineisto ja kerro ensimmäinen ajatuksesi.")).toBeVisible();
    await expect(juror.getByText("Harrastuksiin osallistuminen on vähentynyt")).toBeVisible();
    await juror.getByLabel("Selkokielellä").click();
    await expect(juror.getByLabel("Selkokielellä")).toBeChecked();
    await expect(juror.getByText("Nuoret harrastavat nyt vähemmän.")).toBeVisible();
    await expect(juror.getByText("Lue teksti. Kirjoita mitä ajattelet.")).toBeVisible();
    expect(await seriousViolations(juror)).toEqual([]);
    expect(await scrollsHorizontally(juror)).toBe(false);

    // A reply in the thread, with a reaction.
    await juror.getByRole("button", { name: "Vastaa" }).click();
    await juror.getByLabel("Vastauksesi viestiin").fill("Kaipaan ilmaisia harrastuksia iltaisin.");
    await juror.getByRole("button", { name: "Lähetä vastaus" }).click();
    await expect(juror.getByText("Kaipaan ilmaisia harrastuksia iltaisin.")).toBeVisible();
    await juror.getByRole("button", { name: "Samaa mieltä 0" }).first().click();
    await expect(juror.getByRole("button", { name: "Samaa mieltä 1" }).first()).toHaveAttribute(
      "aria-pressed",
      "true",
    );

    // The facilitator moves the phase on the staff page; the juror's page follows live.
    await page.goto(`/${DEMO_SLUG}/staff/juries/${jury.id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Kaipaan ilmaisia harrastuksia iltaisin.")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Siirrä vaiheeseen: Kuule asiantuntijoita" }).click();
    await expect(page.getByText("Nykyinen vaihe: Kuule asiantuntijoita")).toBeVisible();
    await expect(
      juror.getByRole("status").filter({ hasText: "Kuule asiantuntijoita" }),
    ).toBeVisible({ timeout: 15_000 });

    // Ask the expert.
    await juror.getByLabel("Kysymyksesi").fill("Mikä houkuttelisi nuoria harrastamaan?");
    await juror.getByRole("button", { name: "Lähetä kysymys" }).click();
    await expect(juror.getByText("Kysymys lähetetty.")).toBeVisible();
    await expect(juror.getByText("Mikä houkuttelisi nuoria harrastamaan?")).toBeVisible();
    expect(await seriousViolations(juror)).toEqual([]);

    // The statement: staff draft it with deliberation's tools and open the support check.
    const started = await api.post(`${url}/statement`, {});
    const sbase = `${base}/deliberation/statements/${started.statementId}`;
    const proposal = await api.post(`${sbase}/proposals`, {
      sourceLabel: "Raati",
      text: "Ilmaiset harrastukset",
    });
    await api.post(`${sbase}/merge`, {
      proposalIds: [proposal.proposals[0].id],
      title: "Ilmaiset harrastukset",
      text: "Kunnat tarjoavat ilmaisia harrastuksia iltaisin.",
      rationale: "",
    });
    await api.put(`${sbase}/status`, { status: "amending" });
    await api.put(`${sbase}/status`, { status: "support_check" });
    await juror.reload();
    await expect(juror.getByRole("heading", { name: "Raadin julkilausuma" })).toBeVisible();
    const five = juror.getByRole("radio", { name: /^5 – / });
    await five.click();
    await expect(five).toBeChecked();
    await juror.reload();
    await expect(juror.getByRole("radio", { name: /^5 – / })).toBeChecked();
    expect(await seriousViolations(juror)).toEqual([]);
    expect(await scrollsHorizontally(juror)).toBe(false);

    // In Swedish.
    await juror.goto(`/${DEMO_SLUG}/jury?lang=sv`);
    await expect(juror.getByText("Hör sakkunniga")).toBeVisible();
    await expect(juror.getByRole("heading", { name: "Diskussion" })).toBeVisible();
    expect(await seriousViolations(juror)).toEqual([]);
    expect(await scrollsHorizontally(juror)).toBe(false);
  });

  test("staff set up a jury on a phone: the jury, an under-age juror with the guardian's consent, a material", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await signIn(page, DEMO_ADMIN);
    await page.goto(`/${DEMO_SLUG}/staff/juries`);
    await expect(page.getByRole("heading", { level: 1, name: "Digiraadit" })).toBeVisible();

    // An empty title is named first in the error summary, which takes focus.
    await page.getByRole("button", { name: "Luo raati" }).click();
    const summary = page.locator(".error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("listitem").first()).toContainText("Raadin nimi");
    await expect(page.getByLabel("Raadin nimi")).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    const title = `Raati puistoista ${Date.now()}`;
    await page.getByLabel("Raadin nimi").fill(title);
    await page.getByLabel("Raadin kysymys suomeksi").fill("Millaisia puistoja tarvitsemme?");
    await page.getByLabel("Raadin kysymys ruotsiksi").fill("Vilka parker behöver vi?");
    await page.getByLabel("Alaikäraja").fill("15");
    await page.getByLabel("Moderointi").selectOption("pre");
    await page.getByLabel("Ohje suomeksi").first().fill("Tutustu aineistoon.");
    await page.getByRole("button", { name: "Luo raati" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    expect(page.url()).toMatch(/\/staff\/juries\/[0-9a-f-]{36}$/);

    // A juror under the minimum age needs a guardian; the consent is recorded afterwards.
    await page.getByLabel("Nimi", { exact: true }).fill("Aino");
    await page.getByLabel("Sähköposti").first().fill("aino-e2e@example.fi");
    await page.getByLabel("Ikä").fill("14");
    await page.getByRole("button", { name: "Lisää raatilainen" }).click();
    await expect(page.locator("#juror-heading ~ .error-summary")).toContainText("Huoltaja");
    await page.getByLabel("Huoltajan nimi").fill("Maija Huoltaja");
    await page.locator("#juror-guardian-email").fill("maija-e2e@example.fi");
    await page.getByRole("button", { name: "Lisää raatilainen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Lisätty:" })).toBeVisible();
    await expect(page.getByText("odottaa huoltajan suostumusta")).toBeVisible();
    await page.getByLabel("Miten suostumus annettiin").fill("Allekirjoitettu lomake");
    await page.getByRole("button", { name: "Kirjaa suostumus" }).click();
    await expect(page.getByText("odottaa huoltajan suostumusta")).toHaveCount(0);

    // A text material with its plain-language variant.
    await page.getByLabel("Otsikko suomeksi").fill("Puistojen kartta");
    await page.locator("#material-body-fi").fill("Kunnassa on 42 puistoa.");
    await page.getByLabel("Teksti selkosuomeksi").fill("Puistoja on paljon.");
    await page.getByRole("button", { name: "Lisää aineisto" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Aineisto lisätty" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Puistojen kartta" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
  test("staff edit a running jury, start its statement and record the response, shown on the public page", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 760 });
    await signIn(page, DEMO_ADMIN);
    const api = await staffApi(page);
    const title = `Raati kirjastoista ${Date.now()}`;
    const jury = await api.post(`${base}/juries`, {
      title,
      question: { fi: "Mitä kirjastoilta odotetaan?" },
      recruitment: "open_call",
      phases: { get_to_know: { prompt: { fi: "Tutustu kirjastojen tilastoihin." } } },
    });
    const url = `${base}/juries/${jury.id}`;
    await api.post(`${url}/jurors`, {
      contact: { name: "Lukija", email: "lukija-e2e@example.fi" },
      age: 19,
    });
    await api.put(`${url}/status`, { status: "running" });
    await page.goto(`/${DEMO_SLUG}/staff/juries/${jury.id}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // Edit the set-up: an emptied title is an error at its field; then a new title and age.
    const edit = page.getByRole("button", { name: "Muokkaa raadin asetuksia" });
    await edit.click();
    await expect(edit).toHaveAttribute("aria-expanded", "true");
    const titleField = page.locator("#jury-edit-title");
    await expect(titleField).toHaveValue(title);
    await expect(page.locator("#jury-edit-phases-get_to_know-prompt-fi")).toHaveValue(
      "Tutustu kirjastojen tilastoihin.",
    );
    await titleField.fill("");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(page.locator("#jury-edit-heading ~ .error-summary")).toBeFocused();
    await expect(titleField).toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    const renamed = `${title} (muokattu)`;
    await titleField.fill(renamed);
    await page.locator("#jury-edit-minimumAge").fill("15");
    await page.locator("#jury-edit-phases-get_to_know-startsOn").fill("2027-03-01");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Asetukset on tallennettu" }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    await expect(titleField).not.toHaveAttribute("aria-invalid", "true");

    // Start the statement: the running jury's juror takes part; the editor is linked.
    await expect(page.getByText("Julkilausumaa ei ole vielä aloitettu.")).toBeVisible();
    await page.getByRole("button", { name: "Aloita julkilausuma" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Julkilausuma on avoinna 1 raatilaiselle." }),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: /^Kirjoita ja julkaise julkilausuma:/ }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: "Päivitä julkilausuman raatilaiset" }),
    ).toBeVisible();

    // Record the response: required fields named at their fields, then saved.
    await page.getByRole("button", { name: "Tallenna vastaus" }).click();
    await expect(page.locator("#jury-response-form ~ .error-summary")).toBeFocused();
    await expect(page.locator("#jury-response-body")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#jury-response-date")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("#jury-response-text-fi")).toHaveAttribute("aria-invalid", "true");
    await page.locator("#jury-response-body").fill("Aluehallitus");
    await page.locator("#jury-response-date").fill("2027-05-04");
    await page
      .locator("#jury-response-text-fi")
      .fill("Kirjastojen aukioloa pidennetään iltaisin syksystä alkaen.");
    await page.getByRole("button", { name: "Tallenna vastaus" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Vastaus on tallennettu" }),
    ).toBeVisible();
    await expect(page.locator("#jury-response-body")).not.toHaveAttribute("aria-invalid", "true");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);

    // The public page shows the new title and the response beside the statement.
    await page.getByRole("link", { name: "Raadin julkinen sivu" }).click();
    await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
    const response = page.getByRole("region", { name: "Päättäjien vastaus" });
    await expect(response).toContainText("Aluehallitus");
    await expect(response).toContainText(
      "Kirjastojen aukioloa pidennetään iltaisin syksystä alkaen.",
    );
    expect(await seriousViolations(page)).toEqual([]);
    expect(await scrollsHorizontally(page)).toBe(false);
  });
});
