import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { editMeasure } from "../actions/measures.js";
import { addMeasure } from "../actions/rows.js";
import { actionRecommendations } from "../actions/schema.js";
import { publishActionTable } from "../actions/tables.js";
import { mergeProposals } from "../deliberation/drafting.js";
import { deliberationProposals } from "../deliberation/schema.js";
import { adoptStatement, publishStatement, setStatus } from "../deliberation/statements.js";
import { createActionTable } from "../deliberation/to-actions.js";
import { addMeeting, addMeetingProposal } from "./meetings.js";
import { createRoundTable, updateRoundTable } from "./processes.js";
import { addDistribution, addResponse } from "./sending.js";
import { startStatement } from "./statement.js";

/**
 * Test and demo helpers: a round table with meetings and proposals, its statement taken through
 * deliberation's tools to publication, and an action table that says what came of it.
 */

const actor = { label: "test" };

/** A round table (status `meeting`) with two meetings, each with a proposal. */
export async function sampleRoundTable(
  db: Db,
  options: { organizationId: string; actor?: { label: string } },
) {
  const who = options.actor ?? actor;
  const table = await createRoundTable(db, {
    organizationId: options.organizationId,
    input: {
      title: { fi: "Nuorten hyvinvointi", sv: "Ungas välmående", en: "Young people's wellbeing" },
      theme: "Mielenterveys ja harrastukset",
      organizerUnit: "Hyvinvointialueen osallisuusyksikkö",
    },
    actor: who,
  });
  await updateRoundTable(db, {
    organizationId: options.organizationId,
    roundTableId: table.id,
    input: { status: "meeting" },
    actor: who,
  });
  const scope = { organizationId: options.organizationId, roundTableId: table.id, actor: who };
  const meetings = [];
  for (const [i, heldOn] of ["2026-03-10", "2026-04-14"].entries()) {
    const meeting = await addMeeting(db, {
      ...scope,
      input: {
        heldOn,
        place: i === 0 ? "Joensuun kaupungintalo" : "",
        online: i === 1,
        participants: { young_person: 8 + i, parent: 3, staff_member: 4, decision_maker: 2 },
        notes: `Tapaamisen ${i + 1} muistiinpanot`,
      },
    });
    await addMeetingProposal(db, {
      ...scope,
      meetingId: meeting.id,
      input: { madeBy: `Pöytä ${i + 1}`, text: `Ehdotus tapaamisesta ${i + 1}` },
    });
    meetings.push(meeting);
  }
  return { table, meetings, scope };
}

/**
 * The round table's statement made, its proposals merged one to one into recommendations,
 * adopted and published, sent to a body and answered.
 */
export async function publishedStatement(
  db: Db,
  options: { organizationId: string; roundTableId: string; actor?: { label: string } },
) {
  const who = options.actor ?? actor;
  const scope = { ...options, actor: who };
  const { statementId } = await startStatement(db, scope);
  const proposals = await db
    .select()
    .from(deliberationProposals)
    .where(eq(deliberationProposals.statementId, statementId))
    .orderBy(deliberationProposals.createdAt);
  const s = { organizationId: options.organizationId, statementId, actor: who };
  const recommendationIds: string[] = [];
  for (const [i, p] of proposals.entries()) {
    const made = await mergeProposals(db, {
      ...s,
      proposalIds: [p.id],
      into: { title: `Suositus ${i + 1}`, text: p.text, rationale: p.sourceLabel },
    });
    recommendationIds.push(made.id);
  }
  await setStatus(db, { ...s, status: "amending" });
  await setStatus(db, { ...s, status: "support_check" });
  await adoptStatement(db, { ...s, input: { how: "yhteinen päätös viimeisessä tapaamisessa" } });
  await publishStatement(db, { ...s, published: true });
  await addDistribution(db, {
    ...scope,
    input: { recipient: "Aluehallitus", sentOn: "2026-05-02", channel: "registry" },
  });
  await addResponse(db, {
    ...scope,
    input: {
      body: "Aluehallitus",
      receivedOn: "2026-06-01",
      text: "Aluehallitus kiittää ja vie suositukset hyvinvointisuunnitelmaan.",
      link: "https://example.fi/poytakirja/12",
    },
  });
  return { statementId, recommendationIds };
}

/**
 * An action table made of the statement, published, with a measure per recommendation; the
 * first measure moved to `status` (the latest update).
 */
export async function actionTableSays(
  db: Db,
  options: { organizationId: string; statementId: string; status: string },
) {
  const s = { organizationId: options.organizationId, actor };
  const table = await createActionTable(db, { ...s, statementId: options.statementId });
  const rows = await db
    .select()
    .from(actionRecommendations)
    .where(eq(actionRecommendations.tableId, table.id))
    .orderBy(actionRecommendations.position);
  const measures = [];
  for (const r of rows)
    measures.push(
      await addMeasure(db, {
        ...s,
        tableId: table.id,
        input: { recommendationId: r.id, text: `Toimenpide ${r.number}`, unit: "Nuorisopalvelut" },
      }),
    );
  await publishActionTable(db, { ...s, tableId: table.id, published: true });
  await editMeasure(db, {
    ...s,
    measureId: measures[0]!.id,
    changes: { status: options.status },
    units: null,
  });
  return { table, measures };
}

/**
 * For the route walks (route-samples.ts): a round table (meeting) and its first meeting, made
 * once and reused; a fresh one for starting the statement (which a table allows once).
 */
export function roundTableForRoute(db: Db, options: { organizationId: string }) {
  type Target = {
    roundTableId: string;
    meetingId: string;
    distributionId?: string;
    responseId?: string;
  };
  let shared: Promise<Target> | undefined;
  const fresh = async () => {
    const { table, meetings } = await sampleRoundTable(db, options);
    return { roundTableId: table.id, meetingId: meetings[0]!.id };
  };
  return async (url: string): Promise<Target> => {
    if (url.endsWith("/statement")) return fresh();
    shared ??= fresh();
    const target = await shared;
    // A distribution record and a response of their own for each request (a removal is final).
    if (url.includes("/distribution/:") || url.includes("/responses/:")) {
      const scope = { ...options, roundTableId: target.roundTableId, actor };
      const sentTo = await addDistribution(db, {
        ...scope,
        input: { recipient: "Aluehallitus", sentOn: "2026-05-02", channel: "email" },
      });
      const answer = await addResponse(db, {
        ...scope,
        input: { body: "Aluehallitus", receivedOn: "2026-06-01", text: "Vastaus" },
      });
      return { ...target, distributionId: sentTo.id, responseId: answer.id };
    }
    return target;
  };
}
