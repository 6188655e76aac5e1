import { afterEach, describe, expect, it, vi } from "vitest";
import { api, call, fillPath, queryString, setCsrfToken } from "./client.js";
import { endpoints } from "./endpoints.js";
import { ApiError } from "./problem.js";
import { staffApi } from "./staff.js";

interface Call {
  url: string;
  init: RequestInit;
}

function json(status: number, body: unknown, type = "application/json"): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": type } });
}

/** Replaces fetch with a queue of answers and records the calls. */
function fakeFetch(answers: Response[]): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error(`unexpected request ${init.method} ${url}`);
    return next;
  });
  return calls;
}

const header = (call: Call, name: string) => (call.init.headers as Record<string, string>)[name];

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("api client", () => {
  it("fetches the CSRF token from /api/me before the first write and sends it", async () => {
    const calls = fakeFetch([
      json(200, { user: {}, memberships: [], csrfToken: "tok-1" }),
      json(200, { slug: "demo" }),
    ]);
    await staffApi.updateSettings("demo", { themeColor: "#000000" });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      "GET /api/me",
      "PATCH /api/orgs/demo/settings",
    ]);
    expect(header(calls[1]!, "x-csrf-token")).toBe("tok-1");
    expect(calls[1]!.init.credentials).toBe("same-origin");
    expect(header(calls[1]!, "content-type")).toBe("application/json");
    expect(JSON.parse(String(calls[1]!.init.body))).toEqual({ themeColor: "#000000" });
  });

  it("sends no token when signed out, and never on reads", async () => {
    const calls = fakeFetch([
      json(
        401,
        { code: "auth.required", status: 401, title: "Unauthorized" },
        "application/problem+json",
      ),
      json(202, { status: "sent" }),
      json(200, { organizations: [] }),
    ]);
    await endpoints.requestSignInLink({ email: "a@b.fi" });
    await endpoints.orgs();
    expect(header(calls[1]!, "x-csrf-token")).toBeUndefined();
    expect(header(calls[2]!, "x-csrf-token")).toBeUndefined();
    expect(calls[2]!.init.credentials).toBe("same-origin");
  });

  it("retries a write once with a fresh token after csrf.failed", async () => {
    setCsrfToken("stale");
    const calls = fakeFetch([
      json(
        403,
        { code: "csrf.failed", status: 403, title: "Forbidden" },
        "application/problem+json",
      ),
      json(200, { user: {}, memberships: [], csrfToken: "fresh" }),
      new Response(null, { status: 204 }),
    ]);
    await staffApi.removeStaff("demo", "u 1");
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      "DELETE /api/orgs/demo/staff/u%201",
      "GET /api/me",
      "DELETE /api/orgs/demo/staff/u%201",
    ]);
    expect(header(calls[0]!, "x-csrf-token")).toBe("stale");
    expect(header(calls[2]!, "x-csrf-token")).toBe("fresh");
  });

  it("turns problem+json into an ApiError with field errors", async () => {
    fakeFetch([
      json(
        400,
        {
          type: "https://kuulo.fi/problems/validation.failed",
          title: "The request is not valid",
          status: 400,
          code: "validation.failed",
          detail: "body.email: must be an email address",
          errors: [{ path: "body.email", message: "must be an email address" }],
        },
        "application/problem+json",
      ),
    ]);
    const error = await api("/api/orgs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("validation.failed");
    expect((error as ApiError).fieldErrors).toEqual({ email: "must be an email address" });
  });

  it("reports a network failure as code network", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await api("/api/orgs").catch((e: unknown) => e);
    expect((error as ApiError).code).toBe("network");
    expect((error as ApiError).status).toBe(0);
  });

  it("residents' writes send no CSRF token and fetch none, but their own headers", async () => {
    setCsrfToken("staff-token");
    const calls = fakeFetch([json(200, { recorded: true })]);
    await api("/api/p/c/abcd/votes", {
      method: "POST",
      json: { tid: 1 },
      csrf: false,
      headers: { "x-kuulo-resident": "key-1" },
    });
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(["POST /api/p/c/abcd/votes"]);
    expect(header(calls[0]!, "x-csrf-token")).toBeUndefined();
    expect(header(calls[0]!, "x-kuulo-resident")).toBe("key-1");
  });

  it("fills path parameters and the query of a typed call", async () => {
    setCsrfToken("tok");
    const calls = fakeFetch([json(200, { events: [], nextBefore: null })]);
    const page = await call("get", "/api/orgs/{slug}/audit", {
      params: { slug: "a/b" },
      query: { limit: 10, action: "org.settings.updated", before: undefined },
    });
    expect(page).toEqual({ events: [], nextBefore: null });
    expect(calls[0]!.url).toBe("/api/orgs/a%2Fb/audit?limit=10&action=org.settings.updated");
    expect(fillPath("/api/p/c/{publicId}/statements/{tid}", { publicId: "x y", tid: 3 })).toBe(
      "/api/p/c/x%20y/statements/3",
    );
    expect(() => fillPath("/api/orgs/{slug}", {})).toThrow(/slug/);
    expect(queryString({})).toBe("");
    expect(queryString({ t: "a&b", empty: "" })).toBe("?t=a%26b");
  });

  it("me() answers null when signed out", async () => {
    fakeFetch([json(401, { code: "auth.required", status: 401 }, "application/problem+json")]);
    expect(await endpoints.me()).toBeNull();
  });
});
