export const PERIOD_SECTION_KEYS = [
  "summary",
  "activities",
  "channels",
  "representativeness",
  "feedback",
  "recommendations",
  "decisions",
] as const;
export type PeriodSectionKey = (typeof PERIOD_SECTION_KEYS)[number];
