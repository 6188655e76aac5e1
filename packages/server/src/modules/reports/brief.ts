import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { conversationBrief } from "./conversation.js";
import { juryBrief } from "./jury.js";
import { panelBrief } from "./panel.js";
import { phoneBrief } from "./phone.js";
import { roundTableBrief } from "./roundtable.js";
import { surveyBrief } from "./survey.js";
import type { BriefLanguage } from "./texts.js";

/** A table in a brief; `bar` names the column (0..1 shares) drawn as bars beside the table. */
export interface BriefTable {
  caption: string;
  columns: string[];
  rows: (string | number | null)[][];
  /** Columns holding shares 0..1 (shown as percentages). */
  shares?: number[];
  bar?: number;
}

export type BriefBlock =
  | { type: "paragraph"; text: string }
  | { type: "table"; table: BriefTable }
  | { type: "quotes"; heading: string; quotes: string[] };

export type SectionKey = "figures" | "participation" | "findings" | "since";

/** One section of a brief: a heading and its blocks, in the brief's language. */
export interface BriefSection<K extends string = SectionKey> {
  key: K;
  heading: string;
  blocks: BriefBlock[];
}

/** What the PDF and DOCX writers need of any report: a brief or a period report. */
export interface ReportDocument {
  title: string;
  language: BriefLanguage;
  generatedAt: string;
  sections: BriefSection<string>[];
}

/** A decision-maker brief: aggregated figures only, nothing that names or identifies a resident. */
export interface Brief {
  kind: ActivityKind;
  id: string;
  title: string;
  language: BriefLanguage;
  generatedAt: string;
  /** Whether the activity's results are public (then the brief may be shown to anyone). */
  resultsPublic: boolean;
  sections: BriefSection[];
}

export const ACTIVITY_KINDS = [
  "conversation",
  "survey",
  "panel",
  "round_table",
  "jury",
  "phone",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface BriefOptions {
  organizationId: string;
  id: string;
  language: BriefLanguage;
  now?: Date;
}

/**
 * What one kind of activity contributes to its brief; each kind lists its own in BRIEF_SOURCES.
 */
export type BriefSource = (db: Db, options: BriefOptions) => Promise<Brief>;

export const BRIEF_SOURCES: Record<ActivityKind, BriefSource> = {
  conversation: conversationBrief,
  survey: surveyBrief,
  panel: panelBrief,
  round_table: roundTableBrief,
  jury: juryBrief,
  phone: phoneBrief,
};

/** The brief of one activity of the organization (404 when it is not the organization's). */
export async function briefFor(
  db: Db,
  options: BriefOptions & { kind: ActivityKind },
): Promise<Brief> {
  const source = BRIEF_SOURCES[options.kind];
  if (!source) throw new AppError("not_found", "No brief for this kind of activity.");
  return source(db, options);
}
