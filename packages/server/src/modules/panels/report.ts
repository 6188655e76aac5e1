import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { candidatesOf } from "./candidates.js";
import type { PanelQuota } from "./schema.js";
import { ALGORITHM_VERSION, RESERVES_PURPOSE, selectionsOf } from "./selection.js";
import { findPanel } from "./setup.js";

/**
 * The public selection report: everything anyone needs to check and reproduce the draw with
 * @kuulo/sortition alone, and nothing that identifies a person. `people` lists every candidate
 * of the draw by number with the quota features' values only; the lotteries name people by
 * those numbers.
 */
export interface SelectionReport {
  panel: { id: string; title: string; targetSize: number; reserves: number; status: string };
  seed: {
    announcement: string | null;
    knownAt: string | null;
    announcedAt: string | null;
    value: string | null;
  };
  method: {
    algorithm: string;
    version: string;
    draw: string | null;
    reservesPurpose: string;
    explanation: string;
  };
  quotas: PanelQuota[];
  people: { number: number; features: Record<string, string> }[];
  categories: {
    feature: string;
    value: string;
    min: number;
    max: number;
    candidates: number;
    expectedSeats: number;
    probability: number;
    seated: number;
  }[];
  lotteries: {
    kind: "draw" | "replacement";
    seed: string;
    at: string;
    seated: number[];
    reserves: number[];
    withdrawn: number[];
    replacements: number[];
    probabilities: number[];
  }[];
}

const EXPLANATION =
  "LEXIMIN (Flanigan et al. 2021) over the candidates with the quotas: the smallest selection probability is as large as it can be, then the next smallest, and so on. One panel is drawn from that lottery with the seed (pipage rounding); the reserves are the others shuffled with the seed. A replacement keeps the staying panelists, removes the leavers and fills the open seats with a new LEXIMIN lottery within the quotas, with the seed '<seed>/replacement-<n>'.";

/** The report of a drawn panel (404 before the seed is announced). */
export async function selectionReport(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<SelectionReport> {
  const panel = await findPanel(db, options);
  if (!panel.seedAnnouncement && panel.status === "draft")
    throw new AppError("not_found", "No such panel.");
  const selections = await selectionsOf(db, panel);
  const first = selections.find((s) => s.kind === "draw");
  const candidates = await candidatesOf(db, panel);
  const features = [...new Set(panel.quotas.map((q) => q.feature))];
  // The people of the draw: the candidates numbered before it (all, before a draw).
  const people = candidates.map((c) => ({
    number: c.number,
    features: Object.fromEntries(features.map((f) => [f, c.attributes[f] ?? ""])),
  }));
  const firstProbabilities = first?.probabilities ?? [];
  const probabilityOf = new Map(people.map((p, i) => [p.number, firstProbabilities[i] ?? 0]));
  const seatedNow = new Set(selections.at(-1)?.seated ?? []);
  const categories = panel.quotas.map((q) => {
    const having = people.filter((p) => p.features[q.feature] === q.value);
    const expected = having.reduce((s, p) => s + (probabilityOf.get(p.number) ?? 0), 0);
    return {
      feature: q.feature,
      value: q.value,
      min: q.min,
      max: q.max,
      candidates: having.length,
      expectedSeats: Math.round(expected * 1000) / 1000,
      probability: having.length ? Math.round((expected / having.length) * 10000) / 10000 : 0,
      seated: having.filter((p) => seatedNow.has(p.number)).length,
    };
  });
  return {
    panel: {
      id: panel.id,
      title: panel.title,
      targetSize: panel.targetSize,
      reserves: panel.reserves,
      status: panel.status,
    },
    seed: {
      announcement: panel.seedAnnouncement,
      knownAt: panel.seedKnownAt?.toISOString() ?? null,
      announcedAt: panel.seedAnnouncedAt?.toISOString() ?? null,
      value: first?.seed ?? null,
    },
    method: {
      algorithm: first?.algorithm ?? "leximin",
      version: first?.algorithmVersion ?? ALGORITHM_VERSION,
      draw: first?.method ?? null,
      reservesPurpose: RESERVES_PURPOSE,
      explanation: EXPLANATION,
    },
    quotas: panel.quotas,
    people: first ? people : [],
    categories: first ? categories : [],
    lotteries: selections.map((s) => ({
      kind: s.kind,
      seed: s.seed,
      at: s.createdAt.toISOString(),
      seated: s.seated,
      reserves: s.reserves,
      withdrawn: s.withdrawn,
      replacements: s.replacements,
      probabilities: s.probabilities,
    })),
  };
}
