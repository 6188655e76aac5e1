import { randomBytes } from "node:crypto";
import { buildFlow, type PhoneFlow } from "@kuulo/phone";
import { parseDefinition } from "@kuulo/survey";
import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { latestVersion, loadSurvey, surveyVersions } from "../surveys/index.js";
import {
  type CampaignStatus,
  type PhoneCampaign,
  type PhoneLanguage,
  phoneCampaigns,
} from "./schema.js";
import type { CampaignInput } from "./validation.js";

/** The moves a campaign's status may make. */
const NEXT: Record<CampaignStatus, CampaignStatus[]> = {
  draft: ["ready"],
  ready: ["draft", "running"],
  running: ["paused", "finished"],
  paused: ["running", "finished"],
  finished: [],
};

/**
 * Makes a campaign (draft) on the survey's newest published version, frozen for the campaign.
 * Audited phone.campaign_created.
 */
export async function createCampaign(
  db: Db,
  options: { organizationId: string; input: CampaignInput; actor: Actor },
): Promise<PhoneCampaign> {
  const { input } = options;
  return db.transaction(async (tx) => {
    const survey = await loadSurvey(tx, {
      organizationId: options.organizationId,
      surveyId: input.surveyId,
    }).catch(() => {
      throw new AppError("validation.failed", "body.surveyId: no such survey", {
        errors: [{ path: "body.surveyId", message: "no such survey", code: "invalid_value" }],
      });
    });
    const version = await latestVersion(tx, survey.id);
    if (!version)
      throw new AppError("validation.failed", "body.surveyId: the survey is not published", {
        errors: [{ path: "body.surveyId", message: "publish the survey first", code: "invalid" }],
      });
    const [campaign] = await tx
      .insert(phoneCampaigns)
      .values({
        organizationId: options.organizationId,
        name: input.name,
        surveyId: survey.id,
        versionId: version.id,
        provider: input.provider,
        caller: input.caller,
        callingNumber: input.callingNumber,
        languages: input.languages,
        rate: input.rate,
        window: { ...input.window, timeZone: "Europe/Helsinki" },
        maxAttempts: input.maxAttempts,
        spacingHours: input.spacingHours,
        maxConcurrent: input.maxConcurrent,
        smsNotice: input.smsNotice,
        machineDetection: input.machineDetection,
        webhookToken: randomBytes(24).toString("base64url"),
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "phone.campaign_created",
      targetType: "phone_campaign",
      targetId: campaign!.id,
      detail: { surveyId: survey.id, version: version.number, provider: input.provider },
    });
    return campaign!;
  });
}

export async function findCampaign(
  db: Db,
  options: { organizationId: string; campaignId: string },
): Promise<PhoneCampaign> {
  const [campaign] = await db
    .select()
    .from(phoneCampaigns)
    .where(
      and(
        eq(phoneCampaigns.id, options.campaignId),
        eq(phoneCampaigns.organizationId, options.organizationId),
      ),
    );
  if (!campaign) throw new AppError("not_found", "No such phone campaign.");
  return campaign;
}

export async function listCampaigns(db: Db, organizationId: string): Promise<PhoneCampaign[]> {
  return db
    .select()
    .from(phoneCampaigns)
    .where(eq(phoneCampaigns.organizationId, organizationId))
    .orderBy(desc(phoneCampaigns.createdAt));
}

/** One step of the status (audited phone.status_changed); a wrong move is a 409. */
export async function setCampaignStatus(
  db: Db,
  options: { organizationId: string; campaignId: string; status: CampaignStatus; actor: Actor },
): Promise<PhoneCampaign> {
  return db.transaction(async (tx) => {
    await tx
      .select({ id: phoneCampaigns.id })
      .from(phoneCampaigns)
      .where(eq(phoneCampaigns.id, options.campaignId))
      .for("update");
    const campaign = await findCampaign(tx, options);
    if (campaign.status === options.status) return campaign;
    if (!NEXT[campaign.status].includes(options.status))
      throw new AppError(
        "conflict",
        `A ${campaign.status} campaign cannot be set ${options.status}.`,
      );
    const [saved] = await tx
      .update(phoneCampaigns)
      .set({ status: options.status, updatedAt: new Date() })
      .where(eq(phoneCampaigns.id, campaign.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "phone.status_changed",
      targetType: "phone_campaign",
      targetId: campaign.id,
      detail: { from: campaign.status, to: options.status },
    });
    return saved!;
  });
}

/** The campaign's voice flow in one language, from its frozen survey version. */
export async function campaignFlow(
  db: Db,
  campaign: PhoneCampaign,
  language: PhoneLanguage,
): Promise<PhoneFlow> {
  const [version] = await db
    .select({ definition: surveyVersions.definition })
    .from(surveyVersions)
    .where(
      and(
        eq(surveyVersions.id, campaign.versionId),
        eq(surveyVersions.organizationId, campaign.organizationId),
      ),
    );
  if (!version) throw new AppError("not_found", "The campaign's survey version is gone.");
  return buildFlow(parseDefinition(version.definition), {
    lang: language,
    caller: campaign.caller,
    rate: campaign.rate,
  });
}
