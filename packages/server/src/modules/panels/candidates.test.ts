import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import type { Organization } from "../organizations/index.js";
import { drawRoundSample } from "../pool/recruitment/draw.js";
import { createRound, importFrame } from "../pool/recruitment/rounds.js";
import { signUp } from "../pool/recruitment/signup.js";
import { dvvFixture, sampleRound } from "../pool/recruitment/testing.js";
import {
  addCandidates,
  candidateContact,
  candidateSummary,
  candidatesOf,
  parseStaffList,
} from "./candidates.js";
import { createPanel, setPanelStatus } from "./setup.js";
import { sampleSetup } from "./testing.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const actor = { label: "test" };

describe("panel candidates", () => {
  let t: TestApp;
  let org: Organization;
  let other: Organization;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("ehdokaskunta");
    other = await t.createOrg("muukunta");
  });
  afterAll(() => t.close());

  it("refuses a set-up whose quotas cannot hold, naming the fields", async () => {
    const error = await createPanel(t.database.db, {
      organizationId: org.id,
      input: sampleSetup({
        targetSize: 10,
        quotas: [
          { feature: "gender", value: "woman", min: 8, max: 6 },
          { feature: "gender", value: "man", min: 5, max: 10 },
        ],
        source: "population_round",
        roundId: null,
      }),
      actor,
    }).catch((e) => e);
    expect(error).toMatchObject({ code: "validation.failed" });
    expect(error.errors.map((e: { path: string }) => e.path)).toEqual([
      "body.quotas.0.min",
      "body.quotas.1.min",
      "body.roundId",
    ]);
  });

  it("takes a recruitment round's sign-ups with their attributes, contact data sealed", async () => {
    const input = sampleRound();
    const round = await createRound(t.database.db, {
      organizationId: org.id,
      input: {
        ...input,
        opensAt: new Date(input.opensAt),
        closesAt: new Date(input.closesAt),
        stratify: ["municipality"],
      },
      actor,
    });
    const ids = { organizationId: org.id, roundId: round.id, actor };
    await importFrame(t.database.db, sealer, {
      ...ids,
      bytes: dvvFixture("vaesto-otanta.csv"),
      skipInvalid: false,
    });
    const { codes } = await drawRoundSample(t.database.db, sealer, ids);
    const signed = [...codes.values()].slice(0, 3);
    for (const [i, code] of signed.entries()) {
      await signUp(t.database.db, sealer, {
        organizationId: org.id,
        clientAddress: `10.0.0.${i + 1}`,
        input: {
          code,
          consentPurpose: true,
          consentResearch: false,
          language: "fi",
          gender: i === 0 ? "woman" : "man",
          availability: [],
          email: `ilmoittautuja-${i}@example.fi`,
        },
      });
    }
    // Another organization cannot name this round.
    await expect(
      createPanel(t.database.db, {
        organizationId: other.id,
        input: sampleSetup({ source: "population_round", roundId: round.id }),
        actor,
      }),
    ).rejects.toMatchObject({ errors: [{ path: "body.roundId" }] });
    const panel = await createPanel(t.database.db, {
      organizationId: org.id,
      input: sampleSetup({ source: "population_round", roundId: round.id, quotas: [] }),
      actor,
    });
    const added = await addCandidates(t.database.db, sealer, {
      organizationId: org.id,
      panelId: panel.id,
      actor,
    });
    expect(added).toEqual({ added: 3, total: 3 });
    // Again: nobody twice.
    expect(
      await addCandidates(t.database.db, sealer, {
        organizationId: org.id,
        panelId: panel.id,
        actor,
      }),
    ).toEqual({
      added: 0,
      total: 3,
    });
    const rows = await candidatesOf(t.database.db, panel);
    expect(rows.map((r) => r.number)).toEqual([0, 1, 2]);
    expect(rows[0]!.attributes).toMatchObject({ gender: "woman", language: "fi" });
    expect(rows[0]!.attributes.municipality).toMatch(/^\d{3}$/);
    expect(rows[0]!.contactSealed).not.toContain("example.fi");
    const contact = await candidateContact(t.database.db, sealer, {
      organizationId: org.id,
      panelId: panel.id,
      candidateId: rows[0]!.id,
      actor: { label: "staff" },
    });
    expect(contact.email).toBe("ilmoittautuja-0@example.fi");
    expect(contact.name).toMatch(/\S+ \S+/);
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, "panels.contact_read"), eq(auditEvents.targetId, rows[0]!.id)),
      );
    expect(reads).toHaveLength(1);
    const summary = await candidateSummary(t.database.db, panel);
    expect(summary.features.find((f) => f.feature === "gender")!.values).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: "man", candidates: 2 })]),
    );
  });

  it("reads a staff list, refusing a bad file whole with errors by line and column", async () => {
    const bad = Buffer.from(
      "name;email;phone;unit\nAino;aino@example.fi;;Sote\nBertta;ei-osoite;;Hallinto\nCecilia;;;Sote\nDaniel;aino@example.fi;;Sote\n",
    );
    const parsed = parseStaffList(bad);
    expect(parsed.errors.map((e) => e.params)).toEqual([
      { line: 3, column: "email", reason: "'ei-osoite' is not an email address" },
      { line: 4, column: "email", reason: "give an email or a phone number" },
      { line: 5, column: "email", reason: "the same person as on line 2" },
    ]);
    const panel = await createPanel(t.database.db, {
      organizationId: org.id,
      input: sampleSetup({
        source: "staff_list",
        quotas: [{ feature: "unit", value: "Sote", min: 1, max: 5 }],
      }),
      actor,
    });
    await setPanelStatus(t.database.db, {
      organizationId: org.id,
      panelId: panel.id,
      status: "recruiting",
      actor,
    });
    await expect(
      addCandidates(t.database.db, sealer, {
        organizationId: org.id,
        panelId: panel.id,
        file: bad,
        actor,
      }),
    ).rejects.toMatchObject({ code: "validation.failed" });
    expect(await candidatesOf(t.database.db, panel)).toHaveLength(0);
    const good = Buffer.from(
      "name,email,phone,unit\nAino,aino@example.fi,,Sote\nBertta,,040 123 4567,Hallinto\n",
    );
    expect(
      await addCandidates(t.database.db, sealer, {
        organizationId: org.id,
        panelId: panel.id,
        file: good,
        actor,
      }),
    ).toEqual({ added: 2, total: 2 });
    const rows = await candidatesOf(t.database.db, panel);
    expect(rows.map((r) => r.attributes)).toEqual([{ unit: "Sote" }, { unit: "Hallinto" }]);
  });
});
