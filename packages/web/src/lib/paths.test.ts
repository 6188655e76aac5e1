import { describe, expect, it } from "vitest";
import type { Me } from "../api/types.js";
import { isReservedSlug, safeReturnTo, signInDestination } from "./paths.js";

describe("paths", () => {
  it("recognises reserved first segments", () => {
    for (const s of ["api", "dev", "sign-in", "assets", "docs", "API"]) {
      expect(isReservedSlug(s)).toBe(true);
    }
    expect(isReservedSlug("keski-suomi-demo")).toBe(false);
  });

  it("accepts only local return paths", () => {
    expect(safeReturnTo("/keski-suomi-demo/staff/users?x=1")).toBe(
      "/keski-suomi-demo/staff/users?x=1",
    );
    expect(safeReturnTo("//evil.example/")).toBeNull();
    expect(safeReturnTo("/\\evil.example")).toBeNull();
    expect(safeReturnTo("https://evil.example/")).toBeNull();
    expect(safeReturnTo("/api/me")).toBeNull();
    expect(safeReturnTo("")).toBeNull();
    expect(safeReturnTo(null)).toBeNull();
  });
});

describe("signInDestination", () => {
  const me = (returnTo: string | null, slugs: string[]): Me => ({
    user: { id: "u1", email: "a@b.fi", displayName: null },
    memberships: slugs.map((slug) => ({
      org: { slug, name: { fi: slug } },
      roles: ["viewer"],
      displayName: slug,
    })),
    csrfToken: "x",
    returnTo,
  });

  it("prefers the link's return path, then the page's, then the first staff area", () => {
    expect(signInDestination(me("/a/staff/audit", ["a"]), "/b/staff")).toBe("/a/staff/audit");
    expect(signInDestination(me(null, ["a"]), "/b/staff")).toBe("/b/staff");
    expect(signInDestination(me(null, ["a", "b"]), null)).toBe("/a/staff");
    expect(signInDestination(me(null, []), null)).toBe("/");
  });

  it("ignores a return path that leaves the site", () => {
    expect(signInDestination(me("//evil.example", ["a"]), null)).toBe("/a/staff");
  });
});
