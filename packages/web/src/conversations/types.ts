import type { Localized } from "../lib/language.js";

/** Response shapes of the conversations API (docs/API.md, "Conversations"). */

export type VoteValue = "agree" | "disagree" | "pass";
export type ConversationState = "upcoming" | "open" | "closed";
export type ModerationMode = "pre" | "post";
export type Visibility = "public" | "invite";
export type StatementStatus = "pending" | "approved" | "rejected";
export type StatementFlag = "profanity" | "phone" | "email" | "hetu";
export const STATEMENT_FLAGS: readonly StatementFlag[] = ["profanity", "phone", "email", "hetu"];
export const STATEMENT_STATUSES: readonly StatementStatus[] = ["pending", "approved", "rejected"];
export const EXPORT_FILES = [
  "comments.csv",
  "votes.csv",
  "participants-votes.csv",
  "summary.csv",
  "math.json",
] as const;

export interface Progress {
  voted: number;
  total: number;
}

/** The topic image and its alt text in each language. */
export interface ConversationImage {
  url: string;
  alt: Localized;
}

export interface ResidentConversation {
  publicId: string;
  organization: { slug: string; name: Localized; languages: string[]; themeColor: string | null };
  title: Localized;
  description: Localized;
  state: ConversationState;
  allowStatements: boolean;
  moderationMode: ModerationMode;
  statementMaxLength: number;
  resultsPublic: boolean;
  closesAt: string | null;
  image: ConversationImage | null;
  progress: Progress;
}

export interface NextStatement {
  statement: { tid: number; text: string } | null;
  progress: Progress;
}

export interface MyStatement {
  tid: number;
  text: string;
  isMeta: boolean;
  myVote: VoteValue | null;
}

export interface VoteAnswer {
  recorded: boolean;
  progress: Progress;
  residentToken?: string;
}

export interface StatementAnswer {
  tid: number;
  status: StatementStatus;
  residentToken?: string;
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

export interface SegmentShares {
  segment: string;
  voters: number;
  agree: number;
  disagree: number;
  pass: number;
  agreeShare: Interval;
  disagreeShare: Interval;
  passShare: Interval;
}

export interface SegmentTest {
  chiSquare: number;
  df: number;
  pValue: number;
  qValue: number;
  cramersV: number;
  lowCounts: boolean;
  differs: boolean;
}

export interface SegmentComparison {
  segments: { segment: string; participants: number }[];
  statements: { statement: number; segments: SegmentShares[]; test: SegmentTest | null }[];
  mostDifferent: number[];
  method: string;
}

export interface ConsensusItem {
  tid: number;
  share: number;
  count: number;
  voters: number;
}

export interface Group {
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

export interface OpinionMapData {
  participants: { pid: number; x: number; y: number; group: number }[];
  statements: { tid: number; x: number; y: number }[];
}

export interface StatementTotals {
  tid: number;
  agree: number;
  disagree: number;
  pass: number;
  groupAwareConsensus: number;
  priority: number;
  perGroup: { group: number; agree: number; disagree: number; voters: number }[];
}

/** The stored math (server: ConversationResults). */
export interface ConversationResults {
  tick: number;
  participants: number;
  clustered: number;
  map: OpinionMapData;
  groups: Group[];
  consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
  divisive: { tid: number; spread: number }[];
  statements: StatementTotals[];
  segments: SegmentComparison | null;
}

export interface SegmentName {
  key: string;
  name: Localized;
}

export type ResidentResults =
  | { available: false; reason: "not_public" | "not_computed"; progress: Progress }
  | {
      available: true;
      computedAt: string;
      progress: Progress;
      me: { x: number; y: number; group: number } | null;
      participants: number;
      groups: Group[];
      consensus: { agree: ConsensusItem[]; disagree: ConsensusItem[] };
      divisive: { tid: number; spread: number }[];
      map: OpinionMapData;
      statements: { tid: number; text: string }[];
      segments: SegmentComparison | null;
      segmentNames: SegmentName[];
    };

export interface StaffConversation {
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
  state: ConversationState;
  segments: { id: string; key: string; name: Localized }[];
  links: { segmentKey: string | null; name: Localized | null; url: string }[];
  image: ConversationImage | null;
  createdAt: string;
}

export interface ConversationInput {
  title: { fi: string; sv: string; en: string };
  description: { fi: string; sv: string; en: string };
  allowStatements: boolean;
  moderationMode: ModerationMode;
  statementMaxLength: number;
  opensAt: string | null;
  closesAt: string | null;
  visibility: Visibility;
  resultsPublic: boolean;
  segments: { key: string; name: { fi: string; sv: string; en: string } }[];
  seedStatements?: string[];
}

export interface StaffStatement {
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

export interface ParticipationDay {
  day: string;
  newParticipants: number;
  votes: number;
  statements: number;
  participants: number;
  totalVotes: number;
  totalStatements: number;
}

export interface StaffResults {
  computedAt: string | null;
  results: ConversationResults | null;
  statements: { tid: number; text: string; status: StatementStatus; isMeta: boolean }[];
  segments: SegmentName[];
  participation: ParticipationDay[];
}

export type ModerationAction = "approve" | "reject" | "meta" | "unmeta";
