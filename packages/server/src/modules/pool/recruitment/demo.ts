import { syntheticExtract } from "@kuulo/dvv";
import { and, eq, inArray } from "drizzle-orm";
import { createSealer } from "../../../db/sealed.js";
import type { DemoSeeder } from "../../define.js";
import { GENDERS, poolRecruitmentPeople, poolRecruitmentSignups } from "../schema.js";
import { drawRoundSample } from "./draw.js";
import { createRound, importFrame } from "./rounds.js";
import { closeEndedRounds } from "./tracking.js";

const DAY = 86_400_000;
/** Central Finland's municipalities (the demo county), as the demo pool's. */
const MUNICIPALITIES = ["179", "182", "249", "592", "216", "410", "500", "172"];
const LETTER_TEMPLATE = {
  id: "demo-raati-kutsu-1",
  organization: {
    fi: "Keski-Suomen hyvinvointialue (demo)",
    sv: "Mellersta Finlands välfärdsområde (demo)",
  },
  sender: {
    fi: ["Osallisuus", "PL 1", "40100 JYVÄSKYLÄ"],
    sv: ["Delaktighet", "PB 1", "40100 JYVÄSKYLÄ"],
  },
  bilingual: false,
  deadline: "2026-10-15",
  sessions: [],
  texts: {
    fi: {
      title: "Kutsu asukasraatiin",
      body: ["Hyvä {first_names} {surname},"],
      signature: ["Demo"],
    },
    sv: {
      title: "Inbjudan till en invånarpanel",
      body: ["Bästa {first_names} {surname},"],
      signature: ["Demo"],
    },
  },
};

/**
 * A finished synthetic recruitment round in the demo county: 2,000 people of a generated extract
 * (hetus from the generator, never real ones), 200 letters, sign-ups, a selected and attended
 * panel, and the window closed, so the names and addresses of non-sign-ups are gone.
 */
export const seedDemoRound: DemoSeeder = async (db, { organization, dataKey }) => {
  if (!dataKey) return;
  const sealer = createSealer(dataKey);
  const now = new Date();
  const actor = { label: "demo" };
  const round = await createRound(db, {
    organizationId: organization.id,
    actor,
    input: {
      title: "Asukasraati 2026: sote-palvelujen tulevaisuus",
      purpose: "Asukasraati, joka pohtii sosiaali- ja terveyspalvelujen järjestämistä",
      opensAt: new Date(now.getTime() - 90 * DAY),
      closesAt: new Date(now.getTime() - 45 * DAY),
      sessionDates: [new Date(now.getTime() - 30 * DAY).toISOString().slice(0, 10)],
      sampleSize: 200,
      stratify: ["municipality", "age"],
      seed: "demo-raati-2026",
      letterTemplate: LETTER_TEMPLATE,
      bilingual: false,
    },
  });
  const ids = { organizationId: organization.id, roundId: round.id, actor };
  const bytes = Buffer.from(
    syntheticExtract({ rows: 2000, seed: 14, municipalities: MUNICIPALITIES }),
  );
  await importFrame(db, sealer, {
    ...ids,
    bytes,
    skipInvalid: true,
    now: new Date(now.getTime() - 95 * DAY),
  });
  await drawRoundSample(db, sealer, ids);
  const invited = await db
    .select({ id: poolRecruitmentPeople.id })
    .from(poolRecruitmentPeople)
    .where(
      and(eq(poolRecruitmentPeople.roundId, round.id), eq(poolRecruitmentPeople.status, "invited")),
    )
    .orderBy(poolRecruitmentPeople.letterNumber);
  // About one in eight responded, two thirds of them signed up; 12 selected, 11 attended.
  const responded = invited.filter((_, i) => i % 8 === 3).map((p) => p.id);
  const signedUp = responded.filter((_, i) => i % 3 !== 0);
  const at = new Date(now.getTime() - 60 * DAY);
  if (responded.length > 0)
    await db
      .update(poolRecruitmentPeople)
      .set({ status: "responded", respondedAt: at })
      .where(inArray(poolRecruitmentPeople.id, responded));
  for (const [i, personId] of signedUp.entries()) {
    await db.insert(poolRecruitmentSignups).values({
      personId,
      organizationId: organization.id,
      roundId: round.id,
      consentPurpose: true,
      consentResearch: i % 2 === 0,
      language: "fi",
      gender: GENDERS[i % 3]!,
      availability: round.sessionDates,
      emailSealed: sealer.seal(`raati${i + 1}@example.invalid`),
      createdAt: at,
    });
  }
  const status = (i: number) => (i < 11 ? "attended" : i < 12 ? "selected" : "signed_up");
  for (const [i, personId] of signedUp.entries())
    await db
      .update(poolRecruitmentPeople)
      .set({ status: status(i), signedUpAt: at })
      .where(eq(poolRecruitmentPeople.id, personId));
  await closeEndedRounds(db, { now });
};
