import { createHmac } from "node:crypto";
import type { Prompt } from "@kuulo/phone";
import { safeEqual } from "@kuulo/phone";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";

/**
 * Signed, expiring URLs of a campaign's prompt audio: the provider fetches them without a
 * session, and staff play them in the browser. HMAC-SHA-256 over campaign, language, prompt
 * and expiry; the expiry is rounded up to the hour so that one call hears stable URLs.
 */

const SECRET = "phone-audio-links";
const HOUR = 3_600_000;
/** How long a link works: a campaign day and more. */
export const AUDIO_LINK_HOURS = 24;

const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`phone-audio:${payload}`).digest("base64url").slice(0, 32);

const payloadOf = (campaignId: string, language: string, promptId: string, expires: number) =>
  `${campaignId}/${language}/${promptId}/${expires}`;

/** A function giving each prompt of the campaign its signed URL (valid for a day or more). */
export async function audioLinks(
  db: Db,
  options: { publicUrl: string; campaignId: string; now?: Date },
): Promise<(prompt: Pick<Prompt, "id" | "lang">) => string> {
  const secret = await instanceSecret(db, SECRET);
  const now = (options.now ?? new Date()).getTime();
  const expires = Math.ceil((now + AUDIO_LINK_HOURS * HOUR) / HOUR) * (HOUR / 1000);
  return (prompt) => {
    const sig = sign(secret, payloadOf(options.campaignId, prompt.lang, prompt.id, expires));
    return `${options.publicUrl}/api/phone/audio/${options.campaignId}/${prompt.lang}/${encodeURIComponent(prompt.id)}?expires=${expires}&sig=${sig}`;
  };
}

/** Whether a link's signature holds and it has not expired. */
export async function audioLinkValid(
  db: Db,
  link: {
    campaignId: string;
    language: string;
    promptId: string;
    expires: number;
    sig: string;
    now?: Date;
  },
): Promise<boolean> {
  if (link.expires * 1000 < (link.now ?? new Date()).getTime()) return false;
  const secret = await instanceSecret(db, SECRET);
  const expected = sign(
    secret,
    payloadOf(link.campaignId, link.language, link.promptId, link.expires),
  );
  return safeEqual(expected, link.sig);
}
