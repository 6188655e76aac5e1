import type { ConversationInput, ModerationMode, StaffConversation, Visibility } from "../types.js";

type Texts = { fi: string; sv: string; en: string };

/** The create/edit form's state: plain strings as the inputs hold them. */
export interface ConversationDraft {
  title: Texts;
  description: Texts;
  allowStatements: boolean;
  moderationMode: ModerationMode;
  statementMaxLength: string;
  opensAt: string;
  closesAt: string;
  visibility: Visibility;
  resultsPublic: boolean;
  segments: { key: string; name: Texts }[];
  /** One statement per line. */
  seeds: string;
}

const texts = (v?: Partial<Texts> | null): Texts => ({
  fi: v?.fi ?? "",
  sv: v?.sv ?? "",
  en: v?.en ?? "",
});

export function emptyDraft(): ConversationDraft {
  return {
    title: texts(),
    description: texts(),
    allowStatements: true,
    moderationMode: "pre",
    statementMaxLength: "200",
    opensAt: "",
    closesAt: "",
    visibility: "public",
    resultsPublic: true,
    segments: [],
    seeds: "",
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO time as the value of <input type="datetime-local"> in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value (local time) as ISO 8601 with offset, or null when empty. */
export function fromLocalInput(value: string): string | null {
  if (!value.trim()) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export function draftFrom(c: StaffConversation): ConversationDraft {
  return {
    title: texts(c.title),
    description: texts(c.description),
    allowStatements: c.allowStatements,
    moderationMode: c.moderationMode,
    statementMaxLength: String(c.statementMaxLength),
    opensAt: toLocalInput(c.opensAt),
    closesAt: toLocalInput(c.closesAt),
    visibility: c.visibility,
    resultsPublic: c.resultsPublic,
    segments: c.segments.map((s) => ({ key: s.key, name: texts(s.name) })),
    seeds: "",
  };
}

export function seedLines(seeds: string): string[] {
  return seeds
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

export function toInput(draft: ConversationDraft): ConversationInput {
  const trim = (t: Texts): Texts => ({ fi: t.fi.trim(), sv: t.sv.trim(), en: t.en.trim() });
  return {
    title: trim(draft.title),
    description: trim(draft.description),
    allowStatements: draft.allowStatements,
    moderationMode: draft.moderationMode,
    statementMaxLength: Number(draft.statementMaxLength),
    opensAt: fromLocalInput(draft.opensAt),
    closesAt: fromLocalInput(draft.closesAt),
    visibility: draft.visibility,
    resultsPublic: draft.resultsPublic,
    segments: draft.segments.map((s) => ({ key: s.key.trim(), name: trim(s.name) })),
  };
}

/** What can be wrong with a draft (each has a text: `staff.form.problem.<code>`). */
export type DraftProblem = "required" | "length" | "order" | "segmentKey" | "segmentKeyTaken";

/** Problems found before sending, as [API-style path, problem code]. */
export function checkDraft(draft: ConversationDraft): [string, DraftProblem][] {
  const problems: [string, DraftProblem][] = [];
  if (!draft.title.fi.trim()) problems.push(["title.fi", "required"]);
  const length = Number(draft.statementMaxLength);
  if (!Number.isInteger(length) || length < 20 || length > 1000)
    problems.push(["statementMaxLength", "length"]);
  const opens = fromLocalInput(draft.opensAt);
  const closes = fromLocalInput(draft.closesAt);
  if (opens && closes && closes <= opens) problems.push(["closesAt", "order"]);
  const keys = new Set<string>();
  draft.segments.forEach((s, i) => {
    const key = s.key.trim();
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key) || key.length > 40)
      problems.push([`segments.${i}.key`, "segmentKey"]);
    else if (keys.has(key)) problems.push([`segments.${i}.key`, "segmentKeyTaken"]);
    keys.add(key);
    if (!s.name.fi.trim()) problems.push([`segments.${i}.name.fi`, "required"]);
  });
  return problems;
}

/** The input id of the form field an API error path names ("segments.0.key" → "cf-segments-0-key"). */
export function fieldIdFor(path: string): string | undefined {
  const simple: Record<string, string> = {
    "title.fi": "cf-title-fi",
    "title.sv": "cf-title-sv",
    "title.en": "cf-title-en",
    "description.fi": "cf-description-fi",
    "description.sv": "cf-description-sv",
    "description.en": "cf-description-en",
    statementMaxLength: "cf-length",
    opensAt: "cf-opens",
    closesAt: "cf-closes",
    moderationMode: "cf-moderation",
    visibility: "cf-visibility",
    segments: "cf-segments",
  };
  if (simple[path]) return simple[path];
  if (path.startsWith("seedStatements")) return "cf-seeds";
  const m = /^segments\.(\d+)\.(key|name\.(fi|sv|en))$/.exec(path);
  if (m) return m[2] === "key" ? `cf-segment-${m[1]}-key` : `cf-segment-${m[1]}-name-${m[3]}`;
  if (/^segments\.\d+/.test(path)) return "cf-segments";
  return undefined;
}
