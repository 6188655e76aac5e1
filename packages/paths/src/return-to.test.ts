import { describe, expect, it } from "vitest";
import { safeReturnTo } from "./return-to.js";

describe("safeReturnTo", () => {
  it("keeps paths on this site as they are", () => {
    for (const path of [
      "/",
      "/keski-suomi-demo/staff",
      "/keski-suomi-demo/staff/users?x=1",
      "/keski-suomi-demo/staff/audit?action=staff.signed_in#top",
      "/a/b?next=%2Fc",
      "/p%C3%A4%C3%A4",
    ]) {
      expect(safeReturnTo(path), path).toBe(path);
    }
  });

  it("refuses other hosts, however they are written", () => {
    for (const value of [
      "https://evil.example/",
      "//evil.example/",
      "/\\evil.example",
      "\\\\evil.example",
      "evil.example",
      "javascript:alert(1)",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r\n/evil.example",
      " /evil",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/%5Cevil.example",
      "/%252F/evil.example",
      "/%09/evil.example",
      "/..//evil.example",
      "/%2e%2e//evil.example",
      "/./%2e/%2F/evil.example",
    ]) {
      expect(safeReturnTo(value), JSON.stringify(value)).toBeUndefined();
    }
  });

  it("refuses control, format and separator characters, raw or encoded", () => {
    for (const ch of [
      "\u0000",
      "\u001f",
      "\u007f",
      "\u0085",
      "\u009f",
      "\u00a0",
      "\u00ad",
      "\u200b",
      "\u200e",
      "\u202e",
      "\u2028",
      "\u2029",
      "\u2066",
      "\ufeff",
    ]) {
      expect(safeReturnTo(`/a${ch}b`), JSON.stringify(ch)).toBeUndefined();
      expect(safeReturnTo(`/a${encodeURIComponent(ch)}b`), JSON.stringify(ch)).toBeUndefined();
    }
    expect(safeReturnTo("/a%0Ab")).toBeUndefined();
    expect(safeReturnTo("/a%250Ab")).toBeUndefined();
  });

  it("refuses the API, malformed encodings, deep encodings, empty and overlong values", () => {
    for (const value of ["/api", "/api/me", "/API/auth/sign-out", "/%61pi/me", "/api?x=1"]) {
      expect(safeReturnTo(value), value).toBeUndefined();
    }
    expect(safeReturnTo("/apiary")).toBe("/apiary");
    expect(safeReturnTo("/a%E0%A4%A")).toBeUndefined();
    expect(safeReturnTo("/a%2525252Fb")).toBeUndefined();
    expect(safeReturnTo("")).toBeUndefined();
    expect(safeReturnTo(null)).toBeUndefined();
    expect(safeReturnTo(undefined)).toBeUndefined();
    expect(safeReturnTo(42)).toBeUndefined();
    expect(safeReturnTo(`/${"a".repeat(1000)}`)).toBeUndefined();
  });
});
