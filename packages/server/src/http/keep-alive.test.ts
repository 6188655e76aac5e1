import { Agent, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";

/**
 * Idle keep-alive connections outlive Node's own 5 s limit: a client (a browser, a proxy) that
 * sends its next request on a connection idle for longer must not meet a connection the server
 * has just closed (ECONNRESET).
 */
describe("keep-alive connections", () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    base = await t.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => t.close());

  function get(agent: Agent): Promise<{ status: number; reused: boolean }> {
    return new Promise((resolve, reject) => {
      const req = request(`${base}/api/health`, { agent }, (response) => {
        response.resume();
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, reused: req.reusedSocket }),
        );
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("answers on the same connection after 6 s of idleness", async () => {
    expect((t.app.server.address() as AddressInfo).port).toBeGreaterThan(0);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await get(agent)).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6000));
      expect(await get(agent)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 30_000);
});
