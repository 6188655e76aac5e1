import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database, Db } from "../../../db/client.js";
import { openTestDatabase } from "../../../db/testing.js";
import { createOrganization } from "../../organizations/service.js";
import { conversations, participants } from "../schema.js";
import { type Conversation, createConversation } from "../service.js";
import { conversationInput } from "../validation.js";
import { newResidentToken } from "./resident-key.js";
import { createResidentService, type ResidentLimits } from "./resident-service.js";

const limits: ResidentLimits = {
  voteQueueLimit: 2,
  voteRateLimitPerResident: 3,
  voteRateLimitPerAddress: 5,
  participantRateLimitPerAddress: 100,
  sseConnectionsPerAddress: 2,
  sseConnectionsMax: 3,
};

describe("the residents' per-process service", () => {
  let database: Database;
  let db: Db;
  let conversation: Conversation;

  beforeAll(async () => {
    database = await openTestDatabase();
    db = database.db;
    const org = await createOrganization(db, {
      slug: "asukkaat",
      name: { fi: "Asukkaat", sv: "", en: "" },
      languages: ["fi"],
      actor: { label: "test" },
    });
    conversation = await createConversation(db, {
      organizationId: org.id,
      input: conversationInput.parse({
        title: { fi: "Välimuisti" },
        seedStatements: ["Ensimmäinen väite", "Toinen väite tässä"],
      }),
      actor: { label: "test" },
    });
  });
  afterAll(() => database.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  it("serves a conversation and its statement count from a cache for at most 2 s", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-05-01T10:00:00Z"));
    const residents = createResidentService(db, { config: limits });
    const first = await residents.open(conversation.publicId, undefined);
    expect(first.conversation.title.fi).toBe("Välimuisti");
    expect(first.segmentId).toBeNull();
    expect(await residents.totalStatements(conversation.id)).toBe(2);

    await db
      .update(conversations)
      .set({ title: { fi: "Uusi nimi", sv: "", en: "" } })
      .where(eq(conversations.id, conversation.id));
    vi.setSystemTime(new Date("2026-05-01T10:00:01.500Z"));
    expect((await residents.open(conversation.publicId, undefined)).conversation.title.fi).toBe(
      "Välimuisti",
    );
    vi.setSystemTime(new Date("2026-05-01T10:00:02.100Z"));
    expect((await residents.open(conversation.publicId, undefined)).conversation.title.fi).toBe(
      "Uusi nimi",
    );
    await expect(residents.open("eiolemassa", undefined)).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("reads the key of a signed token and refuses a forged one", async () => {
    const residents = createResidentService(db, { config: limits });
    const token = await newResidentToken(db);
    const key = token.slice(0, token.indexOf("."));
    expect(await residents.residentKey(token)).toBe(key);
    expect(await residents.residentKey(token)).toBe(key);
    expect(await residents.residentKey(`${key}.forgedsignature0000000`)).toBeUndefined();
    expect(await residents.residentKey(undefined)).toBeUndefined();
  });

  it("makes a participant once per resident and remembers it", async () => {
    const residents = createResidentService(db, { config: limits });
    const resident = {
      organizationId: conversation.organizationId,
      conversationId: conversation.id,
      segmentId: null,
      xid: undefined,
      address: "192.0.2.1",
    };
    const a = await residents.participantFor({ ...resident, residentKey: "avain-a" });
    const b = await residents.participantFor({ ...resident, residentKey: "avain-b" });
    expect(b.pid).not.toBe(a.pid);
    const rows = await db
      .select()
      .from(participants)
      .where(eq(participants.conversationId, conversation.id));
    expect(rows.map((r) => r.pid).sort()).toEqual([a.pid, b.pid].sort());
    // Remembered in the process: no new participant even once the row has gone.
    await db.delete(participants).where(eq(participants.conversationId, conversation.id));
    expect((await residents.participantFor({ ...resident, residentKey: "avain-a" })).pid).toBe(
      a.pid,
    );
    const after = await db
      .select()
      .from(participants)
      .where(eq(participants.conversationId, conversation.id));
    expect(after).toEqual([]);
  });

  it("takes in at most VOTE_QUEUE_LIMIT votes at once", () => {
    const residents = createResidentService(db, { config: limits });
    expect(residents.admitVote()).toBe(true);
    expect(residents.admitVote()).toBe(true);
    expect(residents.admitVote()).toBe(false);
    expect(residents.votesInProcess()).toBe(2);
    residents.releaseVote();
    expect(residents.admitVote()).toBe(true);
  });

  it("limits votes per resident and per address", () => {
    const residents = createResidentService(db, { config: limits });
    const hits = [1, 2, 3, 4].map(() => residents.withinVoteLimits("r1", "198.51.100.1"));
    expect(hits).toEqual([true, true, true, false]);
    // The address has had 3 of its 5 (a vote refused per resident is not counted for it).
    expect(residents.withinVoteLimits("r2", "198.51.100.1")).toBe(true);
    expect(residents.withinVoteLimits("r3", "198.51.100.1")).toBe(true);
    expect(residents.withinVoteLimits("r4", "198.51.100.1")).toBe(false);
    expect(residents.withinVoteLimits("r3", "198.51.100.2")).toBe(true);
  });

  it("announces votes of a conversation at most once a second", () => {
    const residents = createResidentService(db, { config: limits });
    expect(residents.voteEventDue("c1", 10_000)).toBe(true);
    expect(residents.voteEventDue("c1", 10_900)).toBe(false);
    expect(residents.voteEventDue("c2", 10_900)).toBe(true);
    expect(residents.voteEventDue("c1", 11_001)).toBe(true);
  });

  it("counts live-update streams per address and in all", () => {
    const residents = createResidentService(db, { config: limits });
    const a1 = residents.openStream("a");
    const a2 = residents.openStream("a");
    expect(a1 && a2).toBeTruthy();
    expect(residents.openStream("a")).toBeUndefined();
    const b1 = residents.openStream("b");
    expect(b1).toBeTruthy();
    expect(residents.openStream("c")).toBeUndefined();
    expect(residents.streamsOpen()).toBe(3);
    a1!();
    a1!();
    expect(residents.streamsOpen()).toBe(2);
    expect(residents.streamsOpen("a")).toBe(1);
    expect(residents.openStream("c")).toBeTruthy();
  });
});
