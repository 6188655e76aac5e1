import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createFrontDoor, createOverloadGuard, eventLoopLag } from "./overload.js";

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("event-loop lag", () => {
  it("is seen during a long tick, not only after it", async () => {
    const lag = eventLoopLag({ intervalMs: 10 });
    try {
      await tick(30);
      const guard = createOverloadGuard({ lag, thresholdMs: 50 });
      // Blocking the loop for 120 ms: the timer is overdue while the tick still runs.
      const started = performance.now();
      while (performance.now() - started < 120) {
        // busy
      }
      expect(lag.lagMs()).toBeGreaterThanOrEqual(100);
      expect(guard.shedding()).toBe(true);
      // Once the loop runs again, the latest sample reflects how late it runs now.
      await tick(5);
      await tick(40);
      expect(lag.lagMs()).toBeLessThan(120);
    } finally {
      lag.stop();
    }
  });
});

describe("the front door", () => {
  it("takes in at most maxInProcess guarded requests at once and refuses the next at once", async () => {
    const door = createFrontDoor({ shedding: () => false, maxInProcess: 2 });
    door.guard({ method: "POST", url: "/api/p/c/:publicId/votes" });
    const held: ServerResponse[] = [];
    const server = createServer((request, response) => {
      if (door.refuse(request, response)) return;
      if (request.method === "POST") held.push(response);
      else response.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const vote = () => fetch(`${base}/api/p/c/abcd/votes`, { method: "POST", body: "{}" });
    try {
      const [first, second] = [vote(), vote()];
      while (held.length < 2) await tick(5);
      expect(door.inProcess()).toBe(2);
      const refused = await vote();
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(((await refused.json()) as { code: string }).code).toBe("unavailable");
      // Other requests are not counted and not refused.
      expect((await fetch(`${base}/api/p/c/abcd`)).status).toBe(200);
      // Once one is answered, the next is taken in.
      held.shift()?.end("{}");
      await first;
      while (door.inProcess() > 1) await tick(5);
      const third = vote();
      while (held.length < 2) await tick(5);
      for (const response of held.splice(0)) response.end("{}");
      expect((await third).status).toBe(200);
      expect((await second).status).toBe(200);
      expect(door.refused()).toBe(1);
      while (door.inProcess() > 0) await tick(5);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
