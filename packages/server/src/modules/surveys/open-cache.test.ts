import { describe, expect, it } from "vitest";
import type { OpenSurvey } from "./answering.js";
import { createOpenSurveyCache } from "./open-cache.js";

const survey = (n: number) => ({ version: { number: n } }) as unknown as OpenSurvey;

describe("the answering path's cache of published surveys", () => {
  it("shares one load between requests, and loads again after the TTL or clear()", async () => {
    const cache = createOpenSurveyCache({ ttlMs: 40 });
    let loads = 0;
    const load = async () => survey(++loads);
    const [a, b] = await Promise.all([cache.get("o", "s", load), cache.get("o", "s", load)]);
    expect(a).toBe(b);
    expect(loads).toBe(1);
    expect((await cache.get("o", "other", load)).version.number).toBe(2);
    await new Promise((r) => setTimeout(r, 60));
    expect((await cache.get("o", "s", load)).version.number).toBe(3);
    cache.clear();
    expect((await cache.get("o", "s", load)).version.number).toBe(4);
  });

  it("does not keep a failed load (a survey not found yet)", async () => {
    const cache = createOpenSurveyCache({ ttlMs: 10_000 });
    await expect(cache.get("o", "s", () => Promise.reject(new Error("404")))).rejects.toThrow();
    expect((await cache.get("o", "s", async () => survey(1))).version.number).toBe(1);
  });
});
