import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { panelCandidates } from "./schema.js";
import { createPanel, setPanelStatus } from "./setup.js";
import { sampleSetup } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

describe("an open call", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("takes residents' sign-ups with values from the quotas and the consent text, once each", async () => {
    const org = await t.createOrg("avoinhaku");
    const actor = { label: "test" };
    const panel = await createPanel(t.database.db, {
      organizationId: org.id,
      input: sampleSetup({
        source: "open_call",
        quotas: [
          { feature: "ageBand", value: "15-29", min: 0, max: 12 },
          { feature: "ageBand", value: "30-80", min: 0, max: 12 },
        ],
      }),
      actor,
    });
    const url = `/api/orgs/avoinhaku/panel-signup/${panel.id}`;
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    await setPanelStatus(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      status: "recruiting",
      actor,
    });
    const form = await t.app.inject({ url });
    expect(form.json()).toMatchObject({
      choices: [{ feature: "ageBand", values: ["15-29", "30-80"] }],
      consent: { version: 1 },
    });
    const bad = await t.app.inject({
      method: "POST",
      url,
      payload: { language: "sv", attributes: { ageBand: "90+" }, name: "Ann", consent: false },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "body.consent",
      "body.attributes.ageBand",
      "body.phone",
    ]);
    const payload = {
      language: "sv",
      attributes: { ageBand: "30-80" },
      name: "Ann",
      phone: "040 123 4567",
      consent: true,
    };
    const ok = await t.app.inject({ method: "POST", url, payload });
    expect(ok.statusCode, ok.body).toBe(201);
    const twice = await t.app.inject({
      method: "POST",
      url,
      payload: { ...payload, phone: "+358401234567" },
    });
    expect(twice.statusCode).toBe(409);
    const [row] = await t.database.db
      .select()
      .from(panelCandidates)
      .where(eq(panelCandidates.panelId, panel.id));
    expect(row).toMatchObject({
      attributes: { ageBand: "30-80" },
      language: "sv",
      source: "open_call",
    });
    expect(row!.consent).toMatchObject({ version: 1, language: "sv" });
    expect(row!.consent!.text).toContain("invånarpanelen");
    expect(JSON.parse(sealer.open(row!.contactSealed!))).toEqual({
      name: "Ann",
      phone: "+358401234567",
    });
  });
});
