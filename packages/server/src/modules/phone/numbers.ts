import { decodeCsv, readCsv } from "@kuulo/csv";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError, type FieldError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { isSuppressed, normalizePhone } from "../messaging/index.js";
import { phoneConsentingMembers } from "../pool/index.js";
import { findCampaign } from "./campaigns.js";
import { type PhoneCampaign, type PhoneLanguage, phoneNumbers } from "./schema.js";

/** The blind index of a number within one campaign (one row per number and campaign). */
export const numberScope = (campaignId: string) => `phone-number:${campaignId}`;

interface NewNumber {
  number: string;
  language: PhoneLanguage;
  poolMemberId: string | null;
}

/**
 * A staff list: a header row with `number` (or `phone`/`puhelin`/`telefon`) and optionally
 * `language` (fi/sv; default the campaign's first). Errors name the line and the column; a
 * list with any error adds nothing.
 */
export function parseNumberList(
  bytes: Buffer,
  languages: PhoneLanguage[],
): { rows: NewNumber[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const at = (line: number, column: string, message: string): FieldError => ({
    path: "body.file",
    message: `line ${line}, column ${column}: ${message}`,
    code: "invalid_file",
    params: { line, column, reason: message },
  });
  let table: ReturnType<typeof readCsv>;
  try {
    table = readCsv(decodeCsv(bytes).text);
  } catch (error) {
    return { rows: [], errors: [at(1, "-", (error as Error).message)] };
  }
  const columns = table.header.map((h) => h.trim().toLowerCase());
  const numberColumn = columns.findIndex((c) =>
    ["number", "phone", "puhelin", "telefon", "numero"].includes(c),
  );
  const languageColumn = columns.findIndex((c) => ["language", "kieli", "språk"].includes(c));
  if (numberColumn < 0) return { rows: [], errors: [at(1, "number", "no number column")] };
  const rows: NewNumber[] = [];
  const seen = new Map<string, number>();
  for (const record of table.rows) {
    if (record.fields.every((f) => f.trim() === "")) continue;
    const raw = (record.fields[numberColumn] ?? "").trim();
    const number = normalizePhone(raw);
    if (!number) {
      errors.push(at(record.line, "number", `'${raw.slice(0, 30)}' is not a phone number`));
      continue;
    }
    const earlier = seen.get(number);
    if (earlier !== undefined) {
      errors.push(at(record.line, "number", `the same number as on line ${earlier}`));
      continue;
    }
    seen.set(number, record.line);
    const lang = languageColumn < 0 ? "" : (record.fields[languageColumn] ?? "").trim();
    const language = (lang || languages[0]) as PhoneLanguage;
    if (!languages.includes(language)) {
      errors.push(
        at(
          record.line,
          "language",
          `'${lang}' is not one of the campaign's ${languages.join(", ")}`,
        ),
      );
      continue;
    }
    rows.push({ number, language, poolMemberId: null });
  }
  if (rows.length === 0 && errors.length === 0) errors.push(at(1, "number", "the list is empty"));
  return { rows, errors };
}

/** Inserts numbers (those already in the campaign are kept); suppressed ones are marked at once. */
async function insertNumbers(
  tx: Db,
  sealer: Sealer,
  campaign: PhoneCampaign,
  rows: NewNumber[],
  source: "pool" | "list",
  consentBasis: string,
): Promise<{ added: number; suppressed: number }> {
  let added = 0;
  let suppressed = 0;
  for (const row of rows) {
    const blocked =
      (await isSuppressed(tx, {
        organizationId: campaign.organizationId,
        channel: "phone",
        address: row.number,
      })) ||
      (await isSuppressed(tx, {
        organizationId: campaign.organizationId,
        channel: "sms",
        address: row.number,
      }));
    const inserted = await tx
      .insert(phoneNumbers)
      .values({
        organizationId: campaign.organizationId,
        campaignId: campaign.id,
        numberSealed: sealer.seal(row.number),
        numberIndex: sealer.blindIndex(numberScope(campaign.id), row.number),
        language: row.language,
        source,
        poolMemberId: row.poolMemberId,
        consentBasis,
        status: blocked ? "suppressed" : "waiting",
      })
      .onConflictDoNothing()
      .returning({ id: phoneNumbers.id });
    if (inserted.length > 0) {
      added++;
      if (blocked) suppressed++;
    }
  }
  return { added, suppressed };
}

function editable(campaign: PhoneCampaign): void {
  if (campaign.status === "finished")
    throw new AppError("conflict", "A finished campaign takes no more numbers.");
}

/** A staff list (CSV) with its consent basis, all or nothing. Audited phone.numbers_added. */
export async function uploadNumbers(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    campaignId: string;
    file: Buffer;
    consentBasis: string;
    actor: Actor;
  },
): Promise<{ added: number; suppressed: number }> {
  return db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, options);
    editable(campaign);
    const { rows, errors } = parseNumberList(options.file, campaign.languages);
    if (errors.length > 0)
      throw new AppError("validation.failed", errors[0]!.message, { errors: errors.slice(0, 50) });
    const result = await insertNumbers(tx, sealer, campaign, rows, "list", options.consentBasis);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "phone.numbers_added",
      targetType: "phone_campaign",
      targetId: campaign.id,
      detail: { source: "list", consentBasis: options.consentBasis, ...result },
    });
    return result;
  });
}

/**
 * The pool's members who consented to phone calls for surveys, in their language (Swedish
 * speakers in Swedish when the campaign calls in Swedish, else the campaign's first language).
 */
export async function addPoolMembers(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; campaignId: string; actor: Actor },
): Promise<{ added: number; suppressed: number }> {
  return db.transaction(async (tx) => {
    const campaign = await findCampaign(tx, options);
    editable(campaign);
    const members = await phoneConsentingMembers(tx, { organizationId: options.organizationId });
    const rows: NewNumber[] = [];
    for (const m of members) {
      const number = normalizePhone(sealer.open(m.phoneSealed));
      if (!number) continue;
      const language = (
        campaign.languages.includes(m.language as PhoneLanguage)
          ? m.language
          : campaign.languages[0]
      ) as PhoneLanguage;
      rows.push({ number, language, poolMemberId: m.memberId });
    }
    const result = await insertNumbers(
      tx,
      sealer,
      campaign,
      rows,
      "pool",
      "pool consent: surveys by phone",
    );
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "phone.numbers_added",
      targetType: "phone_campaign",
      targetId: campaign.id,
      detail: { source: "pool", ...result },
    });
    return result;
  });
}

/** Numbers in the campaign by status. */
export async function numberCounts(
  db: Db,
  options: { organizationId: string; campaignId: string },
): Promise<Record<string, number>> {
  const rows = await db
    .select({ status: phoneNumbers.status, n: sql<number>`count(*)::int` })
    .from(phoneNumbers)
    .where(
      and(
        eq(phoneNumbers.organizationId, options.organizationId),
        eq(phoneNumbers.campaignId, options.campaignId),
      ),
    )
    .groupBy(phoneNumbers.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}
