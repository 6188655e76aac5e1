import { decodeCsv, readCsv } from "@kuulo/csv";
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError, type FieldError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { normalizeAddress } from "../messaging/index.js";
import { type PanelSource, panelConsentingMembers, roundSignUpsForPanel } from "../pool/index.js";
import { panelCandidates, panels } from "./schema.js";
import { findPanel, type Panel } from "./setup.js";

export type PanelCandidate = typeof panelCandidates.$inferSelect;

/** A candidate's contact data, as sealed in `contact_sealed`. */
export interface CandidateContact {
  name?: string;
  email?: string;
  phone?: string;
}

/** Staff list columns that are contact data, not attributes. */
const CONTACT_COLUMNS = ["name", "email", "phone", "language"];

/** A staff list (CSV): name, email and/or phone, language, and one column per attribute. */
export function parseStaffList(bytes: Buffer): {
  rows: {
    ref: string;
    attributes: Record<string, string>;
    language: string;
    contact: CandidateContact;
  }[];
  errors: FieldError[];
} {
  const { header, rows } = readCsv(decodeCsv(bytes).text);
  const columns = header.map((h) => h.trim());
  const errors: FieldError[] = [];
  const at = (line: number, column: string, message: string): FieldError => ({
    path: "body.file",
    message: `line ${line}, column ${column}: ${message}`,
    code: "invalid_file",
    params: { line, column, reason: message },
  });
  if (!columns.includes("email") && !columns.includes("phone"))
    errors.push(at(1, "email", "the list needs an email or a phone column"));
  const out = [];
  const seen = new Map<string, number>();
  for (const record of rows) {
    const cell = (name: string) => (record.fields[columns.indexOf(name)] ?? "").trim();
    if (record.fields.every((f) => f.trim() === "")) continue;
    const email = cell("email");
    const phone = cell("phone");
    const contact: CandidateContact = {};
    if (cell("name")) contact.name = cell("name");
    if (email) {
      const normalized = normalizeAddress("email", email);
      if (!normalized) errors.push(at(record.line, "email", `'${email}' is not an email address`));
      else contact.email = normalized;
    }
    if (phone) {
      const normalized = normalizeAddress("sms", phone);
      if (!normalized) errors.push(at(record.line, "phone", `'${phone}' is not a phone number`));
      else contact.phone = normalized;
    }
    if (!email && !phone) errors.push(at(record.line, "email", "give an email or a phone number"));
    const language = cell("language") || "fi";
    if (!["fi", "sv", "en"].includes(language))
      errors.push(at(record.line, "language", `'${language}' is not fi, sv or en`));
    const ref = `list:${contact.email ?? contact.phone ?? record.line}`;
    const earlier = seen.get(ref);
    if (earlier !== undefined)
      errors.push(
        at(record.line, contact.email ? "email" : "phone", `the same person as on line ${earlier}`),
      );
    seen.set(ref, record.line);
    const attributes: Record<string, string> = {};
    columns.forEach((c, i) => {
      if (c && !CONTACT_COLUMNS.includes(c)) attributes[c] = (record.fields[i] ?? "").trim();
    });
    out.push({ ref, attributes, language, contact });
  }
  return { rows: out, errors };
}

function openSealed(sealer: Sealer, sealed: string | null): string | undefined {
  return sealed ? sealer.open(sealed) : undefined;
}

/** A pool source's contact data, opened and sealed again as one JSON for the panel. */
function contactOf(sealer: Sealer, source: PanelSource): CandidateContact {
  const contact: CandidateContact = {};
  const email = openSealed(sealer, source.emailSealed);
  const phone = openSealed(sealer, source.phoneSealed);
  const name = openSealed(sealer, source.nameSealed);
  if (email) contact.email = email;
  if (phone) contact.phone = phone;
  if (name) {
    const parsed = JSON.parse(name) as { firstNames?: string; surname?: string };
    contact.name = [parsed.firstNames, parsed.surname].filter(Boolean).join(" ");
  }
  return contact;
}

/**
 * Fills the candidate list from the panel's source in one transaction: a recruitment round's
 * sign-ups, the pool's members consenting to panels, or a staff list (CSV, all or nothing).
 * People already on the list (same source reference) are kept as they are. Audited
 * panels.candidates_added. Only before the draw.
 */
export async function addCandidates(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; file?: Buffer; actor: Actor; now?: Date },
): Promise<{ added: number; total: number }> {
  const panel = await findPanel(db, options);
  if (panel.status !== "draft" && panel.status !== "recruiting")
    throw new AppError("conflict", "Candidates can be added only before the draw.");
  let people: {
    ref: string;
    attributes: Record<string, string>;
    language: string;
    contact: CandidateContact;
  }[];
  if (panel.source === "staff_list") {
    if (!options.file)
      throw new AppError("validation.failed", "body.file: a staff panel's list is a CSV file", {
        errors: [
          { path: "body.file", message: "a staff panel's list is a CSV file", code: "required" },
        ],
      });
    const parsed = parseStaffList(options.file);
    if (parsed.errors.length > 0)
      throw new AppError("validation.failed", parsed.errors.map((e) => e.message).join("\n"), {
        errors: parsed.errors,
      });
    people = parsed.rows;
  } else if (panel.source === "population_round" || panel.source === "pool") {
    const sources =
      panel.source === "pool"
        ? await panelConsentingMembers(db, {
            organizationId: panel.organizationId,
            year: (options.now ?? new Date()).getFullYear(),
          })
        : ((await roundSignUpsForPanel(db, {
            organizationId: panel.organizationId,
            roundId: panel.roundId ?? "00000000-0000-0000-0000-000000000000",
          })) ?? []);
    people = sources.map((s) => ({
      ref: s.ref,
      attributes: s.attributes,
      language: s.language,
      contact: contactOf(sealer, s),
    }));
  } else {
    throw new AppError("conflict", "An open call's candidates sign up themselves.");
  }
  return insertCandidates(db, sealer, { panel, people, actor: options.actor });
}

/** Adds people to the candidate list (numbered on), keeping those already there. */
export async function insertCandidates(
  db: Db,
  sealer: Sealer,
  options: {
    panel: Panel;
    people: {
      ref: string;
      attributes: Record<string, string>;
      language: string;
      contact: CandidateContact;
      consent?: PanelCandidate["consent"];
    }[];
    actor: Actor;
  },
): Promise<{ added: number; total: number }> {
  const { panel } = options;
  return db.transaction(async (tx) => {
    // One writer at a time numbers the candidates of a panel.
    await tx.select({ id: panels.id }).from(panels).where(eq(panels.id, panel.id)).for("update");
    const existing = await tx
      .select({ ref: panelCandidates.sourceRef, number: panelCandidates.number })
      .from(panelCandidates)
      .where(eq(panelCandidates.panelId, panel.id));
    const known = new Set(existing.map((e) => e.ref));
    let next = existing.reduce((m, e) => Math.max(m, e.number + 1), 0);
    const fresh = options.people.filter((p) => !known.has(p.ref));
    for (let i = 0; i < fresh.length; i += 500) {
      await tx.insert(panelCandidates).values(
        fresh.slice(i, i + 500).map((p) => ({
          organizationId: panel.organizationId,
          panelId: panel.id,
          number: next++,
          source: panel.source,
          sourceRef: p.ref,
          attributes: p.attributes,
          language: p.language,
          contactSealed: sealer.seal(JSON.stringify(p.contact)),
          consent: p.consent ?? null,
        })),
      );
    }
    await recordAudit(tx, {
      organizationId: panel.organizationId,
      actor: options.actor,
      action: "panels.candidates_added",
      targetType: "panel",
      targetId: panel.id,
      detail: { source: panel.source, added: fresh.length },
    });
    return { added: fresh.length, total: existing.length + fresh.length };
  });
}

/** The panel's candidates in draw order (by number). */
export async function candidatesOf(db: Db, panel: Panel): Promise<PanelCandidate[]> {
  return db
    .select()
    .from(panelCandidates)
    .where(
      and(
        eq(panelCandidates.panelId, panel.id),
        eq(panelCandidates.organizationId, panel.organizationId),
      ),
    )
    .orderBy(asc(panelCandidates.number));
}

/** Counts per attribute value among the candidates (and the seated), beside the quotas. */
export async function candidateSummary(db: Db, panel: Panel) {
  const rows = await candidatesOf(db, panel);
  const features = [
    ...new Set([
      ...panel.quotas.map((q) => q.feature),
      ...rows.flatMap((r) => Object.keys(r.attributes)),
    ]),
  ];
  const seatedStatuses = new Set(["selected", "confirmed"]);
  const byStatus: Record<string, number> = {};
  for (const r of rows) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  return {
    total: rows.length,
    byStatus,
    features: features.map((feature) => {
      const values = new Map<string, { candidates: number; seated: number }>();
      for (const r of rows) {
        const value = r.attributes[feature] ?? "";
        const v = values.get(value) ?? { candidates: 0, seated: 0 };
        v.candidates++;
        if (seatedStatuses.has(r.status)) v.seated++;
        values.set(value, v);
      }
      for (const q of panel.quotas)
        if (q.feature === feature && !values.has(q.value))
          values.set(q.value, { candidates: 0, seated: 0 });
      return {
        feature,
        values: [...values].map(([value, counts]) => {
          const quota = panel.quotas.find((q) => q.feature === feature && q.value === value);
          return { value, ...counts, min: quota?.min ?? null, max: quota?.max ?? null };
        }),
      };
    }),
  };
}

/** A candidate's contact data for staff; audited panels.contact_read (a read of personal data). */
export async function candidateContact(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; candidateId: string; actor: Actor },
): Promise<CandidateContact> {
  const [row] = await db
    .select()
    .from(panelCandidates)
    .where(
      and(
        eq(panelCandidates.id, options.candidateId),
        eq(panelCandidates.panelId, options.panelId),
        eq(panelCandidates.organizationId, options.organizationId),
      ),
    );
  if (!row) throw new AppError("not_found", "No such candidate.");
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action: "panels.contact_read",
    targetType: "panel_candidate",
    targetId: row.id,
    detail: { panelId: options.panelId },
  });
  return row.contactSealed ? (JSON.parse(sealer.open(row.contactSealed)) as CandidateContact) : {};
}

/** The count of a panel's candidates (for the list). */
export async function candidateCount(db: Db, panelId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(panelCandidates)
    .where(eq(panelCandidates.panelId, panelId));
  return row?.n ?? 0;
}
