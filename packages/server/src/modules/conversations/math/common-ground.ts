import type { ConversationResults } from "./results.js";

/**
 * Common ground, as the results pages headline it: statements that at least `threshold` of
 * every opinion group agreed with (or disagreed with). Polis's own consensus list ranks
 * statements by the whole crowd's agreement, so a statement that one group rejects can top it
 * when the other groups are large; a county must not read "almost everyone agrees" there. With
 * fewer than two groups (early in a conversation) the rule falls back to all voters, and the
 * answer says so (`basis`).
 */

/** At least this share of every group (or of all voters) for a statement to be common ground. */
export const COMMON_GROUND_THRESHOLD = 0.6;
/** A group counts as having taken a position on a statement when this many of it have seen it. */
export const COMMON_GROUND_MIN_VOTERS = 3;
/** Most statements listed per direction. */
export const COMMON_GROUND_LIMIT = 10;

export interface CommonGroundItem {
  tid: number;
  /** Share of all who voted on the statement (agree, disagree or pass) who took this position. */
  share: number;
  /** How many took this position, of how many voters. */
  count: number;
  voters: number;
  /** The lowest share among the groups (equals `share` when the basis is all voters). */
  lowestGroupShare: number;
}

export interface CommonGround {
  threshold: number;
  /** "every_group": each opinion group met the threshold; "all_voters": no groups yet. */
  basis: "every_group" | "all_voters";
  agree: CommonGroundItem[];
  disagree: CommonGroundItem[];
}

type Direction = "agree" | "disagree";

export function commonGround(
  results: Pick<ConversationResults, "groups" | "statements">,
  options: {
    threshold?: number;
    minVoters?: number;
    limit?: number;
    /** Only these statements (e.g. the approved ones); all when absent. */
    among?: ReadonlySet<number>;
  } = {},
): CommonGround {
  const threshold = options.threshold ?? COMMON_GROUND_THRESHOLD;
  const minVoters = options.minVoters ?? COMMON_GROUND_MIN_VOTERS;
  const limit = options.limit ?? COMMON_GROUND_LIMIT;
  const groupIds = results.groups.map((g) => g.id);
  const basis = groupIds.length >= 2 ? "every_group" : "all_voters";

  const list = (direction: Direction): CommonGroundItem[] => {
    const items: CommonGroundItem[] = [];
    for (const s of results.statements) {
      if (options.among && !options.among.has(s.tid)) continue;
      const voters = s.agree + s.disagree + s.pass;
      if (voters < minVoters) continue;
      const count = s[direction];
      const share = count / voters;
      if (share < threshold) continue;
      let lowest = share;
      if (basis === "every_group") {
        let everyGroup = true;
        for (const id of groupIds) {
          const g = s.perGroup.find((p) => p.group === id);
          // A group that has not (yet) taken a position cannot be said to agree.
          if (!g || g.voters < minVoters || g[direction] / g.voters < threshold) {
            everyGroup = false;
            break;
          }
          lowest = Math.min(lowest, g[direction] / g.voters);
        }
        if (!everyGroup) continue;
      }
      items.push({ tid: s.tid, share, count, voters, lowestGroupShare: lowest });
    }
    return items
      .sort(
        (a, b) => b.lowestGroupShare - a.lowestGroupShare || b.voters - a.voters || a.tid - b.tid,
      )
      .slice(0, limit);
  };
  return { threshold, basis, agree: list("agree"), disagree: list("disagree") };
}
