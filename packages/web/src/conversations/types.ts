import type { ApiBody, ApiParams, ApiQuery, ApiResponse } from "../api/contract.js";

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

/** The answers of the conversations API, each read from the generated contract. */
export type ResidentConversation = ApiResponse<ResidentRoute>;
export type NextStatement = ApiResponse<`${ResidentRoute}/next`>;
export type MyStatements = ApiResponse<`${ResidentRoute}/statements`>;
export type MyStatement = MyStatements["statements"][number];
export type StatementAnswer = ApiResponse<`${ResidentRoute}/statements`, "post">;
export type VoteAnswer = ApiResponse<`${ResidentRoute}/votes`, "post">;
export type ResidentResults = ApiResponse<`${ResidentRoute}/results`>;
export type StaffConversations = ApiResponse<StaffRoute>;
export type StaffConversation = ApiResponse<OneRoute>;
export type SeedAnswer = ApiResponse<`${OneRoute}/seed-statements`, "post">;
export type StaffStatements = ApiResponse<`${OneRoute}/statements`>;
export type StaffStatement = StaffStatements["statements"][number];
export type StaffResults = ApiResponse<`${OneRoute}/results`>;
export type ImportAnswer = ApiResponse<`${StaffRoute}/import`, "post">;
export type TranslationQueue = ApiResponse<`${OneRoute}/translations`>;
export type TranslationItem = TranslationQueue["items"][number];
export type TranslationInput = ApiBody<`${OneRoute}/translations`, "put">;
export type TranslationCounts = ApiResponse<`${StaffRoute}/translations`>;

/** Parts of the answers above that components take on their own. */
export type ConversationState = StaffConversation["state"];
export type Progress = ResidentConversation["progress"];
export type ConversationImage = NonNullable<StaffConversation["image"]>;
type PublicResults = Extract<ResidentResults, { available: true }>;
export type Group = PublicResults["groups"][number];
export type CommonGround = PublicResults["commonGround"];
export type CommonGroundItem = CommonGround["agree"][number];
export type OpinionMapData = PublicResults["map"];
export type SegmentComparison = NonNullable<PublicResults["segments"]>;
export type SegmentShares = SegmentComparison["statements"][number]["segments"][number];
export type SegmentName = PublicResults["segmentNames"][number];
export type StatementTotals = NonNullable<StaffResults["results"]>["statements"][number];
export type ParticipationDay = StaffResults["participation"][number];

// The local shapes for the TODO(api-types) routes above.
