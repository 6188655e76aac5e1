import { describe, expect, it } from "vitest";
import { ApiError, normalizePath, retryAfterSeconds, toProblem } from "./problem.js";

describe("problem+json", () => {
  it("normalises field paths from several notations", () => {
    expect(normalizePath("/name/fi")).toBe("name.fi");
    expect(normalizePath(["name", "fi"])).toBe("name.fi");
    expect(normalizePath("body.oidc.issuer")).toBe("oidc.issuer");
    expect(normalizePath("roles[0]")).toBe("roles.0");
    expect(normalizePath("email")).toBe("email");
  });

  it("reads a Kuulo problem with field errors", () => {
    const p = toProblem(400, {
      type: "https://kuulo.example/problems/validation",
      title: "Invalid request",
      status: 400,
      detail: "themeColor: must be #rrggbb",
      code: "validation.failed",
      errors: [{ path: "/themeColor", message: "must be #rrggbb" }],
    });
    const err = new ApiError(p);
    expect(err.code).toBe("validation.failed");
    expect(err.status).toBe(400);
    expect(err.message).toBe("themeColor: must be #rrggbb");
    expect(err.fieldErrors).toEqual({ themeColor: "must be #rrggbb" });
    // A server without field codes: each field error is "invalid".
    expect(p.errors).toEqual([
      { path: "themeColor", message: "must be #rrggbb", code: "invalid", params: {} },
    ]);
  });

  it("reads each field error's stable code and the values its text needs", () => {
    const p = toProblem(400, {
      code: "validation.failed",
      status: 400,
      errors: [
        { path: "body.name.fi", message: "x", code: "too_long", params: { max: 200 } },
        {
          path: "body.files.votes",
          message: "y",
          code: "invalid_file",
          params: { line: 3, bad: {} },
        },
      ],
    });
    expect(p.errors).toEqual([
      { path: "name.fi", message: "x", code: "too_long", params: { max: 200 } },
      { path: "files.votes", message: "y", code: "invalid_file", params: { line: 3 } },
    ]);
  });

  it("derives a code from the status when the body is not a problem", () => {
    const p = toProblem(429, "<html>Too many</html>", "Too Many Requests");
    expect(p.code).toBe("rate_limited");
    expect(p.title).toBe("Too Many Requests");
    expect(p.errors).toEqual([]);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(retryAfterSeconds("1")).toBe(1);
    expect(retryAfterSeconds(" 120 ")).toBe(120);
    const now = Date.parse("2026-12-03T12:00:00Z");
    expect(retryAfterSeconds("Thu, 03 Dec 2026 12:00:05 GMT", now)).toBe(5);
    expect(retryAfterSeconds("Thu, 03 Dec 2026 11:00:00 GMT", now)).toBe(0);
    expect(retryAfterSeconds(null)).toBeUndefined();
    expect(retryAfterSeconds("soon")).toBeUndefined();
  });
});
