import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/client.js";
import { createSealer } from "../../db/sealed.js";
import { openTestDatabase } from "../../db/testing.js";
import { TEST_DATA_KEY } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { createOrganization } from "../organizations/index.js";
import { addJuror, confirmGuardianConsent } from "./members.js";
import { eraseExpiredContacts } from "./retention.js";
import { juries, juryMembers, juryPosts, juryTokens } from "./schema.js";
import { inviteMembers } from "./sessions.js";
import { setJuryStatus } from "./setup.js";
import { runningJury, sampleJuror } from "./testing.js";
import { submitPost } from "./threads.js";

const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
const actor = { label: "test" };
const DAY = 86_400_000;

/** Jurors' contact data is erased JURY_CONTACT_RETENTION_DAYS after the jury finishes. */
describe("jury contact retention", () => {
  let database: Database;
  let organizationId: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    const org = await createOrganization(database.db, {
      slug: "sailytys",
      name: { fi: "Säilytys", sv: "Säilytys", en: "Säilytys" },
      languages: ["fi"],
      actor,
    });
    organizationId = org.id;
  });
  afterAll(() => database.close());

  it("keeps contact data until the retention time has passed, then erases it and keeps the discussion", async () => {
    const db = database.db;
    const { jury, jurors } = await runningJury(db, sealer, { organizationId, jurors: 2 });
    const young = await addJuror(db, sealer, {
      organizationId,
      juryId: jury.id,
      input: sampleJuror(9, {
        age: 12,
        guardian: { name: "Huoltaja", email: "huoltaja@example.fi", phone: "0401234567" },
      }),
      actor,
    });
    await confirmGuardianConsent(db, sealer, {
      organizationId,
      juryId: jury.id,
      memberId: young.id,
      consentGivenOn: "2027-02-01",
      how: "allekirjoitettu lomake",
      actor,
    });
    await inviteMembers(db, sealer, {
      organizationId,
      juryId: jury.id,
      expiresAt: new Date(Date.now() + 7 * DAY),
      publicUrl: "https://kuulo.example",
      orgSlug: "sailytys",
      actor,
    });
    const post = await submitPost(db, {
      jury,
      author: { member: jurors[0]! },
      body: "Nuorille lisää iltapäivätoimintaa",
      parentId: null,
    });
    const finished = await setJuryStatus(db, {
      organizationId,
      juryId: jury.id,
      status: "finished",
      actor,
    });
    expect(finished.finishedAt).toBeInstanceOf(Date);
    const end = finished.finishedAt!.getTime();

    // A running jury, and a finished one before its time, keep everything.
    const early = await eraseExpiredContacts(db, sealer, {
      retentionDays: 90,
      now: new Date(end + 89 * DAY),
    });
    expect(early.juries).toBe(0);
    const before = await db.select().from(juryMembers).where(eq(juryMembers.juryId, jury.id));
    expect(before.every((m) => m.contactSealed !== null)).toBe(true);
    expect(
      (await db.select().from(juryTokens).where(eq(juryTokens.organizationId, organizationId)))
        .length,
    ).toBeGreaterThan(0);

    // Past the retention time: contact data gone, labels, posts and the consent record stay.
    const late = await eraseExpiredContacts(db, sealer, {
      retentionDays: 90,
      now: new Date(end + 91 * DAY),
    });
    expect(late).toEqual({ juries: 1, members: 4 });
    const after = await db.select().from(juryMembers).where(eq(juryMembers.juryId, jury.id));
    expect(after.map((m) => m.contactSealed)).toEqual([null, null, null, null]);
    expect(after.map((m) => m.label).sort()).toEqual(before.map((m) => m.label).sort());
    const guardian = after.find((m) => m.id === young.id)!;
    expect(JSON.parse(sealer.open(guardian.guardianSealed!))).toEqual({
      consentGivenOn: "2027-02-01",
      how: "allekirjoitettu lomake",
    });
    expect(JSON.stringify(after)).not.toContain("example.fi");
    expect(
      await db.select().from(juryTokens).where(eq(juryTokens.organizationId, organizationId)),
    ).toEqual([]);
    const [stored] = await db.select().from(juryPosts).where(eq(juryPosts.id, post.id));
    expect(stored!.body).toBe("Nuorille lisää iltapäivätoimintaa");
    const [row] = await db.select().from(juries).where(eq(juries.id, jury.id));
    expect(row!.contactsErasedAt).toEqual(new Date(end + 91 * DAY));
    const events = await db.select().from(auditEvents).where(eq(auditEvents.targetId, jury.id));
    expect(events.map((e) => e.action)).toContain("juries.contacts_erased");

    // Once only.
    const again = await eraseExpiredContacts(db, sealer, {
      retentionDays: 90,
      now: new Date(end + 200 * DAY),
    });
    expect(again.juries).toBe(0);
  });

  it("never erases a running jury's contacts, however old", async () => {
    const db = database.db;
    const { jury } = await runningJury(db, sealer, { organizationId, jurors: 1 });
    const result = await eraseExpiredContacts(db, sealer, {
      retentionDays: 0,
      now: new Date(Date.now() + 1000 * DAY),
    });
    expect(result.juries).toBe(0);
    const rows = await db.select().from(juryMembers).where(eq(juryMembers.juryId, jury.id));
    expect(rows.every((m) => m.contactSealed !== null)).toBe(true);
  });
});
