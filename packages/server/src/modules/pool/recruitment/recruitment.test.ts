import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "../../../db/client.js";
import { createSealer } from "../../../db/sealed.js";
import { createTestApp, TEST_DATA_KEY, type TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/schema.js";
import type { Organization } from "../../organizations/index.js";
import { poolRecruitmentPeople, poolRecruitmentSignups } from "../schema.js";
import { codeHash, drawRoundSample, openSignUpCode } from "./draw.js";
import { letterFile } from "./letters.js";
import { createRound, importFrame, type RoundInput } from "./rounds.js";
import { signUp } from "./signup.js";
import { closeEndedRounds, markOutcome, roundTracking } from "./tracking.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const extract = readFileSync(
  fileURLToPath(new URL("../../../../../cli/fixtures/dvv/vaesto-otanta.csv", import.meta.url)),
);
const HETUS = [...extract.toString("utf8").matchAll(/^(\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]);/gm)].map(
  (m) => m[1]!,
);
const template = JSON.parse(
  readFileSync(
    fileURLToPath(new URL("../../../../../cli/fixtures/dvv/kirje.template.json", import.meta.url)),
    "utf8",
  ),
);
const NOW = new Date("2026-12-01T09:00:00Z");
const actor = { label: "test" };

function roundInput(overrides: Partial<RoundInput> = {}): RoundInput {
  return {
    title: "Asukasraati 2027",
    purpose: "Asukasraati: terveyspalvelujen tulevaisuus",
    opensAt: new Date("2026-12-01T00:00:00Z"),
    closesAt: new Date("2027-01-15T00:00:00Z"),
    sessionDates: ["2027-02-06", "2027-02-20"],
    sampleSize: 20,
    stratify: ["municipality"],
    seed: "raati-2027",
    letterTemplate: template,
    bilingual: false,
    ...overrides,
  };
}

describe("recruitment rounds", () => {
  let t: TestApp;
  let org: Organization;
  let other: Organization;

  beforeAll(async () => {
    t = await createTestApp();
    org = await t.createOrg("kutsukierros");
    other = await t.createOrg("toinen-kierros");
  });
  afterAll(() => t.close());

  const newRound = async (overrides: Partial<RoundInput> = {}) =>
    createRound(t.database.db, { organizationId: org.id, input: roundInput(overrides), actor });

  it("refuses a file with invalid rows, listing line and column, and stores nothing", async () => {
    const round = await newRound();
    const bad = Buffer.concat([
      extract,
      Buffer.from("010101-123X;Virhe;Ville;fi;837;Katu 1;33100;TAMPERE;E;\n"),
    ]);
    const refused = importFrame(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      bytes: bad,
      skipInvalid: false,
      actor,
      now: NOW,
    });
    await expect(refused).rejects.toMatchObject({ code: "validation.failed" });
    const error = await refused.catch((e) => e);
    expect(error.errors[0]).toMatchObject({
      path: "body.file",
      code: "invalid_file",
      params: { line: 122, column: "Henkilötunnus" },
    });
    const stored = await t.database.db
      .select()
      .from(poolRecruitmentPeople)
      .where(eq(poolRecruitmentPeople.roundId, round.id));
    expect(stored).toHaveLength(0);

    const skipped = await importFrame(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      bytes: bad,
      skipInvalid: true,
      actor,
      now: NOW,
    });
    expect(skipped.skippedInvalid).toBe(1);
    expect(skipped.imported).toBe(HETUS.length);
  });

  it("imports a frame without any hetu in the database, contact data sealed", async () => {
    const round = await newRound();
    const result = await importFrame(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      bytes: extract,
      skipInvalid: false,
      actor,
      now: NOW,
    });
    expect(result.imported).toBe(120);
    const dump = await t.database.db.execute(
      sql`select row_to_json(p)::text as row from pool_recruitment_people p`,
    );
    const text = JSON.stringify(rowsOf(dump));
    for (const hetu of HETUS) expect(text).not.toContain(hetu);
    expect(text).not.toContain("Mallipolku");
    const [someone] = await t.database.db
      .select()
      .from(poolRecruitmentPeople)
      .where(
        and(eq(poolRecruitmentPeople.roundId, round.id), eq(poolRecruitmentPeople.letter, true)),
      )
      .limit(1);
    expect(JSON.parse(sealer.open(someone!.contactSealed!))).toHaveProperty("postalCode");
    // No letter for turvakielto or the deceased: no address kept for them.
    const noLetter = await t.database.db
      .select()
      .from(poolRecruitmentPeople)
      .where(
        and(eq(poolRecruitmentPeople.roundId, round.id), eq(poolRecruitmentPeople.letter, false)),
      );
    for (const p of noLetter) expect(p.contactSealed).toBeNull();
  });

  it("draws the same sample from the same seed, stratified by municipality", async () => {
    const draws = [];
    for (const _ of [1, 2]) {
      const round = await newRound({ seed: "sama-siemen" });
      await importFrame(t.database.db, sealer, {
        organizationId: org.id,
        roundId: round.id,
        bytes: extract,
        skipInvalid: false,
        actor,
        now: NOW,
      });
      const draw = await drawRoundSample(t.database.db, sealer, {
        organizationId: org.id,
        roundId: round.id,
        actor,
        now: NOW,
      });
      expect(draw).toMatchObject({ sampled: 20, method: "stratified", seed: "sama-siemen" });
      const invited = await t.database.db
        .select({ key: poolRecruitmentPeople.personKey, code: poolRecruitmentPeople.codeHash })
        .from(poolRecruitmentPeople)
        .where(
          and(
            eq(poolRecruitmentPeople.roundId, round.id),
            eq(poolRecruitmentPeople.status, "invited"),
          ),
        );
      expect(invited).toHaveLength(20);
      for (const p of invited) expect(p.code).toMatch(/^[\w-]{20,}$/);
      draws.push(invited.map((p) => p.key).sort());
    }
    expect(draws[0]).toEqual(draws[1]);
  });

  it("refuses a round whose letter template is incomplete, naming the field", async () => {
    await expect(newRound({ letterTemplate: { id: "x" } })).rejects.toMatchObject({
      code: "validation.failed",
      errors: [{ path: "body.letterTemplate" }],
    });
  });

  it("makes the letters PDF and the printing-house CSV with the codes, logged as a read", async () => {
    const userId = await t.addMember(org, "kirjeet@example.fi", ["admin"]);
    const round = await newRound({ seed: "kirjeet", sampleSize: 5, bilingual: true });
    await importFrame(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      bytes: extract,
      skipInvalid: false,
      actor,
      now: NOW,
    });
    const { codes } = await drawRoundSample(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      actor,
      now: NOW,
    });
    const options = {
      organizationId: org.id,
      roundId: round.id,
      signUpUrl: "https://kuulo.example/kutsukierros/pool/signup",
      userId,
    };
    const csv = await letterFile(t.database.db, sealer, { ...options, file: "printing-house.csv" });
    expect(csv.letters).toBe(5);
    for (const code of codes.values()) expect(String(csv.body)).toContain(code);
    const pdf = await letterFile(t.database.db, sealer, { ...options, file: "letters.pdf" });
    expect(pdf.contentType).toBe("application/pdf");
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe("%PDF-");
    const reads = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, round.id), eq(auditEvents.action, "pool.letters_read")));
    expect(reads.map((r) => r.actorUserId)).toEqual([userId, userId]);
  });

  it("checks and limits codes, signs up, tracks per stratum and closes the window", async () => {
    const round = await newRound({ seed: "koko-polku", stratify: ["municipality", "age"] });
    await importFrame(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      bytes: extract,
      skipInvalid: false,
      actor,
      now: NOW,
    });
    const { codes } = await drawRoundSample(t.database.db, sealer, {
      organizationId: org.id,
      roundId: round.id,
      actor,
      now: NOW,
    });
    const [personId, code] = [...codes.entries()][0]!;
    const [otherId, otherCode] = [...codes.entries()][1]!;
    expect(codes.size).toBe(20);

    // Another organization cannot use the code; a code is refused before the window opens.
    await expect(
      openSignUpCode(t.database.db, sealer, {
        organizationId: other.id,
        typed: code,
        clientAddress: "192.0.2.10",
        now: NOW,
      }),
    ).rejects.toMatchObject({ code: "validation.failed" });
    await expect(
      openSignUpCode(t.database.db, sealer, {
        organizationId: org.id,
        typed: code,
        clientAddress: "192.0.2.10",
        now: new Date("2026-11-30T12:00:00Z"),
      }),
    ).rejects.toMatchObject({ code: "validation.failed" });

    // Typed in lower case without the dash, with a look-alike: still the code.
    const opened = await openSignUpCode(t.database.db, sealer, {
      organizationId: org.id,
      typed: code.toLowerCase().replace("-", " "),
      clientAddress: "192.0.2.11",
      now: NOW,
    });
    expect(opened.person.id).toBe(personId);
    expect(opened.person.status).toBe("responded");

    await expect(
      signUp(t.database.db, sealer, {
        organizationId: org.id,
        clientAddress: "192.0.2.11",
        now: NOW,
        input: {
          code,
          consentPurpose: false,
          consentResearch: false,
          language: "fi",
          gender: "woman",
          availability: ["2027-03-01"],
        },
      }),
    ).rejects.toMatchObject({ code: "validation.failed" });
    await signUp(t.database.db, sealer, {
      organizationId: org.id,
      clientAddress: "192.0.2.11",
      now: NOW,
      input: {
        code,
        consentPurpose: true,
        consentResearch: true,
        language: "fi",
        gender: "other",
        availability: ["2027-02-06"],
        email: "Raati@Example.fi",
      },
    });
    const [signup] = await t.database.db
      .select()
      .from(poolRecruitmentSignups)
      .where(eq(poolRecruitmentSignups.personId, personId));
    expect(signup).toMatchObject({ gender: "other", availability: ["2027-02-06"] });
    expect(sealer.open(signup!.emailSealed!)).toBe("raati@example.fi");
    await expect(
      signUp(t.database.db, sealer, {
        organizationId: org.id,
        clientAddress: "192.0.2.12",
        now: NOW,
        input: {
          code,
          consentPurpose: true,
          consentResearch: false,
          language: "fi",
          gender: "woman",
          availability: [],
          phone: "040 123 4567",
        },
      }),
    ).rejects.toMatchObject({ code: "conflict" });

    // Wrong codes from one address are limited.
    const attempts = [];
    for (let i = 0; i < 11; i++)
      attempts.push(
        await openSignUpCode(t.database.db, sealer, {
          organizationId: org.id,
          typed: "AAAA-AAAA",
          clientAddress: "192.0.2.99",
          now: NOW,
        }).catch((e) => e.code),
      );
    expect(attempts.slice(0, 10).every((c) => c === "validation.failed")).toBe(true);
    expect(attempts[10]).toBe("rate_limited");

    await openSignUpCode(t.database.db, sealer, {
      organizationId: org.id,
      typed: otherCode,
      clientAddress: "192.0.2.13",
      now: NOW,
    });
    await markOutcome(t.database.db, {
      organizationId: org.id,
      roundId: round.id,
      personIds: [personId],
      outcome: "selected",
      actor,
    });
    // Only who signed up can be selected: the other (responded) is left as they are.
    expect(
      await markOutcome(t.database.db, {
        organizationId: org.id,
        roundId: round.id,
        personIds: [otherId],
        outcome: "selected",
        actor,
      }),
    ).toBe(0);

    const tracking = await roundTracking(t.database.db, {
      organizationId: org.id,
      roundId: round.id,
    });
    expect(tracking.frame).toBe(120);
    expect(tracking.totals).toEqual({
      invited: 20,
      responded: 2,
      signed_up: 1,
      selected: 1,
      attended: 0,
    });
    const perMunicipality = Object.values(tracking.byMunicipality);
    expect(perMunicipality.reduce((s, c) => s + c.invited, 0)).toBe(20);
    expect(Object.values(tracking.byAgeBand).reduce((s, c) => s + c.responded, 0)).toBe(2);
    await expect(
      roundTracking(t.database.db, { organizationId: other.id, roundId: round.id }),
    ).rejects.toMatchObject({ code: "not_found" });

    // The window is still open: nothing closes.
    expect(await closeEndedRounds(t.database.db, { now: NOW })).toBe(0);
    const later = new Date("2027-01-15T00:00:01Z");
    expect(await closeEndedRounds(t.database.db, { now: later })).toBeGreaterThan(0);
    const people = await t.database.db
      .select()
      .from(poolRecruitmentPeople)
      .where(eq(poolRecruitmentPeople.roundId, round.id));
    expect(people).toHaveLength(120);
    for (const p of people) {
      if (p.id === personId) expect(p.contactSealed).not.toBeNull();
      else expect(p.contactSealed).toBeNull();
      expect(p.municipality).toMatch(/^\d{3}$/);
    }
    expect(people.filter((p) => p.stratum !== null)).toHaveLength(20);
    // The code no longer opens anything.
    await expect(
      openSignUpCode(t.database.db, sealer, {
        organizationId: org.id,
        typed: otherCode,
        clientAddress: "192.0.2.14",
        now: later,
      }),
    ).rejects.toMatchObject({ code: "validation.failed" });
    expect(codeHash(sealer, code)).not.toContain(code);

    const actions = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, round.id)));
    expect(actions.map((a) => a.action).sort()).toEqual([
      "pool.frame_imported",
      "pool.round_closed",
      "pool.round_created",
      "pool.round_outcome_marked",
      "pool.sample_drawn",
    ]);
  });
});
