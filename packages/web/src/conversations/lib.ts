import { scaleLinear } from "d3-scale";
import { ApiError } from "../api/problem.js";
import { localeFor, pickStatement, type ShownText, type StatementTexts } from "../lib/language.js";

/** Opinion groups are named with letters: 0 → "A", 1 → "B", … */
export function groupLabel(id: number): string {
  return id >= 0 && id < 26 ? String.fromCharCode(65 + id) : String(id + 1);
}

export type Shape = "circle" | "square" | "triangle" | "diamond" | "cross" | "star";

/**
 * A colour and a shape per group: colours have at least 4.5:1 contrast on white, and the
 * shape (and the letter) carry the same meaning for those who do not see the colour.
 */
export const GROUP_STYLES: readonly { color: string; shape: Shape }[] = [
  { color: "#1f5fa8", shape: "circle" },
  { color: "#a94700", shape: "square" },
  { color: "#2b6e2f", shape: "triangle" },
  { color: "#7a2a9a", shape: "diamond" },
  { color: "#b0124f", shape: "cross" },
  { color: "#00616b", shape: "star" },
];

export function groupStyle(id: number): { color: string; shape: Shape } {
  return GROUP_STYLES[((id % GROUP_STYLES.length) + GROUP_STYLES.length) % GROUP_STYLES.length]!;
}

/** SVG path of a marker shape centred at (0, 0) with radius r. */
export function shapePath(shape: Shape, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  switch (shape) {
    case "circle":
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case "square":
      return `M${f(-r)},${f(-r)}H${f(r)}V${f(r)}H${f(-r)}Z`;
    case "triangle":
      return `M0,${f(-r * 1.15)}L${f(r * 1.1)},${f(r * 0.8)}H${f(-r * 1.1)}Z`;
    case "diamond":
      return `M0,${f(-r * 1.3)}L${f(r * 1.3)},0L0,${f(r * 1.3)}L${f(-r * 1.3)},0Z`;
    case "cross": {
      const a = r * 0.4;
      return `M${f(-a)},${f(-r)}H${f(a)}V${f(-a)}H${f(r)}V${f(a)}H${f(a)}V${f(r)}H${f(-a)}V${f(a)}H${f(-r)}V${f(-a)}H${f(-a)}Z`;
    }
    case "star": {
      const points: string[] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        points.push(`${f(Math.cos(angle) * radius)},${f(Math.sin(angle) * radius)}`);
      }
      return `M${points.join("L")}Z`;
    }
  }
}

export interface PlotArea {
  width: number;
  height: number;
  padding: number;
}

/**
 * Scales that fit the points into the plot area, keeping one unit equally long on both axes
 * (the map's distances mean something) and y growing upwards.
 */
export function fitScales(points: readonly { x: number; y: number }[], area: PlotArea) {
  const xs = points.map((p) => p.x).filter(Number.isFinite);
  const ys = points.map((p) => p.y).filter(Number.isFinite);
  const minX = xs.length ? Math.min(...xs) : -1;
  const maxX = xs.length ? Math.max(...xs) : 1;
  const minY = ys.length ? Math.min(...ys) : -1;
  const maxY = ys.length ? Math.max(...ys) : 1;
  const spanX = Math.max(maxX - minX, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const innerW = area.width - 2 * area.padding;
  const innerH = area.height - 2 * area.padding;
  const unit = Math.min(innerW / spanX, innerH / spanY);
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const x = scaleLinear()
    .domain([cx - innerW / unit / 2, cx + innerW / unit / 2])
    .range([area.padding, area.width - area.padding]);
  const y = scaleLinear()
    .domain([cy - innerH / unit / 2, cy + innerH / unit / 2])
    .range([area.height - area.padding, area.padding]);
  return { x, y };
}

export function formatPercent(share: number, language: string): string {
  return new Intl.NumberFormat(localeFor(language), {
    style: "percent",
    maximumFractionDigits: 0,
  }).format(share);
}

export function formatNumber(value: number, language: string, digits = 0): string {
  return new Intl.NumberFormat(localeFor(language), {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(value);
}

/** What went wrong with a vote, for the message the resident sees. */
export type VoteProblem =
  | "closed"
  | "upcoming"
  | "removed"
  | "unknown_statement"
  | "rate_limited"
  | "busy"
  | "embed_id"
  | "network"
  | "other";

/** The embedding site's participant id was refused (unsigned, forged or expired). */
const embedIdRefused = (error: ApiError) =>
  error.status === 400 &&
  (error.problem.code === "resident.xid_invalid" || error.problem.code === "resident.xid_expired");

export function voteProblem(error: unknown): VoteProblem {
  if (!(error instanceof ApiError)) return "other";
  if (error.status === 0) return "network";
  if (error.status === 429) return "rate_limited";
  if (error.status === 503) return "busy";
  if (embedIdRefused(error)) return "embed_id";
  if (error.status === 404) return "unknown_statement";
  if (error.status === 409) {
    // Stable problem codes from the server (never its English wording).
    if (error.problem.code === "conversation.closed") return "closed";
    if (error.problem.code === "conversation.upcoming") return "upcoming";
    return "removed";
  }
  return "other";
}

/** Automatic retries of one vote that a busy server refused (503) or that the network lost. */
export const VOTE_RETRIES = 3;

/**
 * How long to wait before retrying a vote automatically, or null when it is not retried by
 * itself (the resident decides). A busy server's `Retry-After` is honoured, spread by up to
 * as much again so that residents refused at the same moment do not all come back together;
 * a lost connection is retried after 1, 2, 4 s. The same requestId is sent again, so a vote
 * that did land the first time is stored once.
 */
export function voteRetryDelayMs(
  problem: VoteProblem,
  error: unknown,
  attempt: number,
  random: () => number = Math.random,
): number | null {
  if (attempt >= VOTE_RETRIES) return null;
  if (problem === "busy") {
    const seconds = error instanceof ApiError ? (error.retryAfterSeconds ?? 1) : 1;
    // A server asking for more than half a minute is not waited for on the page.
    if (seconds > 30) return null;
    return Math.round(Math.max(0.5, seconds) * 1000 * (1 + random()));
  }
  if (problem === "network") return 1000 * 2 ** attempt;
  return null;
}

/** What went wrong with a written statement. */
export type StatementProblem =
  | "duplicate"
  | "near_duplicate"
  | "yours_pending"
  | "pending_duplicate"
  | "closed"
  | "not_allowed"
  | "invalid"
  | "rate_limited"
  | "queue_full"
  | "embed_id"
  | "network"
  | "other";

export function statementProblem(error: unknown): StatementProblem {
  if (!(error instanceof ApiError)) return "other";
  if (error.status === 0) return "network";
  if (error.problem.code === "statement.queue_full") return "queue_full";
  if (error.status === 429) return "rate_limited";
  if (embedIdRefused(error)) return "embed_id";
  if (error.status === 400) return "invalid";
  if (error.status === 409) {
    if (error.problem.code === "statement.near_duplicate") return "near_duplicate";
    if (error.problem.code === "statement.duplicate") return "duplicate";
    if (error.problem.code === "statement.yours_pending") return "yours_pending";
    if (error.problem.code === "statement.pending_duplicate") return "pending_duplicate";
    if (error.problem.code === "statement.not_allowed") return "not_allowed";
    return "closed";
  }
  return "other";
}

/** A fresh id for one vote; a retry of the same vote reuses it, so it is stored once. */
export function newRequestId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** Statement texts by tid, for looking up the text of a result row. */
export function textsByTid(
  list: readonly ({ tid: number } & StatementTexts)[],
  page: string,
): Map<number, ShownText> {
  return new Map(list.map((s) => [s.tid, pickStatement(s, page)]));
}

/** A text label's box: its anchor point as SVG `<text>` takes it, and its extent. */
export interface LabelPlacement {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  box: { left: number; top: number; right: number; bottom: number };
}

/**
 * Where to put a label beside a point (e.g. "you are here") so that it covers none of the
 * circles given (the groups' markers) and stays inside the chart: the first of eight places
 * around the point that is free, else the one that overlaps least. Width is estimated from the
 * text (0.6 em per character), which is enough to keep clear of the markers.
 */
export function placeLabel(options: {
  at: { x: number; y: number };
  text: string;
  fontSize: number;
  /** Clearance from the point (its own marker's radius and some). */
  gap: number;
  avoid: readonly { x: number; y: number; r: number }[];
  bounds: { width: number; height: number };
}): LabelPlacement {
  const { at, fontSize, gap } = options;
  const w = options.text.length * fontSize * 0.6;
  const h = fontSize;
  const candidates: { dx: number; dy: number; anchor: LabelPlacement["anchor"] }[] = [
    { dx: gap, dy: -gap, anchor: "start" },
    { dx: -gap, dy: -gap, anchor: "end" },
    { dx: gap, dy: gap + h, anchor: "start" },
    { dx: -gap, dy: gap + h, anchor: "end" },
    { dx: 0, dy: -gap - 4, anchor: "middle" },
    { dx: 0, dy: gap + h + 4, anchor: "middle" },
    { dx: gap + 4, dy: h / 3, anchor: "start" },
    { dx: -gap - 4, dy: h / 3, anchor: "end" },
  ];
  const boxOf = (c: (typeof candidates)[number]) => {
    const x = at.x + c.dx;
    const baseline = at.y + c.dy;
    const left = c.anchor === "start" ? x : c.anchor === "end" ? x - w : x - w / 2;
    return { left, right: left + w, top: baseline - h * 0.8, bottom: baseline + h * 0.2 };
  };
  /** How much a box covers of the circles and how far it sticks out of the chart. */
  const cost = (box: LabelPlacement["box"]) => {
    let c = 0;
    for (const o of options.avoid) {
      const nx = Math.max(box.left, Math.min(o.x, box.right));
      const ny = Math.max(box.top, Math.min(o.y, box.bottom));
      const d = Math.hypot(o.x - nx, o.y - ny);
      if (d < o.r) c += o.r - d;
    }
    c += Math.max(0, -box.left) + Math.max(0, box.right - options.bounds.width);
    c += Math.max(0, -box.top) + Math.max(0, box.bottom - options.bounds.height);
    return c;
  };
  let best: LabelPlacement | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    const box = boxOf(c);
    const k = cost(box);
    if (k < bestCost) {
      best = { x: at.x + c.dx, y: at.y + c.dy, anchor: c.anchor, box };
      bestCost = k;
      if (k === 0) break;
    }
  }
  return best!;
}
