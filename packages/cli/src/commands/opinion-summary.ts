// The readable summary that `kuulo opinion analyze` prints by default (`--format summary`):
// counts, opinion groups with their sizes and most representative statements, and consensus.
import { readCsv } from "@kuulo/csv";
import type { OpinionResult, SegmentComparison, VoteMatrix } from "@kuulo/opinion";

const TOP = 3;
const WIDTH = 90;

const percent = new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat("en");
const plural = new Intl.PluralRules("en");

function counted(n: number, one: string, other: string): string {
  return `${integer.format(n)} ${plural.select(n) === "one" ? one : other}`;
}

/** Statement texts from comments.csv (`comment-id`, `comment-body`), when the file has them. */
export function statementTexts(commentsCsv: string | undefined): Map<number, string> {
  const texts = new Map<number, string>();
  if (commentsCsv === undefined) return texts;
  const table = readCsv(commentsCsv, { shortRows: "pad" });
  const id = table.header.indexOf("comment-id");
  const body = table.header.indexOf("comment-body");
  if (id < 0 || body < 0) return texts;
  for (const row of table.rows) texts.set(Number(row.fields[id]), row.fields[body]!);
  return texts;
}

function quote(texts: Map<number, string>, statement: number): string {
  const text = texts.get(statement)?.replace(/\s+/g, " ").trim();
  if (!text) return `#${statement}`;
  return `#${statement} “${text.length > WIDTH ? `${text.slice(0, WIDTH - 1)}…` : text}”`;
}

/**
 * Per statement and group: how many of the group's members voted on it, and how many voted
 * `direction`. (In the matrix agree is negative, as in Polis.)
 */
function groupShares(
  matrix: VoteMatrix,
  group: Int32Array,
  statements: readonly number[],
): Map<number, Map<number, { agree: number; disagree: number; voters: number }>> {
  const wanted = new Map<number, number>();
  for (const tid of statements) {
    const c = matrix.colLookup.get(tid);
    if (c !== undefined) wanted.set(c, tid);
  }
  const out = new Map<number, Map<number, { agree: number; disagree: number; voters: number }>>();
  for (let r = 0; r < matrix.rowIds.length; r++) {
    const g = group[r]!;
    if (g < 0) continue;
    for (let k = matrix.rowPtr[r]!; k < matrix.rowPtr[r + 1]!; k++) {
      const tid = wanted.get(matrix.colIdx[k]!);
      if (tid === undefined) continue;
      const byGroup = out.get(tid) ?? new Map();
      out.set(tid, byGroup);
      const cell = byGroup.get(g) ?? { agree: 0, disagree: 0, voters: 0 };
      byGroup.set(g, cell);
      const v = matrix.values[k]!;
      cell.voters++;
      if (v < 0) cell.agree++;
      else if (v > 0) cell.disagree++;
    }
  }
  return out;
}

/** "A", "B", … as Polis names its groups. */
const groupName = (id: number) => String.fromCharCode(65 + id);

export function formatSummary(options: {
  name: string;
  result: OpinionResult;
  /** The votes, for each group's share on the consensus statements. */
  matrix: VoteMatrix;
  texts: Map<number, string>;
  segments?: SegmentComparison;
}): string {
  const { result, texts, name } = options;
  const { participants, statements } = result;
  const votes = participants.votes.reduce((sum, n) => sum + n, 0);
  const onMap = participants.inConv.reduce((sum, n) => sum + n, 0);
  const out = statements.moderatedOut.reduce((sum, n) => sum + n, 0);
  const lines = [
    `${name}: ${counted(participants.ids.length, "participant", "participants")} who voted, ` +
      `${counted(statements.ids.length, "statement", "statements")}${out ? ` (${integer.format(out)} moderated out)` : ""}, ` +
      `${counted(votes, "vote", "votes")}.`,
    "",
    `Opinion groups: ${result.groups.length}. ${counted(onMap, "participant is", "participants are")} on the opinion map ` +
      "(those with enough votes); group sizes add up to them, not to all participants.",
  ];
  for (const group of result.groups) {
    lines.push(
      "",
      `Group ${groupName(group.id)}: ${counted(group.participants.length, "participant", "participants")}. Most representative:`,
    );
    const top = group.representative.slice(0, TOP);
    if (top.length === 0) lines.push("  (none)");
    for (const r of top) {
      const share = r.voters ? percent.format(r.count / r.voters) : "–";
      lines.push(
        `  ${share.padStart(4)} ${r.direction.padEnd(8)} (${integer.format(r.count)} of ${integer.format(r.voters)})  ${quote(texts, r.statement)}`,
      );
    }
  }
  lines.push("", "Consensus across the conversation (Polis's consensus statements):");
  const consensus = [
    ...result.consensus.agree.slice(0, TOP).map((c) => ({ ...c, direction: "agree" })),
    ...result.consensus.disagree.slice(0, TOP).map((c) => ({ ...c, direction: "disagree" })),
  ];
  if (consensus.length === 0) lines.push("  (none)");
  const byGroup = groupShares(
    options.matrix,
    participants.group,
    consensus.map((c) => c.statement),
  );
  for (const c of consensus) {
    const share = c.voters ? percent.format(c.count / c.voters) : "–";
    // Each group's own share the same way, so a statement that one group rejects shows it.
    const groups = [...(byGroup.get(c.statement) ?? new Map())]
      .sort(([a], [b]) => a - b)
      .map(([g, cell]) => {
        const n = c.direction === "agree" ? cell.agree : cell.disagree;
        return `${groupName(g)} ${cell.voters ? percent.format(n / cell.voters) : "–"}`;
      });
    lines.push(
      `  ${share.padStart(4)} ${c.direction.padEnd(8)} (${integer.format(c.count)} of ${integer.format(c.voters)}${groups.length ? `; by group ${groups.join(", ")}` : ""})  ${quote(texts, c.statement)}`,
    );
  }
  const segments = options.segments;
  if (segments) {
    lines.push(
      "",
      `Segments: ${segments.segments.map((s) => `${s.segment} (${counted(s.participants, "participant", "participants")})`).join(", ")}. ` +
        `${counted(segments.mostDifferent.length, "statement differs", "statements differ")} between them${segments.mostDifferent.length ? ", most:" : "."}`,
      ...segments.mostDifferent.slice(0, TOP).map((s) => `  ${quote(texts, s)}`),
    );
  }
  lines.push(
    "",
    "Shares are of the group's (or everyone's) voters on the statement. For all the numbers:",
    "--format json (Polis's math JSON) or --format kuulo (Kuulo's typed result).",
    "",
  );
  return lines.join("\n");
}
