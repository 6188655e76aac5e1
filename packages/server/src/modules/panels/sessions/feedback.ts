import { surveyTemplate } from "@kuulo/survey";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { listStaff } from "../../identity/index.js";
import { queueMail } from "../../messaging/index.js";
import { createSurvey, publishSurvey } from "../../surveys/index.js";
import { panelFeedback, panelTables } from "../schema.js";
import { findPanel } from "../setup.js";

export const FEEDBACK_AUDIENCES = ["panelists", "facilitators"] as const;
export type FeedbackAudience = (typeof FEEDBACK_AUDIENCES)[number];

const TITLES: Record<FeedbackAudience, string> = {
  panelists: "palaute panelisteilta",
  facilitators: "palaute fasilitaattoreilta",
};

/** The public address of a feedback survey: /{org}/surveys/{surveySlug}. */
export const feedbackUrl = (publicUrl: string, orgSlug: string, surveySlug: string) =>
  `${publicUrl.replace(/\/$/, "")}/${orgSlug}/surveys/${surveySlug}`;

/**
 * After the panel: one feedback survey for the panelists and one for the facilitators, both
 * made from the pilots' participant feedback template (surveys module) and opened at once.
 * Panelists find theirs in their space; the tables' facilitators get theirs by mail. Calling
 * again keeps the surveys (and mails no one twice).
 */
export async function startFeedback(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    orgSlug: string;
    publicUrl: string;
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const panel = await findPanel(tx, options);
    if (panel.status !== "running" && panel.status !== "finished")
      throw new AppError("conflict", "Feedback is asked when the panel has met.");
    const existing = await feedbackOf(tx, options);
    let mailed = 0;
    for (const audience of FEEDBACK_AUDIENCES) {
      if (existing.some((f) => f.audience === audience)) continue;
      const slug = `paneeli-${panel.id.slice(0, 8)}-${audience === "panelists" ? "palaute" : "fasilitaattorit"}`;
      const survey = await createSurvey(tx, {
        organizationId: options.organizationId,
        input: {
          slug,
          title: `${panel.title}: ${TITLES[audience]}`,
          anonymity: "anonymous",
          kioskAllowed: false,
          definition: surveyTemplate("participant_feedback").definition,
        },
        actor: options.actor,
      });
      await publishSurvey(tx, {
        organizationId: options.organizationId,
        surveyId: survey.id,
        actor: options.actor,
      });
      await tx.insert(panelFeedback).values({
        organizationId: options.organizationId,
        panelId: panel.id,
        audience,
        surveyId: survey.id,
        surveySlug: survey.slug,
      });
      if (audience === "facilitators")
        mailed = await mailFacilitators(tx, {
          ...options,
          title: panel.title,
          url: feedbackUrl(options.publicUrl, options.orgSlug, survey.slug),
        });
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "panels.feedback_started",
      targetType: "panel",
      targetId: panel.id,
      detail: { facilitatorsMailed: mailed },
    });
    return { feedback: await feedbackOf(tx, options), mailed };
  });
}

/** The panel's feedback surveys. */
export async function feedbackOf(db: Db, options: { organizationId: string; panelId: string }) {
  return db
    .select()
    .from(panelFeedback)
    .where(
      and(
        eq(panelFeedback.panelId, options.panelId),
        eq(panelFeedback.organizationId, options.organizationId),
      ),
    )
    .orderBy(asc(panelFeedback.audience));
}

/** Mails the feedback link to every facilitator of a table of the panel. */
async function mailFacilitators(
  db: Db,
  options: { organizationId: string; panelId: string; title: string; url: string },
) {
  const led = await db
    .selectDistinct({ id: panelTables.facilitatorId })
    .from(panelTables)
    .where(
      and(
        eq(panelTables.panelId, options.panelId),
        eq(panelTables.organizationId, options.organizationId),
        isNotNull(panelTables.facilitatorId),
      ),
    );
  const ids = new Set(led.map((l) => l.id));
  const staff = (await listStaff(db, options)).filter((s) => ids.has(s.id));
  for (const member of staff) {
    const text = [
      `Kiitos paneelin "${options.title}" fasilitoinnista. Kerro kokemuksestasi: ${options.url}`,
      `Tack för att du var facilitator i panelen "${options.title}". Berätta om din upplevelse: ${options.url}`,
      `Thank you for facilitating the panel "${options.title}". Tell us how it went: ${options.url}`,
    ].join("\n\n");
    await queueMail(db, {
      organizationId: options.organizationId,
      to: member.email,
      subject: `Palaute / Respons / Feedback: ${options.title}`,
      text,
      html: text
        .split("\n\n")
        .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join(""),
    });
  }
  return staff.length;
}
