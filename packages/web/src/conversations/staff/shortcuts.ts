/** Moderation keyboard shortcuts: key → action. */
export const SHORTCUTS = {
  j: "next",
  k: "previous",
  x: "select",
  a: "approve",
  r: "reject",
  m: "meta",
  e: "edit",
} as const;

export type ShortcutAction = (typeof SHORTCUTS)[keyof typeof SHORTCUTS];

const TEXT_INPUTS = new Set([
  "text",
  "search",
  "email",
  "url",
  "tel",
  "password",
  "number",
  "date",
  "datetime-local",
  "time",
  "month",
  "week",
]);

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: { tagName?: string; type?: string; isContentEditable?: boolean } | null;
}

/** The shortcut a key press means, or null: none while typing in a field or with modifiers. */
export function shortcutFor(
  event: KeyLike,
  options: { dialogOpen: boolean },
): ShortcutAction | null {
  if (options.dialogOpen || event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target;
  const tag = target?.tagName?.toLowerCase();
  if (tag === "textarea" || tag === "select" || target?.isContentEditable) return null;
  if (tag === "input" && TEXT_INPUTS.has((target?.type ?? "text").toLowerCase())) return null;
  const key = event.key.toLowerCase();
  return key in SHORTCUTS ? SHORTCUTS[key as keyof typeof SHORTCUTS] : null;
}

/** The next index when moving through a list of `length` items (stays within it). */
export function move(current: number, by: number, length: number): number {
  if (length === 0) return -1;
  return Math.min(length - 1, Math.max(0, current + by));
}
