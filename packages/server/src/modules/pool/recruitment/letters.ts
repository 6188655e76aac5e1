import {
  type Letter,
  letterLanguages,
  lettersPdf,
  parseTemplate,
  printingHouseCsv,
} from "@kuulo/letters";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import { poolRecruitmentPeople } from "../schema.js";
import { loadRound, type Round } from "./rounds.js";

export const LETTER_FILES = ["letters.pdf", "printing-house.csv"] as const;
export type LetterFile = (typeof LETTER_FILES)[number];

/** The sampled people's letters, in the order of the draw, with names, addresses and codes. */
async function roundLetters(db: Db, sealer: Sealer, round: Round): Promise<Letter[]> {
  if (!round.drawnAt) throw new AppError("conflict", "Draw the sample first.");
  if (round.closedAt)
    throw new AppError("conflict", "The round is closed: its addresses are deleted.");
  const people = await db
    .select()
    .from(poolRecruitmentPeople)
    .where(
      and(eq(poolRecruitmentPeople.roundId, round.id), isNotNull(poolRecruitmentPeople.codeSealed)),
    )
    .orderBy(asc(poolRecruitmentPeople.letterNumber));
  return people.map((p, i) => ({
    number: i + 1,
    code: sealer.open(p.codeSealed!),
    ...JSON.parse(sealer.open(p.contactSealed!)),
    languages: letterLanguages(p.language === "sv" ? "sv" : "fi", round.bilingual),
  }));
}

/**
 * The letters PDF (C5 window envelopes) or the printing-house CSV of a drawn round. A read of
 * names and addresses: audit-logged as pool.letters_read.
 */
export async function letterFile(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    roundId: string;
    file: LetterFile;
    /** The sign-up page the QR code opens. */
    signUpUrl: string;
    userId: string;
  },
): Promise<{ contentType: string; body: Uint8Array | string; letters: number }> {
  const round = await loadRound(db, options.organizationId, options.roundId);
  const letters = await roundLetters(db, sealer, round);
  const template = { ...parseTemplate(round.letterTemplate), bilingual: round.bilingual };
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: { userId: options.userId },
    action: "pool.letters_read",
    targetType: "pool_recruitment_round",
    targetId: round.id,
    detail: { file: options.file, letters: letters.length },
  });
  if (options.file === "printing-house.csv")
    return {
      contentType: "text/csv; charset=utf-8",
      body: printingHouseCsv(letters, template.id),
      letters: letters.length,
    };
  const pdf = await lettersPdf(letters, { template, url: options.signUpUrl });
  return { contentType: "application/pdf", body: pdf.bytes, letters: letters.length };
}
