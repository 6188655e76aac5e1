import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { conversationEmbedSecrets } from "./schema.js";
import type { Conversation } from "./service.js";

/**
 * Participant ids from embedding sites (xid). A county's own site may tell Kuulo who its
 * signed-in user is, so that the same person is one participant in any browser. Kuulo accepts
 * such an id only when the site signed it with the conversation's embed secret:
 *
 *   token = <xid>.<expires>.<signature>
 *   expires = Unix time in seconds, at most XID_MAX_LIFETIME_SECONDS ahead
 *   signature = base64url(HMAC-SHA256(embed secret, "<xid>.<expires>"))
 *
 * The xid may contain dots (the token is read from the right). Only a keyed hash of the xid
 * is stored. Anything else — an unsigned, forged, malformed or expired token — is refused.
 */

export const XID_MAX_LIFETIME_SECONDS = 24 * 3600;
/** Clocks of the host site and Kuulo may differ a little. */
const CLOCK_SKEW_SECONDS = 60;
const XID_MAX_LENGTH = 128;
const HASH_SECRET = "xid-hash";

export function signXid(secret: string, xid: string, expires: number): string {
  const payload = `${xid}.${expires}`;
  return `${payload}.${createHmac("sha256", secret).update(payload).digest("base64url")}`;
}

async function storedSecret(db: Db, conversationId: string) {
  const [row] = await db
    .select()
    .from(conversationEmbedSecrets)
    .where(eq(conversationEmbedSecrets.conversationId, conversationId));
  return row;
}

/** The conversation's embed secret, made on first use (for admins only: never to residents). */
export async function embedSecret(
  db: Db,
  conversation: Conversation,
): Promise<{ secret: string; createdAt: Date }> {
  await db
    .insert(conversationEmbedSecrets)
    .values({
      conversationId: conversation.id,
      organizationId: conversation.organizationId,
      secret: randomBytes(32).toString("base64url"),
    })
    .onConflictDoNothing();
  const row = (await storedSecret(db, conversation.id))!;
  return { secret: row.secret, createdAt: row.createdAt };
}

/** A new embed secret; tokens signed with the old one stop working at once. */
export async function rotateEmbedSecret(
  db: Db,
  options: { conversation: Conversation; actor: Actor },
): Promise<{ secret: string; createdAt: Date }> {
  const { conversation } = options;
  return db.transaction(async (tx) => {
    const secret = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(conversationEmbedSecrets)
      .values({
        conversationId: conversation.id,
        organizationId: conversation.organizationId,
        secret,
      })
      .onConflictDoUpdate({
        target: conversationEmbedSecrets.conversationId,
        set: { secret, createdAt: new Date() },
      })
      .returning();
    await recordAudit(tx, {
      organizationId: conversation.organizationId,
      actor: options.actor,
      action: "conversation.embed_secret_rotated",
      targetType: "conversation",
      targetId: conversation.id,
    });
    return { secret: row!.secret, createdAt: row!.createdAt };
  });
}

const invalid = (why: string) =>
  new AppError(
    "resident.xid_invalid",
    `The participant id (xid) must be signed by the embedding site as <xid>.<expires>.<signature> with the conversation's embed secret: ${why}.`,
    { errors: [{ path: "body.xid", message: why }] },
  );

/**
 * The keyed hash of the xid inside a validly signed, unexpired token for this conversation;
 * throws resident.xid_invalid or resident.xid_expired otherwise.
 */
export async function verifiedXidHash(
  db: Db,
  options: { conversationId: string; token: string; now?: Date },
): Promise<string> {
  const { token } = options;
  const last = token.lastIndexOf(".");
  const middle = last > 0 ? token.lastIndexOf(".", last - 1) : -1;
  if (middle <= 0) throw invalid("it is not of the form <xid>.<expires>.<signature>");
  const xid = token.slice(0, middle);
  const expiresText = token.slice(middle + 1, last);
  if (xid.length > XID_MAX_LENGTH || /[\p{Cc}\s]/u.test(xid))
    throw invalid(`the xid must be at most ${XID_MAX_LENGTH} characters without spaces`);
  if (!/^\d{1,12}$/.test(expiresText)) throw invalid("the expiry must be Unix time in seconds");
  const row = await storedSecret(db, options.conversationId);
  const expected = row ? Buffer.from(signXid(row.secret, xid, Number(expiresText))) : undefined;
  const given = Buffer.from(token);
  if (!expected || expected.length !== given.length || !timingSafeEqual(expected, given))
    throw invalid("the signature does not match");
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  const expires = Number(expiresText);
  if (expires < now - CLOCK_SKEW_SECONDS) {
    throw new AppError(
      "resident.xid_expired",
      "The participant id (xid) from the embedding site has expired: reload the page.",
      { errors: [{ path: "body.xid", message: "has expired" }] },
    );
  }
  if (expires > now + XID_MAX_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS)
    throw invalid(`the expiry must be at most ${XID_MAX_LIFETIME_SECONDS / 3600} hours ahead`);
  const key = await instanceSecret(db, HASH_SECRET);
  return createHmac("sha256", key).update(`${options.conversationId}:${xid}`).digest("base64url");
}
