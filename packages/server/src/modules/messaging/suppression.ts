import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";
import { addressHash, type Channel, type SuppressionChannel } from "./contacts.js";
import { type SuppressionReason, smsMessages, suppressions } from "./schema.js";

/**
 * One suppression list across channels, per organization. Invitations and reminders (mail and
 * SMS) are checked against it when the worker sends them; an unsubscribe link, a STOP reply, a
 * bounce or a staff member adds to it.
 */

const UNSUBSCRIBE_SECRET = "unsubscribe-links";

/** Adds an address (plain) to the organization's list; adding it twice keeps the first entry. */
export async function suppressAddress(
  db: Db,
  options: {
    organizationId: string;
    channel: SuppressionChannel;
    address: string;
    reason: SuppressionReason;
  },
): Promise<void> {
  await suppressHash(db, {
    ...options,
    addressHash: await addressHash(db, options.channel, options.address),
  });
}

export async function suppressHash(
  db: Db,
  options: {
    organizationId: string;
    channel: SuppressionChannel;
    addressHash: string;
    reason: SuppressionReason;
  },
): Promise<void> {
  await db
    .insert(suppressions)
    .values(options)
    .onConflictDoNothing({
      target: [suppressions.organizationId, suppressions.channel, suppressions.addressHash],
    });
}

export async function isSuppressed(
  db: Db,
  options: { organizationId: string; channel: SuppressionChannel; address: string },
): Promise<boolean> {
  const hash = await addressHash(db, options.channel, options.address);
  const [row] = await db
    .select({ id: suppressions.id })
    .from(suppressions)
    .where(
      and(
        eq(suppressions.organizationId, options.organizationId),
        eq(suppressions.channel, options.channel),
        eq(suppressions.addressHash, hash),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The words that stop messages, in Finnish, Swedish and English (any case, alone in the reply). */
const STOP_WORDS = new Set(["stop", "lopeta", "sluta", "seis", "stopp", "unsubscribe"]);

export function isStopReply(message: string): boolean {
  const first = message.trim().split(/\s+/)[0] ?? "";
  return STOP_WORDS.has(first.toLowerCase().replace(/[.!]+$/, ""));
}

/**
 * A STOP reply from a number: every organization that has sent SMS to it puts it on its list.
 * Returns how many organizations did.
 */
export async function suppressStopReply(db: Db, from: string): Promise<number> {
  const hash = await addressHash(db, "sms", from);
  const orgs = await db
    .selectDistinct({ organizationId: smsMessages.organizationId })
    .from(smsMessages)
    .where(eq(smsMessages.toHash, hash));
  for (const { organizationId } of orgs) {
    await suppressHash(db, { organizationId, channel: "sms", addressHash: hash, reason: "stop" });
  }
  return orgs.length;
}

interface UnsubscribeClaims {
  organizationId: string;
  channel: Channel;
  addressHash: string;
}

function sign(secret: string, payload: string): string {
  return createHmac("sha256", secret)
    .update(`unsubscribe:${payload}`)
    .digest()
    .subarray(0, 16)
    .toString("base64url");
}

/**
 * The token of an unsubscribe link: the organization, the channel and the address's hash,
 * signed; packed in binary to stay within a URL path parameter's 100 characters.
 */
export async function unsubscribeToken(
  db: Db,
  options: { organizationId: string; channel: Channel; address: string },
): Promise<string> {
  const hash = await addressHash(db, options.channel, options.address);
  const payload = Buffer.concat([
    Buffer.from(options.organizationId.replaceAll("-", ""), "hex"),
    Buffer.from([options.channel === "sms" ? 1 : 0]),
    Buffer.from(hash, "base64url"),
  ]).toString("base64url");
  return `${payload}.${sign(await instanceSecret(db, UNSUBSCRIBE_SECRET), payload)}`;
}

export async function readUnsubscribeToken(
  db: Db,
  token: string,
): Promise<UnsubscribeClaims | null> {
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(await instanceSecret(db, UNSUBSCRIBE_SECRET), payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const bytes = Buffer.from(payload, "base64url");
  if (bytes.length !== 49) return null;
  const hex = bytes.subarray(0, 16).toString("hex");
  return {
    organizationId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    channel: bytes[16] === 1 ? "sms" : "email",
    addressHash: bytes.subarray(17).toString("base64url"),
  };
}

/** Follows an unsubscribe link; false when the token is not one of ours. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  const claims = await readUnsubscribeToken(db, token);
  if (!claims) return false;
  await suppressHash(db, { ...claims, reason: "unsubscribe" });
  return true;
}

/** How many addresses an organization's list holds (for staff views and tests). */
export async function suppressionCount(db: Db, organizationId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(suppressions)
    .where(eq(suppressions.organizationId, organizationId));
  return row?.n ?? 0;
}
