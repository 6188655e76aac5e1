import { flowPrompts, type Prompt } from "@kuulo/phone";
import { renderPrompt } from "@kuulo/phone/audio";
import { and, eq, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { findCampaign } from "./campaigns.js";
import { type PhoneCampaign, type PhoneLanguage, phoneCampaigns, phonePrompts } from "./schema.js";
import type { PhoneServices } from "./services.js";

/**
 * A campaign's prompts: every prompt text of its flows rendered ONCE with offline synthesis
 * (`@kuulo/phone/audio`) by the worker, with progress on the campaign; a staff recording
 * (WAV or MP3, sniffed) replaces one. Served from signed URLs (audio-links.ts).
 */

/** Every prompt of the campaign's flows, one per language and id. */
export async function campaignPrompts(
  db: Db,
  services: PhoneServices,
  campaign: PhoneCampaign,
): Promise<Prompt[]> {
  const prompts: Prompt[] = [];
  for (const language of campaign.languages)
    prompts.push(...flowPrompts(await services.flow(db, campaign, language)));
  return prompts;
}

/** Asks the worker to render the prompts not yet stored (audited phone.prompts_rendered). */
export async function startRendering(
  db: Db,
  services: PhoneServices,
  options: { organizationId: string; campaignId: string; actor: Actor },
): Promise<PhoneCampaign> {
  const campaign = await findCampaign(db, options);
  const total = (await campaignPrompts(db, services, campaign)).length;
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .update(phoneCampaigns)
      .set({ promptsDone: 0, promptsTotal: total, promptsError: null, updatedAt: new Date() })
      .where(eq(phoneCampaigns.id, campaign.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "phone.prompts_rendered",
      targetType: "phone_campaign",
      targetId: campaign.id,
      detail: { prompts: total },
    });
    return saved!;
  });
}

/** The worker's part: renders what is missing for campaigns with rendering under way. */
export async function renderPendingPrompts(
  db: Db,
  services: PhoneServices,
  options: { onError?: ((error: unknown) => void) | undefined } = {},
): Promise<number> {
  const pending = await db
    .select()
    .from(phoneCampaigns)
    .where(
      and(
        isNotNull(phoneCampaigns.promptsTotal),
        lt(phoneCampaigns.promptsDone, phoneCampaigns.promptsTotal),
        sql`${phoneCampaigns.promptsError} is null`,
      ),
    );
  let rendered = 0;
  for (const campaign of pending) {
    try {
      rendered += await renderCampaign(db, services, campaign);
    } catch (error) {
      options.onError?.(error);
      await db
        .update(phoneCampaigns)
        .set({ promptsError: String((error as Error).message ?? error).slice(0, 500) })
        .where(eq(phoneCampaigns.id, campaign.id));
    }
  }
  return rendered;
}

async function renderCampaign(
  db: Db,
  services: PhoneServices,
  campaign: PhoneCampaign,
): Promise<number> {
  const prompts = await campaignPrompts(db, services, campaign);
  const stored = new Set(
    (
      await db
        .select({ language: phonePrompts.language, promptId: phonePrompts.promptId })
        .from(phonePrompts)
        .where(eq(phonePrompts.campaignId, campaign.id))
    ).map((p) => `${p.language}/${p.promptId}`),
  );
  let done = stored.size;
  let rendered = 0;
  for (const prompt of prompts) {
    if (stored.has(`${prompt.lang}/${prompt.id}`)) continue;
    const audio = await renderPrompt({
      text: prompt.text,
      language: prompt.lang,
      rate: prompt.rate,
    });
    await db
      .insert(phonePrompts)
      .values({
        organizationId: campaign.organizationId,
        campaignId: campaign.id,
        promptId: prompt.id,
        language: prompt.lang,
        text: prompt.text,
        source: "synthesis",
        contentType: audio.contentType,
        audio: Buffer.from(audio.bytes),
        seconds: audio.seconds,
      })
      .onConflictDoNothing();
    done++;
    rendered++;
    await db
      .update(phoneCampaigns)
      .set({ promptsDone: Math.min(done, prompts.length) })
      .where(eq(phoneCampaigns.id, campaign.id));
  }
  await db
    .update(phoneCampaigns)
    .set({ promptsDone: prompts.length, promptsTotal: prompts.length })
    .where(eq(phoneCampaigns.id, campaign.id));
  return rendered;
}

export const MAX_RECORDING_BYTES = 2_000_000;

/** The audio type from the bytes themselves: WAV (RIFF…WAVE) or MP3 (ID3 tag or a frame sync). */
export function sniffAudio(bytes: Buffer): "audio/wav" | "audio/mpeg" | null {
  if (
    bytes.length >= 12 &&
    bytes.toString("latin1", 0, 4) === "RIFF" &&
    bytes.toString("latin1", 8, 12) === "WAVE"
  )
    return "audio/wav";
  if (bytes.length >= 3 && bytes.toString("latin1", 0, 3) === "ID3") return "audio/mpeg";
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0) return "audio/mpeg";
  return null;
}

/** A WAV's length from its header (byte rate at offset 28); 0 when unknown (MP3). */
function secondsOf(bytes: Buffer, type: string): number {
  if (type !== "audio/wav" || bytes.length < 44) return 0;
  const byteRate = bytes.readUInt32LE(28);
  return byteRate > 0 ? Math.round(((bytes.length - 44) / byteRate) * 10) / 10 : 0;
}

/** A staff recording in place of a prompt (audited phone.recording_uploaded). */
export async function saveRecording(
  db: Db,
  services: PhoneServices,
  options: {
    organizationId: string;
    campaignId: string;
    language: PhoneLanguage;
    promptId: string;
    bytes: Buffer;
    actor: Actor;
  },
): Promise<void> {
  const campaign = await findCampaign(db, options);
  const prompt = (await campaignPrompts(db, services, campaign)).find(
    (p) => p.lang === options.language && p.id === options.promptId,
  );
  if (!prompt) throw new AppError("not_found", "No such prompt in the campaign.");
  const bad = (message: string) =>
    new AppError("validation.failed", `body.file: ${message}`, {
      errors: [{ path: "body.file", message, code: "invalid_file", params: { reason: message } }],
    });
  if (options.bytes.length > MAX_RECORDING_BYTES) throw bad("the recording is larger than 2 MB");
  const type = sniffAudio(options.bytes);
  if (!type) throw bad("the recording is not WAV or MP3");
  await db.transaction(async (tx) => {
    const values = {
      text: prompt.text,
      source: "recording" as const,
      contentType: type,
      audio: options.bytes,
      seconds: secondsOf(options.bytes, type),
    };
    await tx
      .insert(phonePrompts)
      .values({
        organizationId: campaign.organizationId,
        campaignId: campaign.id,
        promptId: prompt.id,
        language: prompt.lang,
        ...values,
      })
      .onConflictDoUpdate({
        target: [phonePrompts.campaignId, phonePrompts.language, phonePrompts.promptId],
        set: { ...values, createdAt: new Date() },
      });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "phone.recording_uploaded",
      targetType: "phone_campaign",
      targetId: campaign.id,
      detail: { language: prompt.lang, promptId: prompt.id, bytes: options.bytes.length },
    });
  });
}

/** The stored audio of one prompt. */
export async function promptAudio(
  db: Db,
  options: { campaignId: string; language: string; promptId: string },
) {
  const [row] = await db
    .select({ contentType: phonePrompts.contentType, audio: phonePrompts.audio })
    .from(phonePrompts)
    .where(
      and(
        eq(phonePrompts.campaignId, options.campaignId),
        eq(phonePrompts.language, options.language as PhoneLanguage),
        eq(phonePrompts.promptId, options.promptId),
      ),
    );
  return row;
}

/** Which prompts have audio, and from where. */
export async function storedPrompts(db: Db, campaignId: string) {
  return db
    .select({
      language: phonePrompts.language,
      promptId: phonePrompts.promptId,
      source: phonePrompts.source,
      seconds: phonePrompts.seconds,
    })
    .from(phonePrompts)
    .where(eq(phonePrompts.campaignId, campaignId));
}
