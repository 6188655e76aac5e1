import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { DemoSeeder } from "../define.js";
import { DEMO_TRANSLATIONS } from "./demo-translations.js";
import { recomputeConversation } from "./math/math.js";
import { runMathJob } from "./math/math-thread.js";
import { fingerprint } from "./moderation/screening.js";
import { participants, segments, statements, voteEvents, votes } from "./schema.js";
import { createConversation } from "./service.js";

/**
 * The demo county's conversation on mental-health services for young people, with seed
 * statements and simulated votes from 350 participants in three segments (residents, staff,
 * a random-sample resident panel), so a new user sees a real opinion map at once.
 * Simulated: three latent opinion camps, each with its own chance of agreeing per statement.
 */

const STATEMENTS: { text: string; camps: [number, number, number] }[] = [
  {
    text: "Nuorten pitää päästä mielenterveyspalveluihin viikon sisällä yhteydenotosta.",
    camps: [0.95, 0.9, 0.9],
  },
  {
    text: "Jokaisessa koulussa pitää olla kuraattori ja psykologi paikalla joka päivä.",
    camps: [0.95, 0.4, 0.7],
  },
  {
    text: "Chat-palvelu iltaisin ja viikonloppuisin auttaisi nuoria enemmän kuin uudet vastaanotot.",
    camps: [0.3, 0.95, 0.4],
  },
  {
    text: "Vanhemmille pitää tarjota tukea silloin, kun nuori voi huonosti.",
    camps: [0.7, 0.6, 0.95],
  },
  { text: "Nuorten pitää saada apua ilman lähetettä.", camps: [0.8, 0.9, 0.7] },
  {
    text: "Etävastaanotto sopii useimmille nuorille yhtä hyvin kuin tapaaminen kasvokkain.",
    camps: [0.2, 0.9, 0.3],
  },
  {
    text: "Rahat kannattaa käyttää ennaltaehkäisyyn eikä vasta kriisien hoitoon.",
    camps: [0.8, 0.7, 0.85],
  },
  {
    text: "Harrastukset ja nuorisotalot ovat tärkeä osa mielenterveyden tukea.",
    camps: [0.6, 0.4, 0.95],
  },
  {
    text: "Koulujen terveydenhoitajien määrää pitää lisätä, vaikka se maksaa.",
    camps: [0.95, 0.3, 0.75],
  },
  { text: "Sosiaalinen media on suurin syy nuorten pahoinvointiin.", camps: [0.5, 0.2, 0.8] },
  {
    text: "Nuorten pitää saada itse päättää, kerrotaanko hoidosta vanhemmille.",
    camps: [0.6, 0.8, 0.2],
  },
  {
    text: "Järjestöjen vertaistuki pitää ottaa osaksi hyvinvointialueen palveluja.",
    camps: [0.6, 0.7, 0.9],
  },
  { text: "Odotusaikojen pitää olla julkisesti nähtävillä verkossa.", camps: [0.85, 0.9, 0.8] },
  { text: "Pitkät välimatkat haja-asutusalueilla estävät avun saamista.", camps: [0.8, 0.5, 0.85] },
  { text: "Ruotsinkielisiä palveluja on liian vähän.", camps: [0.5, 0.5, 0.5] },
  {
    text: "Palveluihin on vaikea löytää, koska tietoa on liian monessa paikassa.",
    camps: [0.85, 0.85, 0.8],
  },
  {
    text: "Sovellus, jolla voi seurata omaa jaksamista, olisi hyödyllinen.",
    camps: [0.2, 0.9, 0.35],
  },
  {
    text: "Nuorisotyöntekijöitä pitää olla enemmän kouluissa ja kaduilla.",
    camps: [0.7, 0.3, 0.9],
  },
  { text: "Hoitoketjut katkeavat, kun nuori täyttää 18 vuotta.", camps: [0.85, 0.75, 0.85] },
  {
    text: "Henkilöstön jaksamiseen pitää panostaa, jotta palvelut toimivat.",
    camps: [0.8, 0.6, 0.7],
  },
  { text: "Lyhytterapia pitää saada jo perustasolla.", camps: [0.85, 0.8, 0.7] },
  {
    text: "Maksuttomat palvelut houkuttelevat käyttämään niitä turhaan.",
    camps: [0.1, 0.25, 0.15],
  },
];

const SEGMENTS = [
  {
    key: "asukkaat",
    name: { fi: "Asukkaat", sv: "Invånare", en: "Residents" },
    count: 220,
    camps: [0.2, 0.4, 0.4],
  },
  {
    key: "henkilosto",
    name: { fi: "Henkilöstö", sv: "Personal", en: "Staff" },
    count: 90,
    camps: [0.85, 0.1, 0.05],
  },
  {
    key: "asukaspaneeli",
    name: { fi: "Asukaspaneeli", sv: "Invånarpanel", en: "Resident panel" },
    count: 40,
    camps: [0.35, 0.3, 0.35],
  },
] as const;

const PENDING = [
  "Kouluissa pitäisi opettaa enemmän tunnetaitoja.",
  "Lisää iltapäivätoimintaa yläkouluikäisille.",
  "Soittakaa minulle 040 123 4567, minulla on hyvä idea.",
];

/** A small deterministic generator (mulberry32), so the demo is the same on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickCamp(random: () => number, weights: readonly number[]): number {
  const r = random();
  let acc = 0;
  for (let i = 0; i < weights.length; i++) {
    acc += weights[i]!;
    if (r < acc) return i;
  }
  return weights.length - 1;
}

export const seedDemoConversation: DemoSeeder = async (db, options) => {
  const org = options.organization;
  const conversation = await createConversation(db, {
    organizationId: org.id,
    actor: { label: "demo" },
    input: {
      title: {
        fi: "Nuorten mielenterveyspalvelut Keski-Suomessa",
        sv: "Mentalvårdstjänster för unga i Mellersta Finland",
        en: "Mental-health services for young people in Central Finland",
      },
      description: {
        fi: "Miten nuorten mielenterveyspalveluja pitäisi kehittää? Äänestä väitteistä ja kirjoita omasi. Tulokset viedään hyvinvointialueen päätöksentekoon.",
        sv: "Hur borde mentalvårdstjänsterna för unga utvecklas? Rösta om påståendena och skriv egna.",
        en: "How should mental-health services for young people be developed? Vote on the statements and write your own.",
      },
      allowStatements: true,
      moderationMode: "pre",
      statementMaxLength: 200,
      opensAt: null,
      closesAt: null,
      visibility: "public",
      resultsPublic: true,
      segments: SEGMENTS.map((s) => ({ key: s.key, name: s.name })),
      seedStatements: STATEMENTS.map((s) => s.text),
    },
  });
  // Most seed statements in Swedish and English too; one stays Finnish only (DEMO_TRANSLATIONS).
  for (const [tid, s] of STATEMENTS.entries()) {
    const translations = DEMO_TRANSLATIONS[s.text];
    if (!translations) continue;
    await db
      .update(statements)
      .set({ translations })
      .where(and(eq(statements.conversationId, conversation.id), eq(statements.tid, tid)));
  }
  const segmentRows = await db
    .select()
    .from(segments)
    .where(eq(segments.conversationId, conversation.id));
  const random = generator(20_261_122);
  const start = Date.now() - 14 * 24 * 3600 * 1000;
  let pid = 0;
  const participantRows: (typeof participants.$inferInsert)[] = [];
  const eventRows: (typeof voteEvents.$inferInsert)[] = [];
  const voteRows: (typeof votes.$inferInsert)[] = [];
  for (const segment of SEGMENTS) {
    const segmentId = segmentRows.find((s) => s.key === segment.key)!.id;
    for (let i = 0; i < segment.count; i++, pid++) {
      const camp = pickCamp(random, segment.camps);
      const joined = new Date(start + random() * 13 * 24 * 3600 * 1000);
      participantRows.push({
        organizationId: org.id,
        conversationId: conversation.id,
        pid,
        residentKeyHash: createHash("sha256").update(`demo-${pid}`).digest("base64url"),
        segmentId,
        createdAt: joined,
      });
      const howMany = 8 + Math.floor(random() * (STATEMENTS.length - 7));
      const order = STATEMENTS.map((_, tid) => tid).sort(() => random() - 0.5);
      for (const [n, tid] of order.slice(0, howMany).entries()) {
        const agree = STATEMENTS[tid]!.camps[camp]!;
        const r = random();
        const vote = r < 0.1 ? 0 : random() < agree ? 1 : -1;
        const at = new Date(joined.getTime() + n * 20_000);
        eventRows.push({
          organizationId: org.id,
          conversationId: conversation.id,
          pid,
          tid,
          vote,
          requestId: `demo-${pid}-${tid}`,
          createdAt: at,
        });
        voteRows.push({
          organizationId: org.id,
          conversationId: conversation.id,
          pid,
          tid,
          vote,
          updatedAt: at,
        });
      }
    }
  }
  for (let i = 0; i < participantRows.length; i += 500)
    await db.insert(participants).values(participantRows.slice(i, i + 500));
  for (let i = 0; i < eventRows.length; i += 1000)
    await db.insert(voteEvents).values(eventRows.slice(i, i + 1000));
  for (let i = 0; i < voteRows.length; i += 1000)
    await db.insert(votes).values(voteRows.slice(i, i + 1000));
  // A few residents' statements waiting in the moderation queue (one with a phone number).
  for (const [i, text] of PENDING.entries()) {
    await db.insert(statements).values({
      organizationId: org.id,
      conversationId: conversation.id,
      tid: STATEMENTS.length + i,
      text,
      fingerprint: fingerprint(text),
      authorPid: i,
      language: "fi",
      status: "pending",
      flags: text.includes("040") ? ["phone"] : [],
    });
  }
  await recomputeConversation(db, {
    conversationId: conversation.id,
    runner: { run: async (job) => runMathJob(job) },
  });
};
