import { and, asc, eq, inArray } from "drizzle-orm";
import { conversations } from "../conversations/index.js";
import type { DemoSeeder } from "../define.js";
import {
  adoptStatement,
  mergeProposals,
  publishStatement,
  recordHandover,
  setStatus,
} from "../deliberation/index.js";
import { addMeeting, addMeetingProposal, takeSnapshot } from "./meetings.js";
import { createRoundTable, updateRoundTable } from "./processes.js";
import { roundTableProposals } from "./schema.js";
import { addDistribution, addResponse } from "./sending.js";
import { startStatement } from "./statement.js";

const actor = { label: "demo" };

/** Proposals of the two meetings and the recommendation each was merged into (by index). */
const MEETINGS = [
  {
    heldOn: "2026-09-15",
    place: "Jyväskylän pääkirjasto",
    online: false,
    participants: { young_person: 14, parent: 5, staff_member: 6, decision_maker: 3 },
    notes: "Kolme pöytää kävi läpi keskustelun yhteiset näkemykset ja eniten jakaneen väitteen.",
    proposals: [
      ["Pöytä 1", "Koulupsykologin tai -kuraattorin vastaanotolle pääsee viikon sisällä.", 0],
      ["Pöytä 2", "Matalan kynnyksen vastaanotto jokaiseen yläkouluun.", 0],
      ["Pöytä 3", "Nuoret mukaan palvelujen suunnitteluun nuorisovaltuuston kautta.", 1],
    ],
  },
  {
    heldOn: "2026-10-06",
    place: "",
    online: true,
    participants: { young_person: 9, parent: 4, staff_member: 3, stakeholder: 4 },
    notes: "Ilmiötyöpaja verkossa: järjestöt ja vanhemmat täydensivät ehdotuksia.",
    proposals: [
      ["Työpaja A", "Chat-palvelu myös iltaisin ja viikonloppuisin.", 2],
      ["Työpaja B", "Järjestöjen vertaistuki näkyviin kouluissa.", 1],
    ],
  },
] as const;

const RECOMMENDATIONS = [
  {
    title: "Apu viikon sisällä",
    text: "Jokaisessa yläkoulussa on matalan kynnyksen vastaanotto, jolle pääsee viikon sisällä.",
  },
  {
    title: "Nuoret ja järjestöt mukaan",
    text: "Nuorisovaltuusto ja järjestöt osallistuvat palvelujen suunnitteluun ja esittelyyn kouluissa.",
  },
  { title: "Tukea myös iltaisin", text: "Chat-palvelu on auki iltaisin ja viikonloppuisin." },
];

/**
 * The demo county's round table: two meetings that took the demo conversation's results to the
 * table, a published public statement (julkilausuma), where it was sent and the response.
 */
export const seedDemoRoundTable: DemoSeeder = async (db, options) => {
  const organizationId = options.organization.id;
  const [conversation] = await db
    .select({ id: conversations.id })
    .from(conversations)
    .where(eq(conversations.organizationId, organizationId))
    .orderBy(asc(conversations.createdAt))
    .limit(1);
  const table = await createRoundTable(db, {
    organizationId,
    input: {
      title: {
        fi: "Nuorten mielenterveys – pyöreän pöydän keskustelut",
        sv: "Ungas psykiska hälsa – rundabordssamtal",
        en: "Young people's mental health – round-table talks",
      },
      theme: "Keskustelun tulokset päättäjien, nuorten, vanhempien ja järjestöjen pöytään",
      organizerUnit: "Hyvinvointialueen osallisuusyksikkö",
    },
    actor,
  });
  const scope = { organizationId, roundTableId: table.id, actor };
  await updateRoundTable(db, { ...scope, input: { status: "meeting" } });
  const merged: string[][] = [[], [], []];
  for (const m of MEETINGS) {
    const meeting = await addMeeting(db, {
      ...scope,
      input: {
        heldOn: m.heldOn,
        place: m.place,
        online: m.online,
        participants: m.participants,
        notes: m.notes,
      },
    });
    if (conversation)
      await takeSnapshot(db, { ...scope, meetingId: meeting.id, conversationId: conversation.id });
    for (const [madeBy, text, into] of m.proposals) {
      const saved = await addMeetingProposal(db, {
        ...scope,
        meetingId: meeting.id,
        input: { madeBy, text },
      });
      merged[into]!.push(saved.id);
    }
  }
  const { statementId } = await startStatement(db, { ...scope, title: "Julkilausuma" });
  const fed = await db
    .select({ id: roundTableProposals.id, to: roundTableProposals.statementProposalId })
    .from(roundTableProposals)
    .where(
      and(
        eq(roundTableProposals.organizationId, organizationId),
        inArray(roundTableProposals.id, merged.flat()),
      ),
    );
  const s = { organizationId, statementId, actor };
  for (const [i, ids] of merged.entries()) {
    await mergeProposals(db, {
      ...s,
      proposalIds: ids.map((id) => fed.find((f) => f.id === id)!.to!),
      into: RECOMMENDATIONS[i]!,
    });
  }
  await setStatus(db, { ...s, status: "amending" });
  await setStatus(db, { ...s, status: "support_check" });
  await adoptStatement(db, {
    ...s,
    input: {
      adoptedAt: new Date("2026-10-20T15:00:00Z"),
      how: "yksimielisesti päätöstapaamisessa",
    },
  });
  await recordHandover(db, {
    ...s,
    input: { on: "2026-10-27", to: "Aluehallitus ja hyvinvointilautakunta" },
  });
  await publishStatement(db, { ...s, published: true });
  await addDistribution(db, {
    ...scope,
    input: { recipient: "Aluehallitus", sentOn: "2026-10-27", channel: "registry" },
  });
  await addDistribution(db, {
    ...scope,
    input: {
      recipient: "Hyvinvointilautakunta",
      sentOn: "2026-10-28",
      channel: "meeting",
      note: "Esitelty lautakunnan kokouksessa",
    },
  });
  await addResponse(db, {
    ...scope,
    input: {
      body: "Aluehallitus",
      receivedOn: "2026-11-16",
      text: "Aluehallitus kiittää julkilausumasta. Matalan kynnyksen vastaanotto laajennetaan kaikkiin yläkouluihin lukuvuonna 2027–2028, ja chat-palvelun aukioloa pidennetään kokeiluna.",
      link: "https://example.fi/aluehallitus/poytakirja/2026-11-16",
    },
  });
  await updateRoundTable(db, { ...scope, input: { status: "closed" } });
};
