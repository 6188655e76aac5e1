import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError } from "../../../errors.js";
import { type KioskSession, openKioskSession } from "../kiosk/sessions.js";
import { type Conversation, conversationState } from "../service.js";
import type { ConversationContext } from "../services.js";
import { findParticipant } from "../voting/participants.js";
import { newResidentToken, RESIDENT_COOKIE, RESIDENT_HEADER } from "../voting/resident-key.js";

// What the residents' routes share: their parameters and the resident behind a request.

export const tag = { tags: ["conversations (residents)"] };
export const params = z.object({ publicId: z.string().min(4).max(40) });
export const access = z.object({ t: z.string().max(200).optional() });
export const identity = {
  t: z.string().max(200).optional(),
  /** A participant id signed by the embedding site: <xid>.<expires>.<signature> (embed.ts). */
  xid: z.string().min(1).max(300).optional(),
  /** The token of the kiosk (kiosk/sessions.ts) the resident takes part at. */
  kiosk: z.string().min(16).max(100).optional(),
  /** The page is embedded in another site: the participant's channel is "embed". */
  embed: z.boolean().optional(),
};
const ONE_YEAR = 365 * 24 * 3600;

/** The resident behind a request: their key (cookie or header) and participant record. */
export function residentRequests(ctx: ConversationContext) {
  const db = ctx.database.db;
  const residents = ctx.services.residents;

  /**
   * The resident's participant, made on their first act (resident-service.ts), from the
   * request's signed xid and client address.
   */
  function participantFor(
    request: FastifyRequest,
    options: {
      organizationId: string;
      conversationId: string;
      residentKey: string;
      segmentId: string | null;
      kiosk: KioskSession | undefined;
    },
  ) {
    const body = request.body as { xid?: string; embed?: boolean } | undefined;
    return residents.participantFor({
      ...options,
      xid: body?.xid,
      embed: body?.embed,
      address: request.ip,
    });
  }

  /** The open kiosk session of the request's kiosk token (refused unless open, for this conversation). */
  async function kioskOf(
    request: FastifyRequest,
    conversation: Conversation,
  ): Promise<KioskSession | undefined> {
    const token = (request.body as { kiosk?: string } | undefined)?.kiosk;
    return token ? openKioskSession(db, { conversationId: conversation.id, token }) : undefined;
  }

  function residentKey(request: FastifyRequest): Promise<string | undefined> {
    const header = request.headers[RESIDENT_HEADER];
    const token =
      (typeof header === "string" ? header : undefined) ?? request.cookies[RESIDENT_COOKIE];
    return residents.residentKey(token);
  }

  /** The resident's participant record in this conversation, if they have taken part. */
  async function currentParticipant(request: FastifyRequest, conversation: Conversation) {
    const key = await residentKey(request);
    return key
      ? findParticipant(db, { conversationId: conversation.id, residentKey: key })
      : undefined;
  }

  /** The resident's key, issuing a new one (cookie and response field) on their first act. */
  async function residentKeyOrNew(
    request: FastifyRequest,
    reply: FastifyReply,
    kiosk?: KioskSession | undefined,
  ) {
    const existing = await residentKey(request);
    if (existing) return { key: existing, token: undefined };
    // A kiosk never uses the browser's cookie: each person's key comes from the kiosk route.
    if (kiosk)
      throw new AppError("validation.failed", "A kiosk sends the person's key it was given.", {
        errors: [
          { path: `headers.${RESIDENT_HEADER}`, message: "required at a kiosk", code: "required" },
        ],
      });
    const token = await newResidentToken(db);
    reply.setCookie(RESIDENT_COOKIE, token, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: ctx.config.secureCookies,
      maxAge: ONE_YEAR,
    });
    return { key: token.slice(0, token.indexOf(".")), token };
  }

  return { participantFor, residentKey, currentParticipant, residentKeyOrNew, kioskOf };
}

/** Refuses a change to a conversation that has closed or not opened yet. */
export function requireOpen(conversation: Conversation) {
  const state = conversationState(conversation);
  if (state === "closed")
    throw new AppError(
      "conversation.closed",
      "The conversation has closed: it can be read but no longer changed.",
    );
  if (state === "upcoming")
    throw new AppError("conversation.upcoming", "The conversation has not opened yet.");
}
