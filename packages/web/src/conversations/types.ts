import type { ApiBody, ApiParams, ApiQuery, ApiResponse, Declared } from "../api/contract.js";
import type { Localized } from "../lib/language.js";

/**
 * The conversations API's shapes (docs/API.md, "Conversations"), read from the generated
 * contract (`src/api/schema.d.ts`, `npm run api:types`).
 */

type StaffRoute = "/api/orgs/{slug}/conversations";
type OneRoute = "/api/orgs/{slug}/conversations/{id}";
type ResidentRoute = "/api/p/c/{publicId}";

export type VoteValue = ApiBody<"/api/p/c/{publicId}/votes", "post">["vote"];
export type ModerationAction = ApiBody<`${OneRoute}/moderation`, "post">["action"];
export type ModerationMode = NonNullable<ApiBody<StaffRoute, "post">["moderationMode"]>;
export type Visibility = NonNullable<ApiBody<StaffRoute, "post">["visibility"]>;
type StatementQuery = ApiQuery<`${OneRoute}/statements`, "get">;
export type StatementStatus = NonNullable<StatementQuery["status"]>;
export type StatementFlag = NonNullable<StatementQuery["flag"]>;
export type ExportFile = ApiParams<`${OneRoute}/export/{file}`, "get">["file"];
/** What a new conversation is made of (POST); a change (PATCH) sends any part of it. */
export type ConversationInput = ApiBody<StaffRoute, "post">;
export type ConversationChange = ApiBody<OneRoute, "patch">;
export type ImportInput = ApiBody<`${StaffRoute}/import`, "post">;

export const STATEMENT_FLAGS = [
  "profanity",
  "phone",
  "email",
  "hetu",
] as const satisfies readonly StatementFlag[];
export const STATEMENT_STATUSES = [
  "pending",
  "approved",
  "rejected",
] as const satisfies readonly StatementStatus[];
export const EXPORT_FILES = [
  "comments.csv",
  "votes.csv",
  "participants-votes.csv",
  "summary.csv",
  "math.json",
] as const satisfies readonly ExportFile[];

/*
 * TODO(api-types): these routes declare no response schema yet, so the generated contract says
 * nothing about their answers, and the local shapes at the end of this file stand in:
 *   GET  /api/p/c/{publicId}                                  ResidentConversation
 *   GET  /api/p/c/{publicId}/next                             NextStatement
 *   GET  /api/p/c/{publicId}/statements                       { statements: MyStatement[] }
 *   POST /api/p/c/{publicId}/statements                       StatementAnswer
 *   POST /api/p/c/{publicId}/votes                            VoteAnswer
 *   GET  /api/p/c/{publicId}/results                          ResidentResults
 *   GET  /api/orgs/{slug}/conversations                       { conversations: StaffConversation[] }
 *   POST /api/orgs/{slug}/conversations                       StaffConversation
 *   GET, PATCH /api/orgs/{slug}/conversations/{id}            StaffConversation
 *   POST /api/orgs/{slug}/conversations/{id}/seed-statements  SeedAnswer
 *   GET  /api/orgs/{slug}/conversations/{id}/statements       { statements: StaffStatement[] }
 *   POST /api/orgs/{slug}/conversations/{id}/moderation       { statements: StaffStatement[] }
 *   PATCH /api/orgs/{slug}/conversations/{id}/statements/{tid} StaffStatement
 *   GET  /api/orgs/{slug}/conversations/{id}/results          StaffResults
 *   POST /api/orgs/{slug}/conversations/import                ImportAnswer
 * `Declared` takes the generated type as soon as a route has one (after `npm run api:types`);
 * then delete the local shape and this note.
 */
export type ResidentConversation = Declared<ApiResponse<ResidentRoute>, LocalResidentConversation>;
export type NextStatement = Declared<ApiResponse<`${ResidentRoute}/next`>, LocalNextStatement>;
export type MyStatements = Declared<
  ApiResponse<`${ResidentRoute}/statements`>,
  { statements: LocalMyStatement[] }
>;
export type MyStatement = MyStatements["statements"][number];
export type StatementAnswer = Declared<
  ApiResponse<`${ResidentRoute}/statements`, "post">,
  LocalStatementAnswer
>;
export type VoteAnswer = Declared<ApiResponse<`${ResidentRoute}/votes`, "post">, LocalVoteAnswer>;
export type ResidentResults = Declared<
  ApiResponse<`${ResidentRoute}/results`>,
  LocalResidentResults
>;
export type StaffConversations = Declared<
  ApiResponse<StaffRoute>,
  { conversations: LocalStaffConversation[] }
>;
export type StaffConversation = Declared<ApiResponse<OneRoute>, LocalStaffConversation>;
export type SeedAnswer = Declared<
  ApiResponse<`${OneRoute}/seed-statements`, "post">,
  { tids: number[] }
>;
export type StaffStatements = Declared<
  ApiResponse<`${OneRoute}/statements`>,
  { statements: LocalStaffStatement[] }
>;
export type StaffStatement = StaffStatements["statements"][number];
export type StaffResults = Declared<ApiResponse<`${OneRoute}/results`>, LocalStaffResults>;
export type ImportAnswer = Declared<
  ApiResponse<`${StaffRoute}/import`, "post">,
  { id: string; publicId: string }
>;

/** Parts of the answers above that components take on their own. */
export type ConversationState = StaffConversation["state"];
export type Progress = ResidentConversation["progress"];
export type ConversationImage = NonNullable<StaffConversation["image"]>;
type PublicResults = Extract<ResidentResults, { available: true }>;
export type Group = PublicResults["groups"][number];
export type ConsensusItem = PublicResults["consensus"]["agree"][number];
export type OpinionMapData = PublicResults["map"];
export type SegmentComparison = NonNullable<PublicResults["segments"]>;
export type SegmentShares = SegmentComparison["statements"][number]["segments"][number];
export type SegmentName = PublicResults["segmentNames"][number];
export type StatementTotals = NonNullable<StaffResults["results"]>["statements"][number];
export type ParticipationDay = StaffResults["participation"][number];

// The local shapes for the TODO(api-types) routes above.

type LocalConversationState = "upcoming" | "open" | "closed";

interface LocalProgress {
  voted: number;
  total: number;
}

/** The topic image and its alt text in each language. */
interface LocalConversationImage {
  url: string;
  alt: Localized;
}

interface LocalResidentConversation {
  publicId: string;
  organization: { slug: string; name: Localized; languages: string[]; themeColor: string | null };
  title: Localized;
  description: Localized;
  state: LocalConversationState;
  allowStatements: boolean;
  moderationMode: ModerationMode;
  statementMaxLength: number;
  resultsPublic: boolean;
  closesAt: string | null;
  image: LocalConversationImage | null;
  progress: LocalProgress;
}

interface LocalNextStatement {
  statement: { tid: number; text: string } | null;
  progress: LocalProgress;
}

interface LocalMyStatement {
  tid: number;
  text: string;
  isMeta: boolean;
  myVote: VoteValue | null;
}

interface LocalVoteAnswer {
  recorded: boolean;
  progress: LocalProgress;
  residentToken?: string;
}

interface LocalStatementAnswer {
  tid: number;
  status: StatementStatus;
  residentToken?: string;
}

interface LocalInterval {
  estimate: number;
  low: number;
  high: number;
}

interface LocalSegmentShares {
  segment: string;
  voters: number;
  agree: number;
  disagree: number;
  pass: number;
  agreeShare: LocalInterval;
  disagreeShare: LocalInterval;
  passShare: LocalInterval;
}

interface LocalSegmentTest {
  chiSquare: number;
  df: number;
  pValue: number;
  qValue: number;
  cramersV: number;
  lowCounts: boolean;
  differs: boolean;
}

interface LocalSegmentComparison {
  segments: { segment: string; participants: number }[];
  statements: {
    statement: number;
    segments: LocalSegmentShares[];
    test: LocalSegmentTest | null;
  }[];
  mostDifferent: number[];
  method: string;
}

interface LocalConsensusItem {
  tid: number;
  share: number;
  count: number;
  voters: number;
}

interface LocalGroup {
  id: number;
  size: number;
  center: [number, number];
  representative: {
    tid: number;
    direction: "agree" | "disagree";
    share: number;
    count: number;
    voters: number;
  }[];
}

interface LocalOpinionMapData {
  participants: { pid: number; x: number; y: number; group: number }[];
  statements: { tid: number; x: number; y: number }[];
}

interface LocalStatementTotals {
  tid: number;
  agree: number;
  disagree: number;
  pass: number;
  groupAwareConsensus: number;
  priority: number;
  perGroup: { group: number; agree: number; disagree: number; voters: number }[];
}

/** The stored math (server: LocalConversationResults). */
interface LocalConversationResults {
  tick: number;
  participants: number;
  clustered: number;
  map: LocalOpinionMapData;
  groups: LocalGroup[];
  consensus: { agree: LocalConsensusItem[]; disagree: LocalConsensusItem[] };
  divisive: { tid: number; spread: number }[];
  statements: LocalStatementTotals[];
  segments: LocalSegmentComparison | null;
}

interface LocalSegmentName {
  key: string;
  name: Localized;
}

type LocalResidentResults =
  | { available: false; reason: "not_public" | "not_computed"; progress: LocalProgress }
  | {
      available: true;
      computedAt: string;
      progress: LocalProgress;
      me: { x: number; y: number; group: number } | null;
      participants: number;
      groups: LocalGroup[];
      consensus: { agree: LocalConsensusItem[]; disagree: LocalConsensusItem[] };
      divisive: { tid: number; spread: number }[];
      map: LocalOpinionMapData;
      statements: { tid: number; text: string }[];
      segments: LocalSegmentComparison | null;
      segmentNames: LocalSegmentName[];
    };

interface LocalStaffConversation {
  id: string;
  publicId: string;
  title: Localized;
  description: Localized;
  allowStatements: boolean;
  moderationMode: ModerationMode;
  statementMaxLength: number;
  opensAt: string | null;
  closesAt: string | null;
  visibility: Visibility;
  resultsPublic: boolean;
  imported: boolean;
  state: LocalConversationState;
  segments: { id: string; key: string; name: Localized }[];
  links: { segmentKey: string | null; name: Localized | null; url: string }[];
  image: LocalConversationImage | null;
  createdAt: string;
}

interface LocalStaffStatement {
  tid: number;
  text: string;
  originalText: string | null;
  status: StatementStatus;
  isMeta: boolean;
  isSeed: boolean;
  rejectReason: string | null;
  flags: StatementFlag[];
  createdAt: string;
  moderatedAt: string | null;
}

interface LocalParticipationDay {
  day: string;
  newParticipants: number;
  votes: number;
  statements: number;
  participants: number;
  totalVotes: number;
  totalStatements: number;
}

interface LocalStaffResults {
  computedAt: string | null;
  results: LocalConversationResults | null;
  statements: { tid: number; text: string; status: StatementStatus; isMeta: boolean }[];
  segments: LocalSegmentName[];
  participation: LocalParticipationDay[];
}
