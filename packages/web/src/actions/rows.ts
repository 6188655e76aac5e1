/**
 * The public table's rows: one row per measure with its recommendation, searched with Finnish
 * letters folded (ä→a, ö→o, å→a; only for matching, the text is shown as written), filtered by
 * status and unit, sorted and cut into pages. Pure, for the page and its tests.
 */

export interface MeasureRow {
  recommendationNumber: number;
  recommendation: string;
  number: string;
  text: string;
  schedule: string;
  status: string;
  unit: string;
  notes: string;
  updatedAt: string;
}

export interface RecommendationWithMeasures {
  number: number;
  text: string;
  measures: {
    number: string;
    text: string;
    schedule: string;
    status: string;
    unit: string;
    notes: string;
    updatedAt: string;
  }[];
}

export type SortKey = "number" | "status" | "unit" | "updatedAt";

export interface RowQuery {
  search: string;
  status: string;
  unit: string;
  sort: SortKey;
  descending: boolean;
  /** 10, 25, 50, or 0 for all. */
  pageSize: number;
  page: number;
}

/** Lower case with accents dropped: "Käynnissä" and "kaynnissa" match. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

export function measureRows(recommendations: RecommendationWithMeasures[]): MeasureRow[] {
  return recommendations.flatMap((r) =>
    r.measures.map((m) => ({
      recommendationNumber: r.number,
      recommendation: r.text,
      number: m.number,
      text: m.text,
      schedule: m.schedule,
      status: m.status,
      unit: m.unit,
      notes: m.notes,
      updatedAt: m.updatedAt,
    })),
  );
}

/** "1.10" after "1.9": measure numbers compared part by part. */
function compareNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The rows that match, sorted, and the page asked for; `total` counts every match. */
export function queryRows(
  rows: MeasureRow[],
  query: RowQuery,
  statusLabel: (key: string) => string,
): { rows: MeasureRow[]; total: number; pages: number } {
  const words = fold(query.search).split(" ").filter(Boolean);
  const matching = rows.filter((row) => {
    if (query.status && row.status !== query.status) return false;
    if (query.unit && row.unit !== query.unit) return false;
    if (words.length === 0) return true;
    const haystack = fold(
      [
        row.recommendation,
        row.number,
        row.text,
        row.schedule,
        statusLabel(row.status),
        row.unit,
        row.notes,
      ].join(" "),
    );
    return words.every((w) => haystack.includes(w));
  });
  const compare = (a: MeasureRow, b: MeasureRow): number => {
    switch (query.sort) {
      case "status":
        return (
          statusLabel(a.status).localeCompare(statusLabel(b.status), "fi") ||
          compareNumbers(a.number, b.number)
        );
      case "unit":
        return a.unit.localeCompare(b.unit, "fi") || compareNumbers(a.number, b.number);
      case "updatedAt":
        return a.updatedAt.localeCompare(b.updatedAt) || compareNumbers(a.number, b.number);
      default:
        return compareNumbers(a.number, b.number);
    }
  };
  const sorted = [...matching].sort((a, b) => (query.descending ? -compare(a, b) : compare(a, b)));
  const size = query.pageSize > 0 ? query.pageSize : Math.max(sorted.length, 1);
  const pages = Math.max(1, Math.ceil(sorted.length / size));
  const page = Math.min(Math.max(query.page, 1), pages);
  return { rows: sorted.slice((page - 1) * size, page * size), total: sorted.length, pages };
}
