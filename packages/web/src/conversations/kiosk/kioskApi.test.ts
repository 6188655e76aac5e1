import { afterEach, describe, expect, it, vi } from "vitest";
import { residentEndpoints } from "../api.js";

interface Call {
  url: string;
  init: RequestInit;
}

/** Replaces fetch with one answer for every call and records the calls. */
function fakeFetch(body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  });
  return calls;
}

/** A storage like the browser's, holding an earlier resident's key. */
function storageWith(token: string) {
  const items = new Map([["kuulo.residentToken", token]]);
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => items.set(key, value),
  });
  return items;
}

const header = (call: Call, name: string) =>
  (call.init.headers as Record<string, string> | undefined)?.[name];

afterEach(() => vi.unstubAllGlobals());

describe("residents' calls at a kiosk", () => {
  it("send the current person's key and the kiosk token, never the stored key, and store nothing", async () => {
    const stored = storageWith("earlier.resident");
    const calls = fakeFetch({ recorded: true, progress: { voted: 1, total: 3 } });
    const access = { kiosk: { token: "kiosk-token-123456789", resident: "person.two" } };
    await residentEndpoints.next("abcd1234", access);
    await residentEndpoints.vote("abcd1234", access, {
      tid: 0,
      vote: "agree",
      requestId: "r-1",
    });
    expect(calls.map((c) => header(c, "x-kuulo-resident"))).toEqual(["person.two", "person.two"]);
    expect(JSON.parse(String(calls[1]!.init.body))).toMatchObject({
      kiosk: "kiosk-token-123456789",
    });
    expect(stored.get("kuulo.residentToken")).toBe("earlier.resident");
  });

  it("outside a kiosk: the stored key, no kiosk field, and the embed flag in an embed", async () => {
    storageWith("earlier.resident");
    const calls = fakeFetch({ recorded: true, progress: { voted: 1, total: 3 } });
    await residentEndpoints.vote(
      "abcd1234",
      { embed: true },
      { tid: 0, vote: "pass", requestId: "r-2" },
    );
    expect(header(calls[0]!, "x-kuulo-resident")).toBe("earlier.resident");
    const body = JSON.parse(String(calls[0]!.init.body));
    expect(body.kiosk).toBeUndefined();
    expect(body.embed).toBe(true);
  });
});
