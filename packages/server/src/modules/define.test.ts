import { describe, expect, it } from "vitest";
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import { defineModule, startModules } from "./define.js";

/** Just enough of a database for modules that only pass it along. */
const database = { db: {} } as unknown as Database;
const config = { mailWorker: true } as unknown as Config;
const setup = { config, database, live: false };

describe("startModules", () => {
  it("makes each module's services once, hands them to its routes and workers, and closes them last first", async () => {
    const log: string[] = [];
    const counter = defineModule<{ count: number }>({
      name: "counter",
      tables: {},
      auditActions: [],
      services: () => {
        log.push("start counter");
        return { count: 41 };
      },
      close: ({ count }) => {
        log.push(`close counter ${count}`);
      },
      routes: [(_app, ctx) => log.push(`routes see ${ctx.services.count + 1}`)],
      workers: [
        ({ services }) => ({ stop: async () => void log.push(`stop ${services.count}`) }),
        () => undefined,
      ],
    });
    const plain = defineModule({
      name: "plain",
      tables: {},
      auditActions: [],
      close: () => {
        log.push("close plain");
      },
    });
    const modules = await startModules([counter, plain], setup);
    expect(modules.services(counter).count).toBe(41);
    modules.registerRoutes({} as never, { config, database });
    const workers = modules.startWorkers({ config, database, log: {} as never });
    expect(workers).toHaveLength(1);
    for (const worker of workers) await worker.stop();
    await modules.close();
    expect(log).toEqual([
      "start counter",
      "routes see 42",
      "stop 41",
      "close plain",
      "close counter 41",
    ]);
  });

  it("collects the contributions of every module", async () => {
    const source = async () => [];
    const a = defineModule({
      name: "a",
      tables: {},
      auditActions: [],
      activitySources: [source],
      mailComposers: () => ({ first: async () => null }),
    });
    const b = defineModule({
      name: "b",
      tables: {},
      auditActions: [],
      mailComposers: () => ({ second: async () => null }),
      notReady: () => "b is reconnecting",
    });
    const modules = await startModules([a, b], setup);
    expect(modules.activitySources()).toEqual([source]);
    expect(Object.keys(modules.mailComposers(config)).sort()).toEqual(["first", "second"]);
    expect(modules.notReady()).toBe("b is reconnecting");
    expect(await modules.resolveSession("token")).toBeUndefined();
    // No module finds staff members: nobody is signed in, so a permission route answers 401.
    await expect(
      modules.resolveMember({} as never, "oma-kunta", "audit.read"),
    ).rejects.toMatchObject({ code: "auth.required", status: 401 });
  });

  it("refuses two modules that both find staff members", async () => {
    const finds = (name: string) =>
      defineModule({
        name,
        tables: {},
        auditActions: [],
        resolveMember: () => async () => {
          throw new Error("not called");
        },
      });
    await expect(startModules([finds("a"), finds("b")], setup)).rejects.toThrow(
      /find staff members/,
    );
  });

  it("refuses two modules that both resolve the session cookie, before making any services", async () => {
    let made = 0;
    const signsIn = (name: string) =>
      defineModule({
        name,
        tables: {},
        auditActions: [],
        services: () => {
          made++;
        },
        resolveSession: () => async () => undefined,
      });
    await expect(startModules([signsIn("a"), signsIn("b")], setup)).rejects.toThrow(
      /session cookie/,
    );
    expect(made).toBe(0);
  });

  it("closes what it made when a module's services fail to start", async () => {
    const closed: string[] = [];
    const first = defineModule({
      name: "first",
      tables: {},
      auditActions: [],
      close: () => {
        closed.push("first");
      },
    });
    const broken = defineModule({
      name: "broken",
      tables: {},
      auditActions: [],
      services: () => {
        throw new Error("no connection");
      },
    });
    await expect(startModules([first, broken], setup)).rejects.toThrow("no connection");
    expect(closed).toEqual(["first"]);
  });
});
