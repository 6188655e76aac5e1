import { sql } from "drizzle-orm";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { rowsOf } from "../../db/client.js";
import type { StaffClient, TestApp } from "../../test-app.js";
import { recomputeConversation } from "./math/math.js";
import { runMathJob } from "./math/math-thread.js";

/** A resident as a test client: keeps the resident cookie like a browser does. */
export interface ResidentClient {
  cookie: string | undefined;
  request: (options: InjectOptions) => Promise<LightMyRequestResponse>;
  vote: (
    publicId: string,
    tid: number,
    vote: "agree" | "disagree" | "pass",
    extra?: Record<string, unknown>,
  ) => Promise<LightMyRequestResponse>;
}

export function resident(t: TestApp): ResidentClient {
  const client: ResidentClient = {
    cookie: undefined,
    request: async (options) => {
      const response = await t.app.inject({
        ...options,
        headers: {
          ...(options.headers ?? {}),
          ...(client.cookie ? { cookie: client.cookie } : {}),
        },
      });
      const set = response.headers["set-cookie"];
      const first = Array.isArray(set) ? set[0] : set;
      if (first?.startsWith("kuulo_resident=")) client.cookie = first.split(";")[0];
      return response;
    },
    vote: (publicId, tid, vote, extra = {}) =>
      client.request({
        method: "POST",
        url: `/api/p/c/${publicId}/votes`,
        payload: { tid, vote, ...extra },
      }),
  };
  return client;
}

export async function createTestConversation(
  admin: StaffClient,
  slug: string,
  body: Record<string, unknown> = {},
): Promise<{ id: string; publicId: string; links: { segmentKey: string | null; url: string }[] }> {
  const response = await admin.request({
    method: "POST",
    url: `/api/orgs/${slug}/conversations`,
    payload: {
      title: { fi: "Testikeskustelu" },
      seedStatements: ["Ensimmäinen väite", "Toinen väite on tässä", "Kolmas väite aivan muusta"],
      segments: [
        { key: "asukkaat", name: { fi: "Asukkaat" } },
        { key: "henkilosto", name: { fi: "Henkilöstö" } },
      ],
      ...body,
    },
  });
  if (response.statusCode !== 201)
    throw new Error(`create conversation: ${response.statusCode} ${response.body}`);
  return response.json();
}

/**
 * Waits until every committed vote of the conversation is one the math may take: the math reads
 * only events of transactions older than every running one, and on a shared PostgreSQL server
 * other tests' write transactions hold that horizon back while they run.
 */
export async function untilVotesVisibleToMath(t: TestApp, conversationId: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 20) {
    const [row] = rowsOf<{ behind: boolean }>(
      await t.database.db.execute(sql`
        select exists (select 1 from vote_events where conversation_id = ${conversationId}
          and tx_id >= pg_snapshot_xmin(pg_current_snapshot())) as behind`),
    );
    if (!row!.behind) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error("votes stayed behind the math's horizon for 60 s (a long write transaction?)");
}

/** Runs the math for a conversation inline (the server does it in a worker thread). */
export async function recompute(t: TestApp, conversationId: string) {
  await untilVotesVisibleToMath(t, conversationId);
  return recomputeConversation(t.database.db, {
    conversationId,
    runner: { run: async (job) => runMathJob(job) },
  });
}
