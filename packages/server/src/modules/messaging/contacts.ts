import { createHmac } from "node:crypto";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";

/**
 * Contact addresses in one form, and their keyed hashes: the suppression list and the STOP
 * replies match on the hash, so they keep working after the address itself has been deleted.
 */

export type Channel = "email" | "sms";
/** The suppression list's channels: also phone (robot calls, modules/phone), numbers as for SMS. */
export type SuppressionChannel = Channel | "phone";

const HASH_SECRET = "contact-address-hash";

/**
 * A mobile number in E.164: "040 123 4567" and "+358 40 1234567" are both "+358401234567".
 * Numbers without a country code are taken as Finnish. Null when it is no phone number.
 */
export function normalizePhone(value: string): string | null {
  let digits = value.trim().replace(/[\s().-]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  else if (/^0\d/.test(digits)) digits = `+358${digits.slice(1)}`;
  else if (/^358\d/.test(digits)) digits = `+${digits}`;
  return /^\+[1-9]\d{6,14}$/.test(digits) ? digits : null;
}

export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function normalizeAddress(channel: SuppressionChannel, value: string): string | null {
  if (channel === "sms" || channel === "phone") return normalizePhone(value);
  const email = normalizeEmail(value);
  return /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

/** The keyed hash of an address (the same in every organization; the list itself is per organization). */
export async function addressHash(
  db: Db,
  channel: SuppressionChannel,
  value: string,
): Promise<string> {
  const normalized = normalizeAddress(channel, value) ?? value.trim().toLowerCase();
  return createHmac("sha256", await instanceSecret(db, HASH_SECRET))
    .update(`${channel}:${normalized}`)
    .digest("base64url");
}

/**
 * What stays of a number once its message has left the queue: enough for staff to tell
 * messages apart ("+35840…67"), not enough to call it. The keyed hash beside it matches STOP.
 */
export function maskPhone(e164: string): string {
  return e164.length > 8 ? `${e164.slice(0, 6)}…${e164.slice(-2)}` : "…";
}
