import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database, Db } from "../../../db/client.js";
import { openTestDatabase } from "../../../db/testing.js";
import { createOrganization } from "../../organizations/service.js";
import { participants, statements, voteEvents } from "../schema.js";
import { type Conversation, createConversation } from "../service.js";
import { conversationInput } from "../validation.js";
import { participation } from "./participation-by-day.js";

/**
 * The staff's participation chart counts days in Finnish time (Europe/Helsinki: UTC+2, UTC+3 in
 * summer), on the embedded database and on PostgreSQL alike. 2026's summer time starts on
 * 29 March at 01:00 UTC and ends on 25 October at 01:00 UTC.
 */
describe("participation per day", () => {
  let database: Database;
  let db: Db;
  let conversation: Conversation;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    const org = await createOrganization(db, {
      slug: "paivat",
      name: { fi: "Päivät", sv: "", en: "" },
      languages: ["fi"],
      actor: { label: "test" },
    });
    conversation = await createConversation(db, {
      organizationId: org.id,
      input: conversationInput.parse({
        title: { fi: "Osallistuminen päivittäin" },
        seedStatements: ["Ensimmäinen väite", "Toinen väite tässä"],
      }),
      actor: { label: "test" },
    });
  });
  afterAll(() => database.close());

  const at = (iso: string) => new Date(iso);
  let pid = 0;
  let request = 0;

  async function participant(time: string) {
    pid++;
    await db.insert(participants).values({
      organizationId: conversation.organizationId,
      conversationId: conversation.id,
      pid,
      residentKeyHash: `asukas-${pid}`,
      createdAt: at(time),
    });
  }

  async function voteAt(...times: string[]) {
    await db.insert(voteEvents).values(
      times.map((time) => ({
        organizationId: conversation.organizationId,
        conversationId: conversation.id,
        pid: 1,
        tid: 0,
        vote: 1,
        requestId: `pyynto-${++request}`,
        createdAt: at(time),
      })),
    );
  }

  it("puts a vote at 23:30 UTC on 1 March on 2 March, and 21:59 UTC still on 1 March", async () => {
    await participant("2026-03-01T21:30:00Z"); // 23:30 in Helsinki: 1 March
    await participant("2026-03-01T22:30:00Z"); // 00:30: 2 March
    await voteAt("2026-03-01T21:59:59Z", "2026-03-01T23:30:00Z", "2026-03-02T21:59:59Z");
    // A resident's statement written at midnight Helsinki time; seed statements never count.
    await db
      .update(statements)
      .set({ isSeed: false, createdAt: at("2026-03-01T22:00:00Z") })
      .where(and(eq(statements.conversationId, conversation.id), eq(statements.tid, 1)));
    expect(await participation(db, { conversationId: conversation.id })).toEqual([
      {
        day: "2026-03-01",
        newParticipants: 1,
        votes: 1,
        statements: 0,
        participants: 1,
        totalVotes: 1,
        totalStatements: 0,
      },
      {
        day: "2026-03-02",
        newParticipants: 1,
        votes: 2,
        statements: 1,
        participants: 2,
        totalVotes: 3,
        totalStatements: 1,
      },
    ]);
  });

  it("follows summer time: midnight moves from 22:00 to 21:00 UTC and back", async () => {
    await voteAt(
      // Sat 28 March, winter time (UTC+2): the day ends at 22:00 UTC.
      "2026-03-28T21:59:59Z",
      "2026-03-28T22:00:00Z",
      // Sun 29 March has 23 hours; from 01:00 UTC on it is UTC+3, so it ends at 21:00 UTC.
      "2026-03-29T20:59:59Z",
      "2026-03-29T21:00:00Z",
      // Sat 24 October, summer time: the day ends at 21:00 UTC.
      "2026-10-24T20:59:59Z",
      "2026-10-24T21:00:00Z",
      // Sun 25 October has 25 hours and ends at 22:00 UTC.
      "2026-10-25T21:59:59Z",
      "2026-10-25T22:00:00Z",
    );
    const days = await participation(db, { conversationId: conversation.id });
    expect(days.slice(2).map((d) => [d.day, d.votes])).toEqual([
      ["2026-03-28", 1],
      ["2026-03-29", 2],
      ["2026-03-30", 1],
      ["2026-10-24", 1],
      ["2026-10-25", 2],
      ["2026-10-26", 1],
    ]);
    expect(days.at(-1)).toMatchObject({ participants: 2, totalVotes: 11, totalStatements: 1 });
  });
});
