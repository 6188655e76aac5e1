import { count, inArray } from "drizzle-orm";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  EVENT_NAME_MAX_LENGTH,
  endKioskSession,
  type KioskSession,
  kioskSessionOpen,
  listKioskSessions,
  openKioskSession,
  startKioskSession,
} from "../kiosk/sessions.js";
import { participants } from "../schema.js";
import { findConversation, findConversationByPublicId } from "../service.js";
import type { ConversationContext } from "../services.js";
import { newResidentToken } from "../voting/resident-key.js";
import { params as residentParams, tag as residentTag } from "./resident-request.js";

const staffParams = z.object({ slug: z.string().max(63), id: z.uuid() });
const kioskSessionSchema = z.object({
  id: z.string(),
  eventName: z.string(),
  startedAt: z.string(),
  expiresAt: z.string(),
  endedAt: z.string().nullable(),
  open: z.boolean(),
  participants: z.number().int(),
});
const kioskSessionListSchema = z.object({ sessions: z.array(kioskSessionSchema) });
/** The token is shown once, when the session starts: only its hash is kept. */
const kioskStartedSchema = kioskSessionSchema.extend({ token: z.string() });
const kioskInfoSchema = z.object({ eventName: z.string(), expiresAt: z.string() });
const kioskPersonSchema = kioskInfoSchema.extend({ residentToken: z.string() });
const kioskBody = z.strictObject({ kiosk: z.string().min(16).max(100) });

/**
 * Kiosk sessions (kiosk/sessions.ts): staff start, list and end them on the conversation's
 * page; the kiosk tablet checks its token and asks for a new person's key for each resident.
 */
export function conversationKioskRoutes(app: FastifyInstance, ctx: ConversationContext): void {
  const db = ctx.database.db;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tag = { tags: ["conversations (staff)"] };

  async function view(sessions: KioskSession[]): Promise<z.infer<typeof kioskSessionSchema>[]> {
    const ids = sessions.map((s) => s.id);
    const counts = ids.length
      ? await db
          .select({ id: participants.kioskSessionId, n: count() })
          .from(participants)
          .where(inArray(participants.kioskSessionId, ids))
          .groupBy(participants.kioskSessionId)
      : [];
    const byId = new Map(counts.map((c) => [c.id, Number(c.n)]));
    return sessions.map((s) => ({
      id: s.id,
      eventName: s.eventName,
      startedAt: s.startedAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      endedAt: s.endedAt?.toISOString() ?? null,
      open: kioskSessionOpen(s),
      participants: byId.get(s.id) ?? 0,
    }));
  }

  /** The member's conversation (404 for another organization's), for `conversation.kiosk`. */
  async function conversationFor(request: FastifyRequest, id: string) {
    const { organization, session } = request.member;
    const conversation = await findConversation(db, {
      organizationId: organization.id,
      id,
    });
    return { conversation, userId: session.user.id };
  }

  r.get(
    "/api/orgs/:slug/conversations/:id/kiosk-sessions",
    {
      config: { permission: "conversation.kiosk" },
      schema: {
        ...tag,
        summary: "The conversation's kiosk sessions, newest first",
        params: staffParams,
        response: { 200: kioskSessionListSchema },
      },
    },
    async (request) => {
      const { conversation } = await conversationFor(request, request.params.id);
      return { sessions: await view(await listKioskSessions(db, conversation)) };
    },
  );

  r.post(
    "/api/orgs/:slug/conversations/:id/kiosk-sessions",
    {
      config: { permission: "conversation.kiosk" },
      schema: {
        ...tag,
        summary: "Start a kiosk session at an event (its token is in the answer, once)",
        params: staffParams,
        body: z.strictObject({
          eventName: z.string().max(EVENT_NAME_MAX_LENGTH),
          expiresAt: z.iso.datetime({ offset: true }).max(40).optional(),
        }),
        response: { 201: kioskStartedSchema },
      },
    },
    async (request, reply) => {
      const { conversation, userId } = await conversationFor(request, request.params.id);
      const { session, token } = await startKioskSession(db, {
        conversation,
        eventName: request.body.eventName,
        expiresAt: request.body.expiresAt ? new Date(request.body.expiresAt) : undefined,
        startedBy: userId,
      });
      const [shown] = await view([session]);
      return reply.status(201).send({ ...shown!, token });
    },
  );

  r.post(
    "/api/orgs/:slug/conversations/:id/kiosk-sessions/:sessionId/end",
    {
      config: { permission: "conversation.kiosk" },
      schema: {
        ...tag,
        summary: "End a kiosk session: its tablet can no longer take part",
        params: staffParams.extend({ sessionId: z.uuid() }),
        response: { 200: kioskSessionSchema },
      },
    },
    async (request) => {
      const { conversation, userId } = await conversationFor(request, request.params.id);
      const ended = await endKioskSession(db, {
        conversation,
        sessionId: request.params.sessionId,
        userId,
      });
      const [shown] = await view([ended]);
      return shown!;
    },
  );

  r.post(
    "/api/p/c/:publicId/kiosk",
    {
      config: { csrf: false, access: "public" },
      schema: {
        ...residentTag,
        summary: "A kiosk's event, while its session is open (the kiosk's start screen)",
        params: residentParams,
        body: kioskBody,
        response: { 200: kioskInfoSchema },
      },
    },
    async (request) => {
      const conversation = await findConversationByPublicId(db, request.params.publicId);
      const session = await openKioskSession(db, {
        conversationId: conversation.id,
        token: request.body.kiosk,
      });
      return { eventName: session.eventName, expiresAt: session.expiresAt.toISOString() };
    },
  );

  r.post(
    "/api/p/c/:publicId/kiosk/people",
    {
      config: { csrf: false, access: "public" },
      schema: {
        ...residentTag,
        summary:
          "A new person at a kiosk: a fresh resident key, kept only in the kiosk's memory (never a cookie)",
        params: residentParams,
        body: kioskBody,
        response: { 200: kioskPersonSchema },
      },
    },
    async (request) => {
      const conversation = await findConversationByPublicId(db, request.params.publicId);
      const session = await openKioskSession(db, {
        conversationId: conversation.id,
        token: request.body.kiosk,
      });
      return {
        eventName: session.eventName,
        expiresAt: session.expiresAt.toISOString(),
        residentToken: await newResidentToken(db),
      };
    },
  );
}
