/** The activities with a brief, as in their addresses (`/reports/{kind}/{id}`). */
export const BRIEF_KINDS = [
  "conversations",
  "surveys",
  "panels",
  "juries",
  "roundtables",
  "phone",
] as const;
export type BriefKind = (typeof BRIEF_KINDS)[number];
