import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import {
  actionMeasures,
  addMeasure,
  editMeasure,
  publishActionTable,
} from "../../actions/index.js";
import {
  adoptStatement,
  createActionTable,
  giveSupport,
  mergeProposals,
  publishStatement,
  recordHandover,
  setStatus,
} from "../../deliberation/index.js";
import { latestVersion, surveyResponses } from "../../surveys/index.js";
import { insertCandidates } from "../candidates.js";
import { demoSetup } from "../demo.js";
import { announceSeed, drawPanelSeats } from "../selection.js";
import { createPanel, sessionsOf, setPanelStatus } from "../setup.js";
import { startPanelStatement } from "../statement.js";
import { syntheticSignUps } from "../synthetic.js";
import type { SetupInput } from "../validation.js";
import { startFeedback } from "./feedback.js";
import { addMaterial } from "./materials.js";
import { addTableNote } from "./notes.js";
import { assignSessionTables } from "./tables.js";
import { confirmSeated } from "./testing.js";

const actor = { label: "demo" };

/** The tables' proposals of the demo panel, merged into three recommendations. */
const RECOMMENDATIONS = [
  {
    title: "Terveysasemat auki iltaisin",
    text: "Jokaisessa kunnassa vähintään yksi terveysasema on auki arki-iltaisin kello 20 asti.",
    rationale: "Työssäkäyvien ja koululaisten perheiden on vaikea asioida virka-aikana.",
    proposals: ["Terveysasemat auki iltaisin", "Iltavastaanotto myös pienimpiin kuntiin"],
  },
  {
    title: "Liikkuva palvelu kyliin",
    text: "Hyvinvointiauto kiertää kylissä viikoittain: näytteenotto, rokotukset ja neuvonta.",
    rationale: "Pitkät matkat ja vähäinen joukkoliikenne estävät palveluihin pääsyn.",
    proposals: ["Hyvinvointiauto kyliin", "Rokotukset ja näytteet kotikylässä"],
  },
  {
    title: "Yksi numero kaikkeen neuvontaan",
    text: "Yksi puhelinnumero ja chat, josta ohjataan oikeaan palveluun suomeksi ja ruotsiksi.",
    rationale: "Asukkaat eivät tiedä, mihin soittaa; ohjaus säästää kaikkien aikaa.",
    proposals: ["Yksi neuvontanumero", "Chat-neuvonta myös ruotsiksi"],
  },
];

/** Support levels (1–5) the demo panelists give, by panelist number and recommendation. */
const level = (panelist: number, recommendation: number) =>
  [5, 4, 4, 5, 3, 4, 5, 2, 4, 5][(panelist * 3 + recommendation * 7) % 10]!;

/**
 * A FINISHED demo panel ("Puntaroiva asukaspaneeli: sote-palvelut lähellä"): drawn, confirmed,
 * three sessions seated at five balanced tables with materials, the tables' notes and
 * proposals merged into three recommendations, every panelist's support given, the statement
 * adopted, handed over and published, its action table published with two measures under way,
 * and the feedback surveys answered. Returns the panel's id (the fees batch hooks in here).
 */
export async function seedFinishedPanel(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string },
): Promise<string> {
  const { organizationId } = options;
  const people = syntheticSignUps(120, "valmis-paneeli");
  const panel = await createPanel(db, {
    organizationId,
    input: pastSessions(demoSetup("Puntaroiva asukaspaneeli: sote-palvelut lähellä", people)),
    actor,
  });
  const scope = { organizationId, panelId: panel.id };
  await setPanelStatus(db, { ...scope, status: "recruiting", actor });
  await insertCandidates(db, sealer, { panel, people, actor });
  await announceSeed(db, {
    ...scope,
    announcement: "Eurojackpotin 2026-10-02 arvonnan päänumerot järjestyksessä",
    knownAt: new Date("2026-10-02T20:00:00Z"),
    actor,
    now: new Date("2026-09-25T09:00:00Z"),
  });
  await drawPanelSeats(db, {
    ...scope,
    seed: "7 15 22 38 41",
    actor,
    now: new Date("2026-10-03T09:00:00Z"),
  });
  await confirmSeated(db, scope);
  await setPanelStatus(db, { ...scope, status: "running", actor });

  const sessions = await sessionsOf(db, panel);
  for (const session of sessions)
    await assignSessionTables(db, { ...scope, sessionId: session.id, tables: 5, actor });
  const materials = [
    {
      kind: "talk" as const,
      title: {
        fi: "Asiantuntijapuheenvuoro: palveluverkko 2030",
        sv: "Expertanförande: servicenätet 2030",
        en: "Expert talk: the service network 2030",
      },
      sessionId: sessions[0]!.id,
      url: "https://example.fi/paneeli/palveluverkko.pdf",
      captionUrl: null,
    },
    {
      kind: "reading" as const,
      title: {
        fi: "Lukupaketti: talous ja palvelut",
        sv: "Läspaket: ekonomi och tjänster",
        en: "Reading pack: finances and services",
      },
      sessionId: null,
      url: "https://example.fi/paneeli/lukupaketti.pdf",
      captionUrl: null,
    },
    {
      kind: "video" as const,
      title: {
        fi: "Video: näin hyvinvointialue toimii",
        sv: "Video: så fungerar välfärdsområdet",
        en: "Video: how the wellbeing services county works",
      },
      sessionId: sessions[1]!.id,
      url: "https://example.fi/paneeli/video.mp4",
      captionUrl: "https://example.fi/paneeli/video.fi.vtt",
    },
  ];
  for (const input of materials) await addMaterial(db, { ...scope, input, actor });

  const { statement, participants } = await startPanelStatement(db, { ...scope, actor });
  const last = sessions.at(-1)!;
  await addTableNote(db, {
    ...scope,
    sessionId: last.id,
    tableNumber: 1,
    kind: "note",
    text: "Keskustelu painottui matkoihin ja aukioloaikoihin.",
    actor,
  });
  const proposalIds: string[][] = [];
  for (const [i, r] of RECOMMENDATIONS.entries()) {
    const ids: string[] = [];
    for (const [j, text] of r.proposals.entries()) {
      const note = await addTableNote(db, {
        ...scope,
        sessionId: last.id,
        tableNumber: ((i * 2 + j) % 5) + 1,
        kind: "proposal",
        text,
        actor,
      });
      ids.push(note.proposalId!);
    }
    proposalIds.push(ids);
  }
  const ids = { organizationId, statementId: statement.id };
  const recommendations = [];
  for (const [i, r] of RECOMMENDATIONS.entries())
    recommendations.push(
      await mergeProposals(db, {
        ...ids,
        proposalIds: proposalIds[i]!,
        into: { title: r.title, text: r.text, rationale: r.rationale },
        actor,
      }),
    );
  await setStatus(db, { ...ids, status: "amending", actor });
  await setStatus(db, { ...ids, status: "support_check", actor });
  const { candidatesOf } = await import("../candidates.js");
  const seated = (await candidatesOf(db, panel)).filter((c) => c.status === "confirmed");
  for (const c of seated)
    for (const [i, r] of recommendations.entries())
      await giveSupport(db, {
        ...ids,
        participantRef: c.id,
        recommendationId: r.id,
        level: level(c.number, i),
      });
  await adoptStatement(db, {
    ...ids,
    input: {
      adoptedAt: new Date("2026-11-07T14:30:00Z"),
      how: "Paneeli hyväksyi lausuman yksimielisesti viimeisessä tapaamisessa.",
    },
    actor,
  });
  await recordHandover(db, {
    ...ids,
    input: {
      on: "2026-11-17",
      to: "Aluevaltuusto",
      note: "Panelistit esittelivät lausuman valtuustoseminaarissa.",
    },
    actor,
  });
  await publishStatement(db, { ...ids, published: true, actor });
  const table = await createActionTable(db, { ...ids, actor });
  const { actionRecommendations } = await import("../../actions/index.js");
  const rows = await db
    .select()
    .from(actionRecommendations)
    .where(eq(actionRecommendations.tableId, table.id));
  const measures = [
    "Iltavastaanotot kolmelle terveysasemalle",
    "Hyvinvointiauton kokeilu kahdessa kunnassa",
    "Palvelunumeron selvitys",
  ];
  for (const [i, row] of rows.entries())
    await addMeasure(db, {
      organizationId,
      tableId: table.id,
      input: { recommendationId: row.id, text: measures[i] ?? "Selvitys", unit: "Sote-palvelut" },
      actor,
    });
  const added = await db.select().from(actionMeasures).where(eq(actionMeasures.tableId, table.id));
  const changes = [
    { status: "in_progress", notes: "Iltavastaanotot alkoivat Äänekoskella ja Saarijärvellä." },
    { status: "done", notes: "Kokeilu aloitettiin marraskuussa 2026." },
  ];
  for (const [i, change] of changes.entries())
    if (added[i])
      await editMeasure(db, {
        organizationId,
        measureId: added[i]!.id,
        changes: change,
        units: null,
        actor,
      });
  await publishActionTable(db, { organizationId, tableId: table.id, published: true, actor });

  const { feedback } = await startFeedback(db, { ...scope, orgSlug: "", publicUrl: "", actor });
  for (const f of feedback) {
    const version = await latestVersion(db, f.surveyId);
    const n = f.audience === "panelists" ? Math.min(32, participants) : 8;
    await db.insert(surveyResponses).values(
      Array.from({ length: n }, (_, i) => ({
        organizationId,
        surveyId: f.surveyId,
        versionId: version!.id,
        status: "complete" as const,
        channel: "web" as const,
        answers: {
          how: "event",
          easy: [5, 4, 4, 5, 3][i % 5]!,
          heard: [5, 5, 4, 3, 4][i % 5]!,
          learned: [5, 4, 5, 5, 4][i % 5]!,
          again: [5, 5, 4, 4, 2][i % 5]!,
        },
        submittedAt: new Date("2026-11-12T12:00:00Z"),
      })),
    );
  }
  await setPanelStatus(db, { ...scope, status: "finished", actor });
  return panel.id;
}

/** The finished panel met in October and November 2026 (the other demo panels meet in 2027). */
function pastSessions(setup: SetupInput): SetupInput {
  const dates = ["2026-10-15", "2026-10-24", "2026-11-07"];
  return { ...setup, sessions: setup.sessions.map((s, i) => ({ ...s, date: dates[i] ?? s.date })) };
}
