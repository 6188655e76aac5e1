import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { hashToken } from "../answering.js";
import { loadSurvey } from "../building.js";
import {
  type PublicationVisibility,
  type SurveyPublication,
  surveyPublications,
  surveys,
} from "../schema.js";
import { buildResultsPage } from "./content.js";

type Actor = { userId: string } | { label: string };

/**
 * Publishes (or republishes) the survey's results page as it stands now: a snapshot, so later
 * edits change nothing until published again. Link-only pages get a new unguessable token,
 * answered once. Refused (409) while an open question's themes are not signed off.
 */
export async function publishResults(
  db: Db,
  options: {
    organizationId: string;
    surveyId: string;
    visibility: PublicationVisibility;
    actor: Actor;
  },
): Promise<{ publication: SurveyPublication; token: string | null }> {
  const content = await buildResultsPage(db, options);
  const token = options.visibility === "link" ? randomBytes(24).toString("base64url") : null;
  const values = {
    visibility: options.visibility,
    tokenHash: token ? hashToken(token) : null,
    content,
    publishedBy: "userId" in options.actor ? options.actor.userId : null,
    publishedAt: new Date(),
  };
  return db.transaction(async (tx) => {
    const [publication] = await tx
      .insert(surveyPublications)
      .values({ organizationId: options.organizationId, surveyId: options.surveyId, ...values })
      .onConflictDoUpdate({ target: surveyPublications.surveyId, set: values })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "survey.results_published",
      targetType: "survey",
      targetId: options.surveyId,
      detail: { visibility: options.visibility },
    });
    return { publication: publication!, token };
  });
}

/** Takes the results page down (a page not published: nothing happens). */
export async function unpublishResults(
  db: Db,
  options: { organizationId: string; surveyId: string; userId: string },
): Promise<void> {
  await loadSurvey(db, options);
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(surveyPublications)
      .where(
        and(
          eq(surveyPublications.organizationId, options.organizationId),
          eq(surveyPublications.surveyId, options.surveyId),
        ),
      )
      .returning({ id: surveyPublications.id });
    if (!removed.length) return; // Not published: nothing to take down.
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: { userId: options.userId },
      action: "survey.results_unpublished",
      targetType: "survey",
      targetId: options.surveyId,
    });
  });
}

export async function loadPublication(
  db: Db,
  options: { organizationId: string; surveyId: string },
): Promise<SurveyPublication | undefined> {
  await loadSurvey(db, options);
  const [row] = await db
    .select()
    .from(surveyPublications)
    .where(
      and(
        eq(surveyPublications.organizationId, options.organizationId),
        eq(surveyPublications.surveyId, options.surveyId),
      ),
    );
  return row;
}

/** The published page by the survey's address; a link-only page only with its token (else 404). */
export async function publishedResults(
  db: Db,
  options: { orgSlug: string; surveySlug: string; token: string | undefined },
) {
  const organization = await findOrganizationBySlug(db, options.orgSlug);
  const [row] = await db
    .select({ publication: surveyPublications, survey: surveys })
    .from(surveyPublications)
    .innerJoin(surveys, eq(surveys.id, surveyPublications.surveyId))
    .where(
      and(
        eq(surveyPublications.organizationId, organization.id),
        eq(surveys.organizationId, organization.id),
        eq(surveys.slug, options.surveySlug),
      ),
    );
  const p = row?.publication;
  const allowed =
    p &&
    (p.visibility === "public" ||
      (options.token !== undefined && p.tokenHash === hashToken(options.token)));
  if (!allowed) throw new AppError("not_found", "No published results at this address.");
  return { organization, survey: row.survey, publication: p };
}
