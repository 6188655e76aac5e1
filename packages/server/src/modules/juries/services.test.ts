import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createEventHub } from "../../db/event-hub.js";
import { createSealer } from "../../db/sealed.js";
import { openTestDatabase } from "../../db/testing.js";
import { TEST_DATA_KEY } from "../../test-app.js";
import { mailQueue, smsMessages } from "../messaging/schema.js";
import { createOrganization } from "../organizations/index.js";
import { sendDigests } from "./digests.js";
import { JURY_CHANNEL, type JuryEvent } from "./live.js";
import { addHearing, answerQuestion, askQuestion } from "./materials.js";
import { addJuror, setPreferences } from "./members.js";
import { juryMembers } from "./schema.js";
import { moveJuryPhase } from "./setup.js";
import { runningJury, sampleJuror } from "./testing.js";
import { moderatePost, submitPost } from "./threads.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const actor = { label: "test" };

/** Juries on the database: live hints on commit, and daily digests through the messaging queue. */
describe("jury services", () => {
  let database: Database;
  let organizationId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const org = await createOrganization(database.db, {
      slug: "digi",
      name: { fi: "Digi", sv: "Digi", en: "Digi" },
      languages: ["fi", "sv"],
      actor,
    });
    organizationId = org.id;
  });
  afterAll(() => database.close());

  it("pushes posts, reactions and phase moves to listeners on commit, and nothing for a held post", async () => {
    const db = database.db;
    const { jury, jurors } = await runningJury(db, sealer, { organizationId, jurors: 2 });
    const hub = await createEventHub<JuryEvent>(database, {
      channel: JURY_CHANNEL,
      resync: { type: "resync" },
    });
    const seen: JuryEvent[] = [];
    const unsubscribe = hub.subscribe(jury.id, (e) => seen.push(e));
    const until = async (n: number) => {
      for (let i = 0; i < 100 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 20));
    };
    const post = await submitPost(db, {
      jury,
      author: { member: jurors[0]! },
      body: "Hei kaikki",
      parentId: null,
    });
    await until(1);
    expect(seen[0]).toMatchObject({ type: "post", postId: post.id });
    // Held by screening: no hint until a facilitator approves it.
    const held = await submitPost(db, {
      jury,
      author: { member: jurors[1]! },
      body: "Soita 0401234567",
      parentId: null,
    });
    expect(held.status).toBe("pending");
    await new Promise((r) => setTimeout(r, 100));
    expect(seen).toHaveLength(1);
    await moveJuryPhase(db, { organizationId, juryId: jury.id, phase: "hear_experts", actor });
    await until(2);
    expect(seen[1]).toMatchObject({ type: "phase", phase: "hear_experts" });
    unsubscribe();
    await hub.close();
  });

  it("sends a digest of new activity at most daily, by email or SMS, only to those who chose one", async () => {
    const db = database.db;
    const { jury, jurors, expert } = await runningJury(db, sealer, { organizationId, jurors: 2 });
    const [byMail, quiet] = jurors;
    await setPreferences(db, byMail!, { digest: "email" });
    const bySms = await addJuror(db, sealer, {
      organizationId,
      juryId: jury.id,
      input: sampleJuror(9, {
        contact: { name: "Tekstari", phone: "+358401234567" },
        digest: "sms",
      }),
      actor,
    });
    const options = { publicUrl: "https://kuulo.example", orgSlugOf: async () => "digi" };
    const t0 = new Date();
    // Nothing new: no digest, and the clock does not move.
    expect(await sendDigests(db, sealer, { ...options, now: t0 })).toEqual({ sent: 0 });

    await submitPost(db, {
      jury,
      author: { member: quiet! },
      body: "Ensimmäinen ajatus nuorisotiloista",
      parentId: null,
    });
    await moveJuryPhase(db, { organizationId, juryId: jury.id, phase: "hear_experts", actor });
    const hearing = await addHearing(db, {
      organizationId,
      juryId: jury.id,
      expertId: expert.id,
      subject: { fi: "Aihe" },
      actor,
    });
    const q = await askQuestion(db, {
      member: quiet!,
      jury: { ...jury, phase: "hear_experts" },
      hearingId: hearing.id,
      question: "Miksi?",
    });
    await answerQuestion(db, {
      member: expert,
      questionId: q.id,
      answer: "Siksi.",
      videoUrl: null,
    });

    const t1 = new Date();
    await new Promise((r) => setTimeout(r, 5));
    expect(await sendDigests(db, sealer, { ...options, now: t1 })).toEqual({ sent: 2 });
    const mails = (await db.select().from(mailQueue)).filter((m) =>
      m.subject?.startsWith("Uutta digiraadissa"),
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe("nuori1@example.fi");
    expect(mails[0]!.text).toContain("1 uutta viestiä ja 1 uutta asiantuntijan vastausta");
    expect(mails[0]!.text).toContain("Ensimmäinen ajatus");
    const sms = (await db.select().from(smsMessages)).filter((m) => m.kind === "juries.digest");
    expect(sms).toHaveLength(1);
    expect(sms[0]!.to).not.toContain("401234567"); // sealed at rest

    // New activity within a day waits; after a day it goes.
    await new Promise((r) => setTimeout(r, 5));
    await submitPost(db, {
      jury,
      author: { member: quiet! },
      body: "Toinen ajatus",
      parentId: null,
    });
    expect(
      await sendDigests(db, sealer, { ...options, now: new Date(t1.getTime() + 3_600_000) }),
    ).toEqual({ sent: 0 });
    expect(
      await sendDigests(db, sealer, { ...options, now: new Date(t1.getTime() + 86_400_001) }),
    ).toEqual({ sent: 2 });
    const [row] = await db.select().from(juryMembers).where(eq(juryMembers.id, bySms.id));
    expect(row!.lastDigestAt!.getTime()).toBe(t1.getTime() + 86_400_001);
  });

  it("records the hiding reason and refuses pinning a held post", async () => {
    const db = database.db;
    const { jury, jurors } = await runningJury(db, sealer, {
      organizationId,
      jurors: 1,
      setup: { moderation: "pre" },
    });
    const post = await submitPost(db, {
      jury,
      author: { member: jurors[0]! },
      body: "Odotan",
      parentId: null,
    });
    expect(post.status).toBe("pending");
    const { AppError } = await import("../../errors.js");
    const userId = null as unknown as string;
    await expect(
      moderatePost(db, { jury, postId: post.id, action: "pin", reason: "", userId }),
    ).rejects.toBeInstanceOf(AppError);
  });
});
