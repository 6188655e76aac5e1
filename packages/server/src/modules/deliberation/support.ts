import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import {
  deliberationParticipants,
  deliberationRecommendations,
  deliberationSupport,
  type SupportScale,
} from "./schema.js";

/**
 * Support checks. Gradients of agreement, a standard 5-point scale (Kaner et al.,
 * "Facilitator's Guide to Participatory Decision-Making"), highest first:
 *   5 täysin samaa mieltä / helt enig / I fully agree
 *   4 samaa mieltä / enig / I agree
 *   3 voin elää sen kanssa / jag kan leva med det / I can live with it
 *   2 minulla on vakavia varauksia / jag har allvarliga reservationer / I have serious reservations
 *   1 en voi hyväksyä / jag kan inte godta det / I cannot accept it
 * Consent: 3 agree (kannatan), 2 can live with it (voin elää sen kanssa), 1 object (vastustan).
 * "Acceptable" is "can live with it" or better: level ≥ 3 on gradients, ≥ 2 on consent.
 */
export const SCALE_LEVELS: Record<SupportScale, number[]> = {
  gradients: [5, 4, 3, 2, 1],
  consent: [3, 2, 1],
};
const ACCEPTABLE_FROM: Record<SupportScale, number> = { gradients: 3, consent: 2 };

export const SCALE_LABELS: Record<
  SupportScale,
  Record<number, Record<"fi" | "sv" | "en", string>>
> = {
  gradients: {
    5: { fi: "Täysin samaa mieltä", sv: "Helt enig", en: "I fully agree" },
    4: { fi: "Samaa mieltä", sv: "Enig", en: "I agree" },
    3: { fi: "Voin elää sen kanssa", sv: "Jag kan leva med det", en: "I can live with it" },
    2: {
      fi: "Minulla on vakavia varauksia",
      sv: "Jag har allvarliga reservationer",
      en: "I have serious reservations",
    },
    1: { fi: "En voi hyväksyä", sv: "Jag kan inte godta det", en: "I cannot accept it" },
  },
  consent: {
    3: { fi: "Kannatan", sv: "Jag stöder", en: "I agree" },
    2: { fi: "Voin elää sen kanssa", sv: "Jag kan leva med det", en: "I can live with it" },
    1: { fi: "Vastustan", sv: "Jag motsätter mig", en: "I object" },
  },
};

export const isLevel = (scale: SupportScale, level: number) => SCALE_LEVELS[scale].includes(level);

export interface SupportResult {
  recommendationId: string;
  version: number;
  /** Answers per level, highest level first. */
  counts: { level: number; count: number }[];
  answered: number;
  /** Participants who may answer (panelists and jurors; facilitators do not). */
  eligible: number;
  /** Share of the answers at "can live with it" or better; null without answers. */
  acceptableShare: number | null;
  /** Labels of those who have not answered this version (staff only). */
  notAnswered: string[];
}

/** The support result of each recommendation of a statement, at its current text version. */
export async function supportResults(
  db: Db,
  options: { statementId: string; scale: SupportScale },
): Promise<SupportResult[]> {
  // Three reads at once: on a busy pool (a support check in full swing) one wait, not three.
  const [recommendations, eligible, answers] = await Promise.all([
    db
      .select({ id: deliberationRecommendations.id, version: deliberationRecommendations.version })
      .from(deliberationRecommendations)
      .where(eq(deliberationRecommendations.statementId, options.statementId))
      .orderBy(asc(deliberationRecommendations.position)),
    db
      .select({ id: deliberationParticipants.id, label: deliberationParticipants.label })
      .from(deliberationParticipants)
      .where(
        and(
          eq(deliberationParticipants.statementId, options.statementId),
          sql`${deliberationParticipants.role} <> 'facilitator'`,
        ),
      )
      .orderBy(asc(deliberationParticipants.label)),
    db
      .select({
        recommendationId: deliberationSupport.recommendationId,
        version: deliberationSupport.version,
        participantId: deliberationSupport.participantId,
        level: deliberationSupport.level,
      })
      .from(deliberationSupport)
      .innerJoin(
        deliberationRecommendations,
        and(
          eq(deliberationRecommendations.id, deliberationSupport.recommendationId),
          eq(deliberationRecommendations.version, deliberationSupport.version),
        ),
      )
      .where(eq(deliberationSupport.statementId, options.statementId)),
  ]);
  const levels = SCALE_LEVELS[options.scale];
  return recommendations.map((r) => {
    const mine = answers.filter((a) => a.recommendationId === r.id);
    const who = new Set(mine.map((a) => a.participantId));
    const acceptable = mine.filter((a) => a.level >= ACCEPTABLE_FROM[options.scale]).length;
    return {
      recommendationId: r.id,
      version: r.version,
      counts: levels.map((level) => ({
        level,
        count: mine.filter((a) => a.level === level).length,
      })),
      answered: mine.length,
      eligible: eligible.length,
      acceptableShare: mine.length ? Number((acceptable / mine.length).toFixed(3)) : null,
      notAnswered: eligible.filter((p) => !who.has(p.id)).map((p) => p.label),
    };
  });
}

/** The live channel: a hint with the statement's id, sent on commit of an answer. */
export const LIVE_CHANNEL = "kuulo_deliberation_events";

/** Queues a live-update hint in the transaction: PostgreSQL delivers it on commit. */
export async function notifySupport(db: Db, statementId: string, at: number) {
  await db.execute(
    sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify({ c: statementId, e: { type: "support", at } })})`,
  );
}
