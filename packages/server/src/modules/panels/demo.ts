import { createSealer } from "../../db/sealed.js";
import type { DemoSeeder } from "../define.js";
import { insertCandidates } from "./candidates.js";
import { seedDemoFees } from "./fees/demo.js";
import { announceSeed, drawPanelSeats } from "./selection.js";
import { seedFinishedPanel } from "./sessions/demo.js";
import { createPanel, setPanelStatus } from "./setup.js";
import { shareQuotas, syntheticSignUps } from "./synthetic.js";
import type { SetupInput } from "./validation.js";

const FEATURES = ["ageBand", "gender", "municipality"];

export function demoSetup(title: string, people: ReturnType<typeof syntheticSignUps>): SetupInput {
  return {
    title,
    coreQuestions: [
      {
        text: {
          fi: "Miten sosiaali- ja terveyspalvelut pidetään lähellä asukkaita, kun rahaa on vähemmän?",
          sv: "Hur hålls social- och hälsovårdstjänsterna nära invånarna när pengarna är färre?",
          en: "How are health and social services kept close to residents with less money?",
        },
      },
    ],
    questionsFormedBy: "Aluevaltuuston ryhmäpuheenjohtajat",
    sessions: [
      {
        date: "2027-02-04",
        startTime: "17:00",
        endTime: "20:00",
        place: "Jyväskylän kaupunginkirjasto, Minna-sali",
        accessibility: "Esteetön sisäänkäynti Vapaudenkadulta, induktiosilmukka, esteetön WC.",
        onlineUrl: null,
      },
      {
        date: "2027-02-13",
        startTime: "10:00",
        endTime: "16:00",
        place: "Jyväskylän kaupunginkirjasto, Minna-sali",
        accessibility: "Esteetön sisäänkäynti Vapaudenkadulta, induktiosilmukka, esteetön WC.",
        onlineUrl: null,
      },
      {
        date: "2027-02-27",
        startTime: "10:00",
        endTime: "16:00",
        place: "Jyväskylän kaupunginkirjasto, Minna-sali",
        accessibility: "Esteetön sisäänkäynti Vapaudenkadulta, induktiosilmukka, esteetön WC.",
        onlineUrl: null,
      },
    ],
    targetSize: 40,
    reserves: 10,
    quotas: shareQuotas(people, FEATURES, 40),
    fees: { amountPerSessionCents: 5000, travel: true, giftCard: true },
    source: "pool",
    roundId: null,
  };
}

/**
 * Two panels of the demo county: "lähipalvelut" in recruitment with 250 synthetic sign-ups,
 * one already drawn (40 seated, 10 reserves) with its public report, and a finished one
 * (sessions/demo.ts: tables, materials, the adopted and published statement, its action table,
 * the feedback).
 */
export const seedDemoPanels: DemoSeeder = async (db, { organization, dataKey }) => {
  if (!dataKey) return;
  const sealer = createSealer(dataKey);
  const actor = { label: "demo" };
  const organizationId = organization.id;
  const people = syntheticSignUps(250, "lahipalvelut");
  const recruiting = await createPanel(db, {
    organizationId,
    input: demoSetup("Puntaroiva asukaspaneeli: lähipalvelut", people),
    actor,
  });
  await setPanelStatus(db, { organizationId, panelId: recruiting.id, status: "recruiting", actor });
  await insertCandidates(db, sealer, { panel: recruiting, people, actor });

  const drawnPeople = syntheticSignUps(120, "ikaantyneet");
  const drawn = await createPanel(db, {
    organizationId,
    input: demoSetup("Puntaroiva asukaspaneeli: ikääntyneiden palvelut", drawnPeople),
    actor,
  });
  await setPanelStatus(db, { organizationId, panelId: drawn.id, status: "recruiting", actor });
  await insertCandidates(db, sealer, { panel: drawn, people: drawnPeople, actor });
  await announceSeed(db, {
    organizationId,
    panelId: drawn.id,
    announcement:
      "Eurojackpotin 2026-11-27 arvonnan päänumerot järjestyksessä, välilyönnein erotettuina",
    knownAt: new Date("2026-11-27T20:00:00Z"),
    actor,
    now: new Date("2026-11-20T09:00:00Z"),
  });
  await drawPanelSeats(db, {
    organizationId,
    panelId: drawn.id,
    seed: "3 11 24 36 48",
    actor,
    now: new Date("2026-11-28T09:00:00Z"),
  });
  const finished = await seedFinishedPanel(db, sealer, { organizationId });
  // Its fees: attendance at the three sessions, payment details and a batch paid after the last.
  await seedDemoFees(db, sealer, { organizationId, panelId: finished, paymentDate: "2026-11-20" });
};
