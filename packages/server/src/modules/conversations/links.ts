import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed invitation links. A segment's link carries `?t=<segmentKey>.<signature>`; an
 * invitation-only conversation without segments uses the key "invite". The signature is an
 * HMAC of the conversation and the key with the installation's secret, so links cannot be
 * forged or moved to another conversation.
 */

export const GENERAL_INVITE = "invite";

function signature(secret: string, conversationId: string, key: string): string {
  return createHmac("sha256", secret)
    .update(`${conversationId}:${key}`)
    .digest("base64url")
    .slice(0, 22);
}

export function invitationToken(options: {
  secret: string;
  conversationId: string;
  key: string;
}): string {
  return `${options.key}.${signature(options.secret, options.conversationId, options.key)}`;
}

/** The segment key a token grants, or undefined when the token is not valid here. */
export function verifyInvitation(options: {
  secret: string;
  conversationId: string;
  token: string;
}): string | undefined {
  const dot = options.token.lastIndexOf(".");
  if (dot <= 0) return undefined;
  const key = options.token.slice(0, dot);
  const given = Buffer.from(options.token.slice(dot + 1));
  const expected = Buffer.from(signature(options.secret, options.conversationId, key));
  return given.length === expected.length && timingSafeEqual(given, expected) ? key : undefined;
}

export function conversationPath(orgSlug: string, publicId: string): string {
  return `/${orgSlug}/c/${publicId}`;
}
