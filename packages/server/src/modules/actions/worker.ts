import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { startIntervalWorker } from "../../jobs/interval.js";
import { listStaff } from "../identity/index.js";
import { queueMail } from "../messaging/index.js";
import { type Language, type Organization, organizations } from "../organizations/index.js";
import { escapeHtml, mailText } from "./mails.js";
import { tableHistory } from "./measures.js";
import { actionEditorUnits, actionMeasures, actionTables } from "./schema.js";
import { confirmedSubscriptions, queueNotice } from "./subscriptions.js";
import type { ActionTable } from "./tables.js";

/** Statuses after which a measure needs no more updates, so no reminder. */
const FINISHED = ["done", "processed", "not_taken_forward"];

const FIELD_NAMES: Record<string, Record<Language, string>> = {
  status: { fi: "tila", sv: "läge", en: "status" },
  schedule: { fi: "aikataulu", sv: "tidtabell", en: "schedule" },
  unit: { fi: "vastuu", sv: "ansvar", en: "responsible unit" },
  notes: { fi: "lisätieto", sv: "tilläggsinformation", en: "notes" },
  decisions: { fi: "päätökset", sv: "beslut", en: "decisions" },
  text: { fi: "toimenpide", sv: "åtgärd", en: "measure" },
  statusReason: { fi: "perustelu", sv: "motivering", en: "reason" },
  recommendation: { fi: "suositus", sv: "rekommendation", en: "recommendation" },
  added: { fi: "lisätty", sv: "tillagd", en: "added" },
};

function monthsAgo(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

async function organizationOf(db: Db, id: string): Promise<Organization> {
  const [org] = await db.select().from(organizations).where(eq(organizations.id, id));
  return org as Organization;
}

/** Queues "you said, we did" notices of published tables' changes not yet sent. */
export async function sendNotices(db: Db, options: { publicUrl: string }): Promise<number> {
  let sent = 0;
  const tables = await db.select().from(actionTables).where(eq(actionTables.published, true));
  for (const table of tables) {
    const subscriptions = await confirmedSubscriptions(db, table.id);
    if (subscriptions.length === 0) continue;
    const organization = await organizationOf(db, table.organizationId);
    const after = Math.min(...subscriptions.map((s) => s.notifiedUpTo));
    const history = (
      await tableHistory(db, { tableId: table.id, after, oldestFirst: true })
    ).filter((h) => h.measureId !== null);
    if (history.length === 0) continue;
    for (const subscription of subscriptions) {
      const rows = history.filter((h) => h.id > subscription.notifiedUpTo);
      if (rows.length === 0) continue;
      const language = subscription.language as Language;
      const shown = (field: string, value: string) =>
        field === "status"
          ? (table.statuses.find((s) => s.key === value)?.label[language] ?? value)
          : value;
      const changes = rows.map(
        (h) =>
          `${h.measureNumber} ${FIELD_NAMES[h.field]?.[language] ?? h.field}: ${shown(h.field, h.oldValue) || "–"} → ${shown(h.field, h.newValue) || "–"}`,
      );
      await db.transaction((tx) =>
        queueNotice(tx, {
          organization,
          table,
          subscription,
          changes,
          upTo: rows[rows.length - 1]!.id,
          publicUrl: options.publicUrl,
        }),
      );
      sent++;
    }
  }
  return sent;
}

/** Who is reminded of a unit's rows: its editors, else the editors given no unit. */
async function ownersOf(db: Db, organizationId: string, unit: string): Promise<string[]> {
  const staff = (await listStaff(db, { organizationId })).filter((s) =>
    s.roles.includes("action_editor"),
  );
  const assigned = await db
    .select()
    .from(actionEditorUnits)
    .where(eq(actionEditorUnits.organizationId, organizationId));
  const unitsOf = (id: string) => assigned.filter((a) => a.userId === id).map((a) => a.unit);
  const ofUnit = staff.filter((s) => unitsOf(s.id).includes(unit));
  const unrestricted = staff.filter((s) => unitsOf(s.id).length === 0);
  return (ofUnit.length > 0 ? ofUnit : unrestricted).map((s) => s.email);
}

async function remindTable(db: Db, table: ActionTable, options: { publicUrl: string; now: Date }) {
  const before = monthsAgo(options.now, table.reminderMonths);
  const stale = await db
    .select()
    .from(actionMeasures)
    .where(
      and(
        eq(actionMeasures.tableId, table.id),
        lt(actionMeasures.updatedAt, before),
        or(isNull(actionMeasures.remindedAt), lt(actionMeasures.remindedAt, before)),
        sql`${actionMeasures.status} not in (${sql.join(
          FINISHED.map((s) => sql`${s}`),
          sql`, `,
        )})`,
      ),
    );
  if (stale.length === 0) return 0;
  const organization = await organizationOf(db, table.organizationId);
  const url = `${options.publicUrl.replace(/\/$/, "")}/${organization.slug}/staff/actions/${table.id}`;
  let mails = 0;
  await db.transaction(async (tx) => {
    for (const unit of [...new Set(stale.map((m) => m.unit))]) {
      const rows = stale.filter((m) => m.unit === unit);
      const w = mailText("reminder", "fi", {
        table: table.title,
        months: String(table.reminderMonths),
      });
      const lines = rows.map((m) => `${m.number} ${m.text}`);
      for (const to of await ownersOf(tx, table.organizationId, unit)) {
        await queueMail(tx, {
          organizationId: table.organizationId,
          to,
          subject: w.subject,
          text: `${w.body}\n\n${lines.map((l) => `- ${l}`).join("\n")}\n\n${w.link}: ${url}\n`,
          html: `<p>${escapeHtml(w.body)}</p><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul><p><a href="${escapeHtml(url)}">${escapeHtml(w.link)}</a></p>`,
        });
        mails++;
      }
    }
    await tx
      .update(actionMeasures)
      .set({ remindedAt: options.now })
      .where(
        inArray(
          actionMeasures.id,
          stale.map((m) => m.id),
        ),
      );
  });
  return mails;
}

/** Queues reminders to the owners of measures not updated for the table's reminder period. */
export async function sendReminders(
  db: Db,
  options: { publicUrl: string; now?: Date },
): Promise<number> {
  const now = options.now ?? new Date();
  let mails = 0;
  for (const table of await db.select().from(actionTables)) {
    mails += await remindTable(db, table, { publicUrl: options.publicUrl, now });
  }
  return mails;
}

export function startActionsWorker(options: {
  db: Db;
  publicUrl: string;
  intervalMs: number;
  onError: (error: unknown) => void;
}) {
  return startIntervalWorker({
    intervalMs: options.intervalMs,
    onError: options.onError,
    pass: async () => ({
      notices: await sendNotices(options.db, options),
      reminders: await sendReminders(options.db, options),
    }),
  });
}
