import type { Config } from "../../../config.js";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { createMemoryLimiter } from "../../../http/memory-limit.js";
import { verifiedXidHash } from "../embed.js";
import { KIOSK_PEOPLE_PER_10_MINUTES, KIOSK_VOTES_PER_MINUTE } from "../kiosk/limits.js";
import type { KioskSession } from "../kiosk/sessions.js";
import { type Conversation, findConversationByPublicId } from "../service.js";
import { ensureParticipant } from "./participants.js";
import { checkAccess, type InvitationState, progressOf } from "./progress.js";
import { verifyResidentToken } from "./resident-key.js";
import { createShortCache } from "./short-cache.js";
import { createVoteWriter, type PendingVote, type VoteOutcome } from "./vote-writer.js";

/**
 * What the residents' routes (routes/resident.ts) keep in one process, between requests: short
 * caches for the hot vote path, the memory limiters of vote floods, the vote writer and its
 * admission count, and the count of open live-update streams. Made once per process by the
 * module's services (services.ts); every figure here is per process (with N processes, at most
 * N times as much overall).
 */
export interface ResidentService {
  /** The conversation (cached at most 2 s) and the segment of the resident's invitation. */
  open: (
    publicId: string,
    token: string | undefined,
  ) => Promise<{
    conversation: Conversation;
    segmentId: string | null;
    invitation: InvitationState;
  }>;
  /**
   * Drops the cached conversation after staff changed its texts in this process (a translated
   * title): residents here see the change at once, other processes within the 2 s.
   */
  forgetConversation: (publicId: string) => void;
  /** Approved statements of a conversation (cached at most 2 s). */
  totalStatements: (conversationId: string) => Promise<number>;
  /** The resident key in a signed token, or undefined (a checked signature is remembered). */
  residentKey: (token: string | undefined) => Promise<string | undefined>;
  /**
   * The resident's participant, made on their first act: at most so many new participants per
   * client address (in the database, across processes), so that requests without the resident
   * cookie cannot make participants without end. A signed xid maps to its participant.
   */
  participantFor: (options: {
    organizationId: string;
    conversationId: string;
    residentKey: string;
    segmentId: string | null;
    /** The signed xid of an embedding site, if the request has one. */
    xid: string | undefined;
    /** The client address. */
    address: string;
    /** The open kiosk session the request came through, if any (channel "event"). */
    kiosk?: KioskSession | undefined;
    /** Whether the page is embedded in another site (channel "embed"). */
    embed?: boolean | undefined;
  }) => Promise<KnownParticipant>;
  /**
   * Takes a vote request in (true), unless VOTE_QUEUE_LIMIT votes are already in this process
   * or the writer's queue is full (false: refuse it as overload). Each one taken in is let go
   * with `releaseVote` when its answer has been sent.
   */
  admitVote: () => boolean;
  releaseVote: () => void;
  /**
   * False when a resident's or an address's votes are over their limit this minute. A kiosk's
   * residents share one tablet: they are counted per kiosk session instead of per address.
   */
  withinVoteLimits: (residentKey: string, address: string, kioskSessionId?: string) => boolean;
  /** Writes a vote in the next batch. */
  writeVote: (vote: PendingVote) => Promise<VoteOutcome>;
  /** Whether to announce votes of a conversation now (at most once a second). */
  voteEventDue: (conversationId: string, now?: number) => boolean;
  /**
   * Counts a live-update stream from an address: its release (call on close; twice is harmless),
   * or undefined when the address or the process has as many open as allowed.
   */
  openStream: (address: string) => (() => void) | undefined;
  /** Open live-update streams, in all and from one address. */
  streamsOpen: (address?: string) => number;
  /** Vote requests between their arrival and their answer. */
  votesInProcess: () => number;
}

export type ResidentLimits = Pick<
  Config,
  | "voteQueueLimit"
  | "voteRateLimitPerResident"
  | "voteRateLimitPerAddress"
  | "participantRateLimitPerAddress"
  | "sseConnectionsPerAddress"
  | "sseConnectionsMax"
>;

export interface KnownParticipant {
  pid: number;
  segmentId: string | null;
  kioskSessionId: string | null;
}

/** Forget the remembered tokens and participants beyond this many (memory bound). */
const MAX_REMEMBERED = 200_000;

export function createResidentService(
  db: Db,
  options: { config: ResidentLimits },
): ResidentService {
  const { config } = options;
  const writer = createVoteWriter(db, { maxQueued: config.voteQueueLimit });
  let votesInProcess = 0;
  const perResident = createMemoryLimiter({
    limit: config.voteRateLimitPerResident,
    windowMs: 60_000,
  });
  const perAddress = createMemoryLimiter({
    limit: config.voteRateLimitPerAddress,
    windowMs: 60_000,
  });
  const perKiosk = createMemoryLimiter({ limit: KIOSK_VOTES_PER_MINUTE, windowMs: 60_000 });
  // Short-lived caches for the vote path. Staleness is bounded (2 s) and harmless: whether a
  // conversation is open is computed from its dates at each request.
  const conversationCache = createShortCache<Conversation>({ ttlMs: 2000 });
  const approvedCount = createShortCache<number>({ ttlMs: 2000 });
  const knownParticipants = new Map<string, KnownParticipant>();
  // Tokens whose signature this process has checked (a signature never stops being valid):
  // one HMAC less per vote (a measurable share of its CPU in the profile).
  const verifiedTokens = new Map<string, string>();
  /** Votes shown live are announced at most once a second per conversation. */
  const lastVoteEvent = new Map<string, number>();
  const streams = { total: 0, perAddress: new Map<string, number>() };

  return {
    open: async (publicId, token) => {
      const conversation = await conversationCache.get(publicId, () =>
        findConversationByPublicId(db, publicId),
      );
      return { conversation, ...(await checkAccess(db, { conversation, token })) };
    },

    forgetConversation: (publicId) => conversationCache.forget(publicId),

    totalStatements: (conversationId) =>
      approvedCount.get(conversationId, async () => {
        const { total } = await progressOf(db, { conversationId, pid: null });
        return total;
      }),

    residentKey: async (token) => {
      if (!token) return undefined;
      const known = verifiedTokens.get(token);
      if (known) return known;
      const key = await verifyResidentToken(db, token);
      if (key) {
        if (verifiedTokens.size >= MAX_REMEMBERED) verifiedTokens.clear();
        verifiedTokens.set(token, key);
      }
      return key;
    },

    participantFor: async ({ xid, address, kiosk, embed, ...resident }) => {
      const xidHash = xid
        ? await verifiedXidHash(db, { conversationId: resident.conversationId, token: xid })
        : null;
      const key = `${resident.conversationId}:${resident.residentKey}`;
      let known = knownParticipants.get(key);
      if (!known || (!known.segmentId && resident.segmentId)) {
        const participant = await ensureParticipant(db, {
          ...resident,
          xidHash,
          channel: kiosk ? "event" : embed || xidHash ? "embed" : "web",
          kioskSessionId: kiosk?.id ?? null,
          // A kiosk's residents come one after another from one tablet: counted per session.
          newParticipantLimit: kiosk
            ? {
                key: `participant:k:${kiosk.id}`,
                limit: KIOSK_PEOPLE_PER_10_MINUTES,
                windowSeconds: 600,
              }
            : {
                key: `participant:a:${address}`,
                limit: config.participantRateLimitPerAddress,
                windowSeconds: 600,
              },
        });
        if (knownParticipants.size > MAX_REMEMBERED) knownParticipants.clear();
        known = {
          pid: participant.pid,
          segmentId: participant.segmentId,
          kioskSessionId: participant.kioskSessionId,
        };
        knownParticipants.set(key, known);
      }
      // A kiosk participant acts only through its open kiosk, and a kiosk only for its own.
      if (known.kioskSessionId !== (kiosk?.id ?? null))
        throw new AppError(
          "kiosk.ended",
          "This participant took part at a kiosk: only that kiosk, while it is open, acts for them.",
        );
      return known;
    },

    admitVote: () => {
      if (votesInProcess >= config.voteQueueLimit || !writer.admits()) return false;
      votesInProcess++;
      return true;
    },
    releaseVote: () => {
      votesInProcess--;
    },
    // Per resident (a flood from one browser) and, loosely, per address (a school class shares one).
    withinVoteLimits: (residentKey, address, kioskSessionId) =>
      perResident.hit(residentKey) &&
      (kioskSessionId ? perKiosk.hit(kioskSessionId) : perAddress.hit(address)),
    writeVote: (vote) => writer.write(vote),

    voteEventDue: (conversationId, now = Date.now()) => {
      if (now - (lastVoteEvent.get(conversationId) ?? 0) <= 1000) return false;
      lastVoteEvent.set(conversationId, now);
      return true;
    },

    openStream: (address) => {
      const fromAddress = streams.perAddress.get(address) ?? 0;
      if (
        fromAddress >= config.sseConnectionsPerAddress ||
        streams.total >= config.sseConnectionsMax
      )
        return undefined;
      streams.total++;
      streams.perAddress.set(address, fromAddress + 1);
      let counted = true;
      return () => {
        if (!counted) return;
        counted = false;
        streams.total--;
        const left = (streams.perAddress.get(address) ?? 1) - 1;
        if (left > 0) streams.perAddress.set(address, left);
        else streams.perAddress.delete(address);
      };
    },
    streamsOpen: (address) =>
      address === undefined ? streams.total : (streams.perAddress.get(address) ?? 0),
    votesInProcess: () => votesInProcess,
  };
}
