import { z } from "zod";
import type { PanelCandidate } from "./candidates.js";
import type { PanelSelection } from "./selection.js";
import type { Panel, PanelSession } from "./setup.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const quota = z.object({
  feature: z.string(),
  value: z.string(),
  min: z.number(),
  max: z.number(),
});

export const sessionResponse = z.object({
  id: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  place: z.string(),
  accessibility: z.string(),
  onlineUrl: z.string().nullable(),
});

export const panelSummary = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  source: z.string(),
  targetSize: z.number(),
  reserves: z.number(),
  createdAt: z.string(),
});
export const panelListResponse = z.object({ panels: z.array(panelSummary) });

export const panelDetail = panelSummary.extend({
  coreQuestions: z.array(z.object({ text: localized })),
  questionsFormedBy: z.string(),
  sessions: z.array(sessionResponse),
  quotas: z.array(quota),
  fees: z.object({
    amountPerSessionCents: z.number(),
    travel: z.boolean(),
    travelCapCents: z.number().optional(),
    giftCard: z.boolean(),
  }),
  roundId: z.string().nullable(),
  seedAnnouncement: z.string().nullable(),
  seedKnownAt: z.string().nullable(),
  seedAnnouncedAt: z.string().nullable(),
  responseDeadline: z.string().nullable(),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function toSession(s: PanelSession): z.infer<typeof sessionResponse> {
  return {
    id: s.id,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    place: s.place,
    accessibility: s.accessibility,
    onlineUrl: s.onlineUrl,
  };
}

export function toPanelSummary(p: Panel): z.infer<typeof panelSummary> {
  return {
    id: p.id,
    title: p.title,
    status: p.status,
    source: p.source,
    targetSize: p.targetSize,
    reserves: p.reserves,
    createdAt: p.createdAt.toISOString(),
  };
}

export function toPanelDetail(p: Panel, sessions: PanelSession[]): z.infer<typeof panelDetail> {
  return {
    ...toPanelSummary(p),
    coreQuestions: p.coreQuestions,
    questionsFormedBy: p.questionsFormedBy,
    sessions: sessions.map(toSession),
    quotas: p.quotas,
    fees: p.fees,
    roundId: p.roundId,
    seedAnnouncement: p.seedAnnouncement,
    seedKnownAt: iso(p.seedKnownAt),
    seedAnnouncedAt: iso(p.seedAnnouncedAt),
    responseDeadline: iso(p.responseDeadline),
  };
}

export const addedResponse = z.object({ added: z.number(), total: z.number() });

export const summaryResponse = z.object({
  total: z.number(),
  byStatus: z.record(z.string(), z.number()),
  features: z.array(
    z.object({
      feature: z.string(),
      values: z.array(
        z.object({
          value: z.string(),
          candidates: z.number(),
          seated: z.number(),
          min: z.number().nullable(),
          max: z.number().nullable(),
        }),
      ),
    }),
  ),
});

/** A candidate for staff: attributes and where they stand, never contact data. */
export const candidateResponse = z.object({
  id: z.string(),
  number: z.number(),
  attributes: z.record(z.string(), z.string()),
  language: z.string(),
  status: z.string(),
  reserveRank: z.number().nullable(),
  probability: z.number().nullable(),
  invitedAt: z.string().nullable(),
  respondedAt: z.string().nullable(),
});
export const candidateListResponse = z.object({ candidates: z.array(candidateResponse) });

export function toCandidate(c: PanelCandidate): z.infer<typeof candidateResponse> {
  return {
    id: c.id,
    number: c.number,
    attributes: c.attributes,
    language: c.language,
    status: c.status,
    reserveRank: c.reserveRank,
    probability: c.probability,
    invitedAt: iso(c.invitedAt),
    respondedAt: iso(c.respondedAt),
  };
}

export const contactResponse = z.object({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
});

export const selectionResponse = z.object({
  id: z.string(),
  kind: z.string(),
  seed: z.string(),
  algorithm: z.string(),
  algorithmVersion: z.string(),
  method: z.string(),
  seated: z.array(z.number()),
  reserves: z.array(z.number()),
  withdrawn: z.array(z.number()),
  replacements: z.array(z.number()),
  seconds: z.number(),
  createdAt: z.string(),
});

export function toSelection(s: PanelSelection): z.infer<typeof selectionResponse> {
  return {
    id: s.id,
    kind: s.kind,
    seed: s.seed,
    algorithm: s.algorithm,
    algorithmVersion: s.algorithmVersion,
    method: s.method,
    seated: s.seated,
    reserves: s.reserves,
    withdrawn: s.withdrawn,
    replacements: s.replacements,
    seconds: typeof s.stats.seconds === "number" ? s.stats.seconds : 0,
    createdAt: s.createdAt.toISOString(),
  };
}

export const inviteResponse = z.object({
  invited: z.number(),
  byEmail: z.number(),
  bySms: z.number(),
  unreachable: z.number(),
});

export const replaceResponse = z.object({
  replacements: z.array(candidateResponse),
  invited: inviteResponse,
});

export const reportResponse = z.object({
  panel: z.object({
    id: z.string(),
    title: z.string(),
    targetSize: z.number(),
    reserves: z.number(),
    status: z.string(),
  }),
  seed: z.object({
    announcement: z.string().nullable(),
    knownAt: z.string().nullable(),
    announcedAt: z.string().nullable(),
    value: z.string().nullable(),
  }),
  method: z.object({
    algorithm: z.string(),
    version: z.string(),
    draw: z.string().nullable(),
    reservesPurpose: z.string(),
    explanation: z.string(),
  }),
  quotas: z.array(quota),
  people: z.array(z.object({ number: z.number(), features: z.record(z.string(), z.string()) })),
  categories: z.array(
    quota.extend({
      candidates: z.number(),
      expectedSeats: z.number(),
      probability: z.number(),
      seated: z.number(),
    }),
  ),
  lotteries: z.array(
    z.object({
      kind: z.enum(["draw", "replacement"]),
      seed: z.string(),
      at: z.string(),
      seated: z.array(z.number()),
      reserves: z.array(z.number()),
      withdrawn: z.array(z.number()),
      replacements: z.array(z.number()),
      probabilities: z.array(z.number()),
    }),
  ),
});

/** What the panelist sees in their space. */
export const panelistResponse = z.object({
  panel: z.object({
    title: z.string(),
    coreQuestions: z.array(z.object({ text: localized })),
    sessions: z.array(sessionResponse),
    responseDeadline: z.string().nullable(),
  }),
  status: z.string(),
  language: z.string(),
});
