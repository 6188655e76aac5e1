import { desc } from "drizzle-orm";
import { createSealer } from "../../db/sealed.js";
import { type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { listOutbox } from "../messaging/index.js";
import { smsMessages } from "../messaging/schema.js";

/** Pool settings that pass validation: two municipalities, two questions, two themes. */
export function samplePoolSettings(overrides: Record<string, unknown> = {}) {
  return {
    municipalities: ["179", "410"],
    questions: [
      {
        key: "education",
        label: { fi: "Koulutus", sv: "Utbildning", en: "Education" },
        why: { fi: "Kutsumme eri taustoista.", sv: "Vi bjuder in olika.", en: "We invite all." },
        type: "choice",
        required: true,
        options: [
          { key: "basic", label: { fi: "Perusaste", sv: "Grundnivå", en: "Basic" } },
          { key: "higher", label: { fi: "Korkea-aste", sv: "Högre", en: "Higher" } },
        ],
      },
      {
        key: "children",
        label: { fi: "Lapsia?", sv: "Barn?", en: "Children?" },
        why: { fi: "Lapsiperheet.", sv: "Barnfamiljer.", en: "Families." },
        type: "yes_no",
        required: false,
        options: [],
      },
    ],
    themes: [
      { key: "health", label: { fi: "Terveys", sv: "Hälsa", en: "Health" } },
      { key: "youth", label: { fi: "Nuoret", sv: "Unga", en: "Youth" } },
    ],
    consentTexts: {
      invitations: { fi: "Saa kutsua.", sv: "Får bjuda in.", en: "May invite." },
      surveys: { fi: "Saa kysyä.", sv: "Får fråga.", en: "May ask." },
      panels: { fi: "Paneelit.", sv: "Paneler.", en: "Panels." },
      research: { fi: "Tutkimus.", sv: "Forskning.", en: "Research." },
    },
    inactiveRetentionMonths: 36,
    leftRetentionMonths: 60,
    ...overrides,
  };
}

/** A join form that passes validation against `samplePoolSettings`. */
export function sampleJoin(overrides: Record<string, unknown> = {}) {
  return {
    email: "asukas@example.fi",
    municipality: "179",
    birthYear: 1980,
    gender: "woman",
    motherTongue: "fi",
    language: "fi",
    answers: { education: "higher" },
    interests: ["health"],
    channels: ["email"],
    consents: { purposes: ["invitations", "panels"], channels: ["email"] },
    partners: [] as string[],
    ...overrides,
  };
}

export async function setUpPool(admin: StaffClient, slug: string): Promise<void> {
  const saved = await admin.request({
    method: "PUT",
    url: `/api/orgs/${slug}/pool/settings`,
    payload: samplePoolSettings(),
  });
  if (saved.statusCode !== 200) throw new Error(`pool settings: ${saved.body}`);
}

/** The token after `#` in the newest delivered mail to the address with a pool link. */
export async function poolTokenFromMail(t: TestApp, to: string, page: "confirm" | "me") {
  await t.deliverMail();
  const mails = (await listOutbox(t.database.db)).filter((m) => m.to === to);
  // Newest first.
  for (const mail of mails) {
    const match = new RegExp(`/pool/${page}(?:\\?lang=\\w+)?#([A-Za-z0-9_-]+)`).exec(mail.text);
    if (match) return { token: match[1]!, mail };
  }
  throw new Error(`no pool ${page} link for ${to}`);
}

/** The text messages queued to a number (stored sealed), newest first. */
export async function smsTo(
  t: TestApp,
  to: string,
): Promise<{ to: string; text: string; kind: string }[]> {
  const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
  const rows = await t.database.db
    .select({ to: smsMessages.to, text: smsMessages.text, kind: smsMessages.kind })
    .from(smsMessages)
    .orderBy(desc(smsMessages.id));
  return rows
    .map((row) => ({ ...row, to: row.to.startsWith("v1.") ? sealer.open(row.to) : row.to }))
    .filter((row) => row.to === to);
}
