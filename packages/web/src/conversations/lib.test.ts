import { describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/problem.js";
import {
  fitScales,
  GROUP_STYLES,
  groupLabel,
  shapePath,
  statementProblem,
  voteProblem,
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
});
