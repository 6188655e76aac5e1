import { describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/problem.js";
import {
  fitScales,
  GROUP_STYLES,
  groupLabel,
  placeLabel,
  shapePath,
  statementProblem,
  VOTE_RETRIES,
  voteProblem,
  voteRetryDelayMs,
} from "./lib.js";

const problem = (status: number, detail: string, code = "x") =>
  new ApiError(toProblem(status, { status, detail, code }));

describe("conversation helpers", () => {
  it("names groups with letters and gives each of six groups its own shape", () => {
    expect([0, 1, 2, 25].map(groupLabel)).toEqual(["A", "B", "C", "Z"]);
    expect(new Set(GROUP_STYLES.map((s) => s.shape)).size).toBe(GROUP_STYLES.length);
    for (const s of GROUP_STYLES) expect(shapePath(s.shape, 5)).toMatch(/^M.*Z$/);
  });

  it("tells the kinds of vote refusals apart", () => {
    expect(
      voteProblem(
        problem(
          409,
          "The conversation has closed: it can be read but no longer changed.",
          "conversation.closed",
        ),
      ),
    ).toBe("closed");
    expect(
      voteProblem(problem(409, "The conversation has not opened yet.", "conversation.upcoming")),
    ).toBe("upcoming");
    expect(voteProblem(problem(409, "Statement 3 has been removed by the moderators."))).toBe(
      "removed",
    );
    expect(voteProblem(problem(404, "There is no statement 99 to vote on."))).toBe(
      "unknown_statement",
    );
    expect(voteProblem(problem(429, "Too many votes"))).toBe("rate_limited");
    expect(voteProblem(problem(503, "Kuulo is very busy", "unavailable"))).toBe("busy");
    expect(voteProblem(problem(400, "xid", "resident.xid_invalid"))).toBe("embed_id");
    expect(voteProblem(problem(400, "xid", "resident.xid_expired"))).toBe("embed_id");
    expect(statementProblem(problem(400, "xid", "resident.xid_expired"))).toBe("embed_id");
    expect(statementProblem(problem(429, "queue", "statement.queue_full"))).toBe("queue_full");
    expect(statementProblem(problem(429, "Too many", "rate_limited"))).toBe("rate_limited");
    expect(voteProblem(new Error("x"))).toBe("other");
  });

  it("tells duplicate, near-duplicate, closed and refused statements apart", () => {
    expect(
      statementProblem(
        problem(409, "The same statement is already in the conversation.", "statement.duplicate"),
      ),
    ).toBe("duplicate");
    expect(
      statementProblem(
        problem(
          409,
          "A very similar statement is already in the conversation: vote on it instead.",
          "statement.near_duplicate",
        ),
      ),
    ).toBe("near_duplicate");
    // A statement still waiting for moderation cannot be voted on: the page must not say so.
    expect(
      statementProblem(problem(409, "You have already written…", "statement.yours_pending")),
    ).toBe("yours_pending");
    expect(statementProblem(problem(409, "Already waiting…", "statement.pending_duplicate"))).toBe(
      "pending_duplicate",
    );
    expect(
      statementProblem(
        problem(
          409,
          "This conversation does not take statements from participants.",
          "statement.not_allowed",
        ),
      ),
    ).toBe("not_allowed");
    expect(
      statementProblem(
        problem(409, "The conversation is not open for new statements.", "conversation.closed"),
      ),
    ).toBe("closed");
    expect(statementProblem(problem(400, "The statement is empty."))).toBe("invalid");
  });

  it("fits points into the plot with equal units on both axes and y upwards", () => {
    const points = [
      { x: -2, y: 0 },
      { x: 2, y: 1 },
    ];
    const { x, y } = fitScales(points, { width: 400, height: 300, padding: 20 });
    expect(x(-2)).toBeCloseTo(20);
    expect(x(2)).toBeCloseTo(380);
    // One unit is as long on both axes, and larger y is higher (smaller pixel y).
    expect(x(1) - x(0)).toBeCloseTo(y(0) - y(1));
    expect(y(1)).toBeLessThan(y(0));
    for (const p of points) {
      expect(y(p.y)).toBeGreaterThanOrEqual(20);
      expect(y(p.y)).toBeLessThanOrEqual(280);
    }
  });

  it("retries a busy server's refusal after its Retry-After, spread, and a lost connection after 1, 2, 4 s; nothing else", () => {
    const busy = (seconds?: number) =>
      new ApiError(toProblem(503, { status: 503, code: "unavailable" }), {
        retryAfterSeconds: seconds,
      });
    expect(voteRetryDelayMs("busy", busy(1), 0, () => 0)).toBe(1000);
    expect(voteRetryDelayMs("busy", busy(1), 0, () => 0.999)).toBe(1999);
    expect(voteRetryDelayMs("busy", busy(3), 1, () => 0.5)).toBe(4500);
    // No Retry-After: one second; a very long one is not waited for on the page.
    expect(voteRetryDelayMs("busy", busy(), 0, () => 0)).toBe(1000);
    expect(voteRetryDelayMs("busy", busy(120), 0, () => 0)).toBeNull();
    expect([0, 1, 2].map((a) => voteRetryDelayMs("network", new Error("x"), a))).toEqual([
      1000, 2000, 4000,
    ]);
    expect(voteRetryDelayMs("busy", busy(1), VOTE_RETRIES, () => 0)).toBeNull();
    for (const kind of ["rate_limited", "closed", "removed", "other"] as const) {
      expect(voteRetryDelayMs(kind, busy(1), 0, () => 0)).toBeNull();
    }
  });

  it("puts the 'you are here' label where it covers no group marker and stays inside the map", () => {
    const bounds = { width: 400, height: 300 };
    const base = { text: "Sinä olet tässä", fontSize: 17, gap: 16, bounds };
    const covers = (
      box: { left: number; top: number; right: number; bottom: number },
      o: { x: number; y: number; r: number },
    ) =>
      Math.hypot(
        o.x - Math.max(box.left, Math.min(o.x, box.right)),
        o.y - Math.max(box.top, Math.min(o.y, box.bottom)),
      ) < o.r;
    // Free space: the first choice, up and to the right.
    const free = placeLabel({ ...base, at: { x: 100, y: 150 }, avoid: [] });
    expect(free.anchor).toBe("start");
    expect(free.y).toBeLessThan(150);
    // A group's letter just up and to the right: the label moves elsewhere.
    const marker = { x: 160, y: 130, r: 18 };
    const moved = placeLabel({ ...base, at: { x: 100, y: 150 }, avoid: [marker] });
    expect(covers(moved.box, marker)).toBe(false);
    // At the right edge and top: inside the map.
    const corner = placeLabel({ ...base, at: { x: 390, y: 8 }, avoid: [] });
    expect(corner.box.right).toBeLessThanOrEqual(400);
    expect(corner.box.top).toBeGreaterThanOrEqual(0);
    // Letters above on both sides: the label goes below the point, clear of both.
    const above = [
      { x: 240, y: 125, r: 18 },
      { x: 160, y: 125, r: 18 },
    ];
    const below = placeLabel({ ...base, at: { x: 200, y: 150 }, avoid: above });
    expect(below.y).toBeGreaterThan(150);
    for (const o of above) expect(covers(below.box, o)).toBe(false);
  });
});
