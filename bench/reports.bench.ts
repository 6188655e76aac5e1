// Benchmark of issue #18's period report: an organization with 20 activities (10 opinion
// conversations of 400 participants, 10 feedback surveys of 300 responses) and an action table
// of 200 measures with decisions; the period report made and written as a PDF and a Word file.
// Target: the PDF for 20 activities in < 10 s. Baseline in the same process: 2 activities.
// PGlite by default. Run: npm run bench reports [-- ACTIVITIES]
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import {
  briefDocx,
  briefPdf,
  conversations,
  createOrganization,
  createSurvey,
  type Db,
  importActionTable,
  openTestDatabase,
  participants,
  periodReport,
  publishSurvey,
  surveyResponses,
} from "@kuulo/server/testing";
import { surveyTemplate } from "@kuulo/survey";

const ACTIVITIES = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 20);
const TARGET_S = 10;
const CHANNELS = ["web", "web", "web", "event", "paper"] as const;
const CONVERSATION_CHANNELS = ["web", "web", "embed", "event"] as const;
const year = new Date().getUTCFullYear();

const database = await openTestDatabase();
const db = database.db;

async function county(slug: string, activities: number): Promise<string> {
  const organization = await createOrganization(db, {
    slug,
    name: { fi: `Penkki ${slug}`, sv: `Penkki ${slug}`, en: `Penkki ${slug}` },
    languages: ["fi", "sv"],
    actor: { label: "bench" },
  });
  const organizationId = organization.id;
  for (let a = 0; a < activities; a++) {
    if (a % 2 === 0) await conversation(db, organizationId, a);
    else await feedbackSurvey(db, organizationId, a);
  }
  const rows = [["Suositus", "Toimenpide", "Aikataulu", "Status", "Vastuu", "Lisätieto"]];
  const statuses = ["Ei aloitettu", "Käynnissä", "Toteutettu", "Käsitelty", "Jatkuva"];
  for (let i = 0; i < 200; i++)
    rows.push([
      i % 4 === 0 ? `Suositus ${i / 4 + 1}: palvelut lähemmäs asukkaita` : "",
      `Toimenpide ${i + 1}: toteutetaan yhdessä kuntien kanssa`,
      `${(i % 12) + 1}/${year}`,
      statuses[i % statuses.length]!,
      `Yksikkö ${i % 7}`,
      "",
    ]);
  await importActionTable(db, {
    organizationId,
    title: `Suositukset ${slug}`,
    slug: `taulu-${slug}`,
    rows,
    publish: true,
    actor: { label: "bench" },
  });
  return organizationId;
}

async function conversation(db: Db, organizationId: string, a: number) {
  const [row] = await db
    .insert(conversations)
    .values({
      organizationId,
      publicId: randomUUID().slice(0, 12),
      title: { fi: `Keskustelu ${a + 1}: lähipalvelut`, sv: "", en: "" },
      description: { fi: "Penkki", sv: "", en: "" },
      opensAt: new Date(Date.UTC(year, a % 12, 1)),
    })
    .returning({ id: conversations.id });
  await db.insert(participants).values(
    Array.from({ length: 400 }, (_, pid) => ({
      organizationId,
      conversationId: row!.id,
      pid,
      residentKeyHash: randomUUID(),
      channel: CONVERSATION_CHANNELS[pid % CONVERSATION_CHANNELS.length]!,
    })),
  );
}

async function feedbackSurvey(db: Db, organizationId: string, a: number) {
  const survey = await createSurvey(db, {
    organizationId,
    actor: { label: "bench" },
    input: {
      slug: `palaute-${a}`,
      title: `Palaute ${a + 1}`,
      anonymity: "anonymous",
      kioskAllowed: false,
      definition: surveyTemplate("participant_feedback").definition,
    },
  });
  const { version } = await publishSurvey(db, {
    organizationId,
    surveyId: survey.id,
    actor: { label: "bench" },
  });
  await db.insert(surveyResponses).values(
    Array.from({ length: 300 }, (_, i) => ({
      organizationId,
      surveyId: survey.id,
      versionId: version.id,
      status: "complete" as const,
      channel: CHANNELS[i % CHANNELS.length]!,
      answers: { easy: (i % 5) + 1, heard: ((i * 3) % 5) + 1, learned: 4, again: 5 },
      submittedAt: new Date(),
    })),
  );
}

async function measure(organizationId: string, label: string) {
  const t0 = performance.now();
  const report = await periodReport(db, {
    organizationId,
    organizationName: label,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
    language: "fi",
  });
  const t1 = performance.now();
  const pdf = await briefPdf(report);
  const t2 = performance.now();
  const docx = briefDocx(report);
  const t3 = performance.now();
  return {
    activities: report.activities.length,
    reportMs: t1 - t0,
    pdfMs: t2 - t1,
    docxMs: t3 - t2,
    totalPdfS: (t2 - t0) / 1000,
    pdfKiB: pdf.length / 1024,
    docxKiB: docx.length / 1024,
  };
}

const seedStart = performance.now();
const small = await county("pieni", 2);
const large = await county("suuri", ACTIVITIES);
console.log(
  `seeded 2 + ${ACTIVITIES} activities in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`,
);
await measure(small, "lämmittely");
const base = await measure(small, "pieni");
const full = await measure(large, "suuri");
for (const [label, r] of [
  ["baseline", base],
  ["county", full],
] as const)
  console.log(
    `${label}: ${r.activities} activities — report ${r.reportMs.toFixed(0)} ms, PDF ${r.pdfMs.toFixed(0)} ms (${r.pdfKiB.toFixed(0)} KiB), DOCX ${r.docxMs.toFixed(0)} ms (${r.docxKiB.toFixed(0)} KiB); report + PDF ${r.totalPdfS.toFixed(2)} s`,
  );
console.log(
  `ratio county / baseline (report + PDF): ${(full.totalPdfS / base.totalPdfS).toFixed(2)}×; load average ${loadavg()[0]!.toFixed(1)}`,
);
const ok = full.totalPdfS < TARGET_S;
console.log(
  `${ok ? "PASS" : "FAIL"}: period report PDF for ${full.activities} activities ${full.totalPdfS.toFixed(2)} s (target < ${TARGET_S} s)`,
);
await database.close();
if (!ok) process.exit(1);
