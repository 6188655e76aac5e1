import { generateCodes, normaliseCode } from "@kuulo/letters";
import { randomSample, SortitionError, stratifiedSample } from "@kuulo/sortition";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError } from "../../../errors.js";
import { enforceRateLimit } from "../../../http/rate-limit.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { poolRecruitmentPeople, poolRecruitmentRounds } from "../schema.js";
import { loadRound, type Round } from "./rounds.js";

/** The keyed hash of a sign-up code (formatted ABCD-EFGH), as stored. */
export function codeHash(sealer: Sealer, code: string): string {
  return sealer.blindIndex("pool-signup-code", code);
}

function stratumOf(round: Round, p: { municipality: string; ageBand: string | null }): string {
  const parts: string[] = [];
  if (round.stratify.includes("municipality")) parts.push(p.municipality);
  if (round.stratify.includes("age")) parts.push(p.ageBand ?? "");
  return parts.join("|");
}

/**
 * Draws the round's sample with its recorded seed from those who may get a letter (aged 18+,
 * stratified as the round says) and gives each sampled person a sign-up code; only a keyed hash
 * of the code is stored. Returns the codes (id → code) once, for the letters made right after.
 */
export async function drawRoundSample(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; roundId: string; actor: Actor; now?: Date },
): Promise<{ sampled: number; method: string; seed: string; codes: Map<string, string> }> {
  const round = await loadRound(db, options.organizationId, options.roundId);
  if (!round.frameImportedAt) throw new AppError("conflict", "Import the frame first.");
  if (round.drawnAt) throw new AppError("conflict", "This round's sample is already drawn.");
  const frame = await db
    .select({
      id: poolRecruitmentPeople.id,
      personKey: poolRecruitmentPeople.personKey,
      municipality: poolRecruitmentPeople.municipality,
      ageBand: poolRecruitmentPeople.ageBand,
    })
    .from(poolRecruitmentPeople)
    .where(
      and(eq(poolRecruitmentPeople.roundId, round.id), eq(poolRecruitmentPeople.letter, true)),
    );
  const adults = frame.filter((p) => p.ageBand !== null);
  // Items by the HMAC id: the draw depends on the file and the seed only, not on row ids.
  const items = adults.map((p) => ({ id: p.personKey, stratum: stratumOf(round, p) }));
  const n = Math.min(round.sampleSize, items.length);
  let draw: ReturnType<typeof randomSample>;
  try {
    draw =
      round.stratify.length > 0
        ? stratifiedSample({ items, n, seed: round.seed })
        : randomSample({ items, n, seed: round.seed });
  } catch (error) {
    if (error instanceof SortitionError)
      throw new AppError("validation.failed", error.message, {
        errors: [{ path: "body.sampleSize", message: error.message, code: "invalid" }],
      });
    throw error;
  }
  const byKey = new Map(adults.map((p) => [p.personKey, p]));
  const strata = new Map(draw.strata.flatMap((s) => s.drawn.map((id) => [id, s.stratum])));
  const codes = generateCodes(draw.ids.length);
  const result = new Map<string, string>();
  const now = options.now ?? new Date();
  await db.transaction(async (tx) => {
    for (const [i, key] of draw.ids.entries()) {
      const person = byKey.get(key)!;
      result.set(person.id, codes[i]!);
      await tx
        .update(poolRecruitmentPeople)
        .set({
          status: "invited",
          stratum: strata.get(key) ?? "",
          codeHash: codeHash(sealer, codes[i]!),
          codeSealed: sealer.seal(codes[i]!),
          letterNumber: i + 1,
        })
        .where(eq(poolRecruitmentPeople.id, person.id));
    }
    await tx
      .update(poolRecruitmentRounds)
      .set({ drawnAt: now })
      .where(eq(poolRecruitmentRounds.id, round.id));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "pool.sample_drawn",
      targetType: "pool_recruitment_round",
      targetId: round.id,
      detail: { seed: draw.seed, method: draw.method, frame: items.length, sampled: n },
    });
  });
  return { sampled: draw.ids.length, method: draw.method, seed: draw.seed, codes: result };
}

/** Wrong codes from one address, and tries of one code: at most this many an hour. */
export const SIGNUP_CODE_ATTEMPTS_PER_HOUR = 10;

/**
 * The sampled person of a typed code, while the round's window is open; marks them responded.
 * Limited per client address and per code; a wrong or closed code is one "invalid" answer.
 */
export async function openSignUpCode(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; typed: string; clientAddress: string; now?: Date },
) {
  const now = options.now ?? new Date();
  await enforceRateLimit(db, {
    key: `pool-signup-ip:${options.organizationId}:${options.clientAddress}`,
    limit: SIGNUP_CODE_ATTEMPTS_PER_HOUR,
    windowSeconds: 3600,
  });
  const normalised = normaliseCode(options.typed);
  const invalid = () =>
    new AppError("validation.failed", "The code is not valid.", {
      errors: [{ path: "body.code", message: "not a valid sign-up code", code: "invalid" }],
    });
  if (!normalised.ok) throw invalid();
  await enforceRateLimit(db, {
    key: `pool-signup-code:${options.organizationId}:${normalised.code}`,
    limit: SIGNUP_CODE_ATTEMPTS_PER_HOUR,
    windowSeconds: 3600,
  });
  const [found] = await db
    .select({ person: poolRecruitmentPeople, round: poolRecruitmentRounds })
    .from(poolRecruitmentPeople)
    .innerJoin(poolRecruitmentRounds, eq(poolRecruitmentRounds.id, poolRecruitmentPeople.roundId))
    .where(
      and(
        eq(poolRecruitmentPeople.organizationId, options.organizationId),
        eq(poolRecruitmentPeople.codeHash, codeHash(sealer, normalised.code)),
      ),
    );
  if (!found || now < found.round.opensAt || now >= found.round.closesAt || found.round.closedAt)
    throw invalid();
  if (found.person.status === "invited") {
    await db
      .update(poolRecruitmentPeople)
      .set({
        status: "responded",
        respondedAt: sql`coalesce(${poolRecruitmentPeople.respondedAt}, ${now.toISOString()})`,
      })
      .where(eq(poolRecruitmentPeople.id, found.person.id));
    found.person.status = "responded";
  }
  return { ...found, code: normalised.code };
}
