import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../audit/index.js";
import { listInvitations } from "../messaging/index.js";
import { DRAW_SUBJECT, inviteDraw, poolDraws, remindDraw } from "../pool/index.js";
import { loadSurvey } from "./building.js";

/** The answering page's path; the pool's invitation link leads here with its token. */
export const surveyPath = (orgSlug: string, surveySlug: string) =>
  `/${orgSlug}/surveys/${surveySlug}`;

/** The organization's own pool draws made for surveys (purpose "surveys"), newest first. */
export async function surveyDraws(db: Db, organizationId: string) {
  return db
    .select({ id: poolDraws.id, title: poolDraws.title, createdAt: poolDraws.createdAt })
    .from(poolDraws)
    .where(
      and(
        eq(poolDraws.organizationId, organizationId),
        isNull(poolDraws.drawnByOrganizationId),
        sql`${poolDraws.parameters}->>'purpose' = 'surveys'`,
      ),
    )
    .orderBy(desc(poolDraws.createdAt));
}

/** The survey's personal invitations: those of any draw whose link leads to this survey. */
async function invitationsTo(db: Db, options: { organizationId: string; path: string }) {
  const rows = [];
  for (const draw of await surveyDraws(db, options.organizationId))
    rows.push(...(await drawInvitationRows(db, options.organizationId, draw.id)));
  return rows.filter((r) => r.targetPath.startsWith(`${options.path}?`));
}

const drawInvitationRows = (db: Db, organizationId: string, drawId: string) =>
  listInvitations(db, { organizationId, subjectType: DRAW_SUBJECT, subjectId: drawId });

/**
 * Invites a survey draw's members to this survey through the pool (one invitation per member
 * per draw; the draw's audit event records who). The link leads to the answering page with the
 * invitation's token: one response per invitation.
 */
export async function inviteToSurvey(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    orgSlug: string;
    surveyId: string;
    drawId: string;
    publicUrl: string;
    actor: Actor;
  },
) {
  const survey = await loadSurvey(db, options);
  const draws = await surveyDraws(db, options.organizationId);
  if (!draws.some((d) => d.id === options.drawId))
    throw new AppError("validation.failed", "Choose one of the organization's survey draws.", {
      errors: [{ path: "body.drawId", code: "invalid_value", message: "not a survey draw" }],
    });
  const path = surveyPath(options.orgSlug, survey.slug);
  const elsewhere = await drawInvitationRows(db, options.organizationId, options.drawId);
  if (elsewhere.some((i) => !i.targetPath.startsWith(`${path}?`)))
    throw new AppError("conflict", "This draw's members were invited to something else.");
  return inviteDraw(db, sealer, {
    organizationId: options.organizationId,
    drawId: options.drawId,
    targetPath: `${path}?invitation={invitation}`,
    publicUrl: options.publicUrl,
    actor: options.actor,
  });
}

/** Per draw invited to the survey and in total: invited, opened, answered, reminded. */
export async function surveyInvitationCounts(
  db: Db,
  options: { organizationId: string; orgSlug: string; surveyId: string },
) {
  const survey = await loadSurvey(db, options);
  const rows = await invitationsTo(db, {
    organizationId: options.organizationId,
    path: surveyPath(options.orgSlug, survey.slug),
  });
  const draws = await surveyDraws(db, options.organizationId);
  const count = (list: typeof rows) => ({
    invited: list.length,
    opened: list.filter((r) => r.openedAt !== null || r.status === "took_part").length,
    answered: list.filter((r) => r.status === "took_part").length,
    reminded: list.filter((r) => r.reminders > 0).length,
  });
  const invitedDraws = [...new Set(rows.map((r) => r.subjectId))];
  return {
    total: count(rows),
    draws: draws.map((d) => ({
      drawId: d.id,
      title: d.title,
      createdAt: d.createdAt,
      invitedHere: invitedDraws.includes(d.id),
      ...count(rows.filter((r) => r.subjectId === d.id)),
    })),
  };
}

/** Reminds, draw by draw, those invited to this survey who have not answered. */
export async function remindSurvey(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    orgSlug: string;
    surveyId: string;
    publicUrl: string;
    actor: Actor;
  },
) {
  const survey = await loadSurvey(db, options);
  const rows = await invitationsTo(db, {
    organizationId: options.organizationId,
    path: surveyPath(options.orgSlug, survey.slug),
  });
  let reminded = 0;
  for (const drawId of new Set(rows.map((r) => r.subjectId))) {
    const result = await remindDraw(db, sealer, {
      organizationId: options.organizationId,
      drawId,
      publicUrl: options.publicUrl,
      actor: options.actor,
    });
    reminded += result.reminded;
  }
  return { reminded };
}
