// 10,000 open answers analysed end to end through the surveys module: the responses stored,
// the analysis job started through the module's service, run in its @kuulo/text worker thread
// with progress written to the job row, and the themes stored. Target: < 20 s on the 2-core
// machine. PGlite by default; DATABASE_URL for PostgreSQL (a fresh schema). Prints the time,
// the steps and the peak memory (max RSS of the process, worker threads included).
// Run: npm run bench surveys-analysis [-- N]
import { loadavg } from "node:os";
import {
  createOrganization,
  createSurvey,
  loadAnalysis,
  openTestDatabase,
  publishSurvey,
  startAnalysis,
  surveyResponses,
  ThemeWorkers,
} from "@kuulo/server/testing";
import { fixtureAnswers } from "./text-run.js";

const N = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 10_000);
const TARGET_S = 20;
const database = await openTestDatabase();
const db = database.db;
const organization = await createOrganization(db, {
  slug: "penkkikunta",
  name: { fi: "Penkkikunta", sv: "Penkkikunta", en: "Penkkikunta" },
  languages: ["fi"],
  actor: { label: "bench" },
});
const survey = await createSurvey(db, {
  organizationId: organization.id,
  actor: { label: "bench" },
  input: {
    slug: "avoimet",
    title: "Avoimet vastaukset",
    anonymity: "anonymous",
    kioskAllowed: false,
    definition: {
      languages: ["fi"],
      title: { fi: "Avoimet vastaukset" },
      pages: [
        {
          id: "p1",
          questions: [
            { id: "improve", type: "text", long: true, text: { fi: "Mitä parantaisit?" } },
          ],
        },
      ],
    },
  },
});
const { version } = await publishSurvey(db, {
  organizationId: organization.id,
  surveyId: survey.id,
  actor: { label: "bench" },
});

const texts = fixtureAnswers(N);
const t0 = performance.now();
for (let i = 0; i < N; i += 1000) {
  await db.insert(surveyResponses).values(
    texts.slice(i, i + 1000).map((text, j) => ({
      organizationId: organization.id,
      surveyId: survey.id,
      versionId: version.id,
      status: "complete" as const,
      answers: { improve: text },
      submittedAt: new Date(Date.UTC(2026, 10, 1) + (i + j) * 1000),
    })),
  );
}
const stored = performance.now();
const storedRssMiB = process.memoryUsage().rss / 2 ** 20;

const workers = new ThemeWorkers();
const steps: { step: string; at: number }[] = [];
const { analysis, done } = await startAnalysis(db, {
  organizationId: organization.id,
  surveyId: survey.id,
  questionId: "improve",
  userId: null,
  workers,
  onProgress: (p) => {
    if (steps.at(-1)?.step !== p.step) steps.push({ step: p.step, at: performance.now() });
  },
});
await done;
const analysed = performance.now();
const row = await loadAnalysis(db, {
  organizationId: organization.id,
  surveyId: survey.id,
  questionId: "improve",
  analysisId: analysis.id,
});
await workers.close();
await database.close();
if (row?.status !== "done") throw new Error(`analysis ${row?.status}: ${row?.error}`);
const themes = (row.report as { themes: { count: number; label: string }[] }).themes;
const counted = themes.reduce((s, t) => s + t.count, 0);
if (counted !== N) throw new Error(`themes hold ${counted} answers, not ${N}`);

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const total = analysed - t0;
console.log(
  `surveys analysis: ${N.toLocaleString("en")} open answers on ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}, load average ${loadavg()[0]!.toFixed(1)}`,
);
console.log(`  responses stored             ${s(stored - t0)}`);
console.log(
  `  analysis job (worker)        ${s(analysed - stored)}  k = ${row.k}, ${themes.length} themes stored`,
);
for (let i = 0; i < steps.length; i++)
  console.log(`    ${steps[i]!.step.padEnd(26)} from ${s(steps[i]!.at - stored)}`);
console.log(
  `  end to end                   ${s(total)}  (target < ${TARGET_S} s) ${total / 1000 < TARGET_S ? "✓" : "✗"}`,
);
console.log(
  `  peak memory (max RSS)        ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
console.log(
  `  memory after storing (RSS)   ${storedRssMiB.toFixed(0)} MiB (the embedded database and its 10,000 rows, before the analysis)`,
);
