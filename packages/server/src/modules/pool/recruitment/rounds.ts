import { createHash } from "node:crypto";
import {
  checkExtract,
  DvvError,
  type ExtractEncoding,
  type Mapping,
  readAddresses,
} from "@kuulo/dvv";
import { LettersError, parseTemplate } from "@kuulo/letters";
import { ageBand } from "@kuulo/sortition";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { poolRecruitmentPeople, poolRecruitmentRounds, type RoundStratify } from "../schema.js";

export type Round = typeof poolRecruitmentRounds.$inferSelect;

export interface RoundInput {
  title: string;
  purpose: string;
  opensAt: Date;
  closesAt: Date;
  sessionDates: string[];
  sampleSize: number;
  stratify: RoundStratify[];
  seed: string;
  letterTemplate: Record<string, unknown>;
  bilingual: boolean;
}

/** Lower limits of the strata's age bands (18-29 … 80+); under 18 get no letter. */
export const ROUND_AGE_BANDS = [18, 30, 45, 65, 80] as const;

/** The age band by the year of birth (the register's year-level age), or null under 18. */
export function ageBandOf(birthDate: string, on: string): string | null {
  const band = ageBand({
    birthYear: Number(birthDate.slice(0, 4)),
    year: Number(on.slice(0, 4)),
    bands: ROUND_AGE_BANDS,
  });
  return band.startsWith("under") ? null : band;
}

/** The key of the hetu HMAC: derived from the data key, per organization; never the hetu. */
export function personKeyOf(sealer: Sealer, organizationId: string): string {
  return sealer.blindIndex("dvv-person-key", organizationId);
}

export async function createRound(
  db: Db,
  options: { organizationId: string; input: RoundInput; actor: Actor & { userId?: string } },
): Promise<Round> {
  const { input } = options;
  if (input.closesAt <= input.opensAt)
    throw new AppError("validation.failed", "The sign-up must close after it opens.", {
      errors: [{ path: "body.closesAt", message: "closes before it opens", code: "invalid" }],
    });
  try {
    parseTemplate(input.letterTemplate);
  } catch (error) {
    if (error instanceof LettersError)
      throw new AppError("validation.failed", "The letter template needs correcting.", {
        errors: [{ path: "body.letterTemplate", message: error.message, code: "invalid" }],
      });
    throw error;
  }
  return db.transaction(async (tx) => {
    const [round] = await tx
      .insert(poolRecruitmentRounds)
      .values({
        organizationId: options.organizationId,
        ...input,
        createdBy: "userId" in options.actor ? (options.actor.userId ?? null) : null,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "pool.round_created",
      targetType: "pool_recruitment_round",
      targetId: round!.id,
      detail: { title: input.title, sampleSize: input.sampleSize, stratify: input.stratify },
    });
    return round!;
  });
}

export async function loadRound(db: Db, organizationId: string, roundId: string): Promise<Round> {
  const [round] = await db
    .select()
    .from(poolRecruitmentRounds)
    .where(
      and(
        eq(poolRecruitmentRounds.organizationId, organizationId),
        eq(poolRecruitmentRounds.id, roundId),
      ),
    );
  if (!round) throw new AppError("not_found", "No such recruitment round.");
  return round;
}

/**
 * Imports a DVV extract as the round's frame. Checked with @kuulo/dvv; invalid rows refuse the
 * whole file (each listed with line and column) unless `skipInvalid`. Nothing is stored before
 * the file is accepted; the hetu is read only to make the HMAC id, never stored.
 */
export async function importFrame(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    roundId: string;
    bytes: Uint8Array;
    skipInvalid: boolean;
    /** A column mapping (as `kuulo dvv check --mapping`) and an encoding; default: detected. */
    mapping?: Mapping | undefined;
    encoding?: ExtractEncoding | undefined;
    actor: Actor;
    now?: Date;
  },
): Promise<{ rows: number; imported: number; letters: number; skippedInvalid: number }> {
  const round = await loadRound(db, options.organizationId, options.roundId);
  if (round.frameImportedAt) throw new AppError("conflict", "This round already has its frame.");
  const key = personKeyOf(sealer, options.organizationId);
  const on = (options.now ?? new Date()).toISOString().slice(0, 10);
  const read = {
    ...(options.mapping ? { mapping: options.mapping } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
  let result: ReturnType<typeof checkExtract>;
  try {
    result = checkExtract(options.bytes, { key, on, ...read });
  } catch (error) {
    if (error instanceof DvvError)
      throw new AppError("validation.failed", "The file is not a DVV extract.", {
        errors: [{ path: "body.file", message: error.message, code: "invalid" }],
      });
    throw error;
  }
  if (result.invalid > 0 && !options.skipInvalid)
    throw new AppError(
      "validation.failed",
      `${result.invalid} rows are invalid: nothing was imported. Fix them, or skip invalid rows.`,
      {
        errors: result.problems.slice(0, 200).map((p) => ({
          path: "body.file",
          message: `line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.message}`,
          code: "invalid_file" as const,
          params: { line: p.line, column: p.column ?? "", reason: p.reason },
        })),
      },
    );
  const letterIds = new Set(result.people.filter((p) => p.letter).map((p) => p.id));
  const addresses = readAddresses(options.bytes, { key, ids: letterIds, ...read });
  const rows = result.people.map((p) => {
    const address = addresses.get(p.id);
    return {
      organizationId: options.organizationId,
      roundId: round.id,
      personKey: p.id,
      birthDate: p.birthDate,
      sex: p.sex,
      language: p.language,
      municipality: p.municipality,
      ageBand: ageBandOf(p.birthDate, on),
      letter: p.letter,
      contactSealed: address && p.letter ? sealer.seal(JSON.stringify(address)) : null,
    };
  });
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(poolRecruitmentPeople).values(rows.slice(i, i + 500));
    await tx
      .update(poolRecruitmentRounds)
      .set({
        frameSha256: createHash("sha256").update(options.bytes).digest("hex"),
        frameImportedAt: options.now ?? new Date(),
      })
      .where(eq(poolRecruitmentRounds.id, round.id));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "pool.frame_imported",
      targetType: "pool_recruitment_round",
      targetId: round.id,
      detail: { rows: result.rows, imported: rows.length, skippedInvalid: result.invalid },
    });
  });
  return {
    rows: result.rows,
    imported: rows.length,
    letters: letterIds.size,
    skippedInvalid: result.invalid,
  };
}

export async function listRounds(db: Db, organizationId: string): Promise<Round[]> {
  return db
    .select()
    .from(poolRecruitmentRounds)
    .where(eq(poolRecruitmentRounds.organizationId, organizationId))
    .orderBy(desc(poolRecruitmentRounds.createdAt));
}
