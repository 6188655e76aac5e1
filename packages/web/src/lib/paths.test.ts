import { describe, expect, it } from "vitest";
import type { SignedIn } from "../api/types.js";
import { isReservedSlug, signInDestination } from "./paths.js";

describe("paths", () => {
  it("recognises reserved first segments", () => {
    for (const s of ["api", "dev", "sign-in", "assets", "docs", "API"]) {
      expect(isReservedSlug(s)).toBe(true);
    }
    expect(isReservedSlug("keski-suomi-demo")).toBe(false);
  });
});

describe("signInDestination", () => {
  const me = (returnTo: string | null, slugs: string[]): SignedIn => ({
    user: { id: "u1", email: "a@b.fi", displayName: "A" },
    memberships: slugs.map((slug) => ({
      org: { slug, name: { fi: slug, sv: slug, en: slug } },
      roles: ["viewer"],
      permissions: [],
      displayName: slug,
    })),
    csrfToken: "x",
    returnTo,
  });

  it("prefers the link's return path, then the page's, then the first staff area", () => {
    expect(signInDestination(me("/a/staff/audit", ["a"]), "/b/staff")).toBe("/a/staff/audit");
    expect(signInDestination(me(null, ["a"]), "/b/staff")).toBe("/b/staff");
    expect(signInDestination(me(null, ["a", "b"]), undefined)).toBe("/a/staff");
    expect(signInDestination(me(null, []), undefined)).toBe("/");
  });

  it("ignores a return path that leaves the site", () => {
    expect(signInDestination(me("//evil.example", ["a"]), undefined)).toBe("/a/staff");
    expect(signInDestination(me("/\t/evil.example", ["a"]), undefined)).toBe("/a/staff");
    expect(signInDestination(me(null, ["a"]), "/\t/evil.example")).toBe("/a/staff");
    expect(signInDestination(me("/a%0A/staff", ["a"]), "/..//evil.example")).toBe("/a/staff");
  });
});
