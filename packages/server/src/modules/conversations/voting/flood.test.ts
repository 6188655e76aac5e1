import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../../test-app.js";
import { createTestConversation, resident } from "../testing.js";

describe("vote floods", () => {
  let t: TestApp;
  let admin: StaffClient;
  beforeAll(async () => {
    t = await createTestApp({
      VOTE_RATE_LIMIT_PER_RESIDENT: "5",
      VOTE_RATE_LIMIT_PER_ADDRESS: "12",
    });
    const org = await t.createOrg("tulva");
    await t.addMember(org, "admin@tulva.fi", ["admin"]);
    admin = await t.signIn("admin@tulva.fi");
  });
  afterAll(() => t.close());

  it("stop one resident's flood without blocking classmates behind the same address, up to the address limit", async () => {
    const c = await createTestConversation(admin, "tulva");
    const flooder = resident(t);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await flooder.vote(c.publicId, i % 3, i % 2 ? "agree" : "disagree")).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await flooder.vote(c.publicId, 0, "pass");
    expect(limited.json().code).toBe("rate_limited");
    expect(limited.headers["retry-after"]).toBe("60");

    // Classmates on the same address keep voting (12 per minute for the address in this test).
    const classmates = [resident(t), resident(t)];
    const theirs: number[] = [];
    for (const mate of classmates)
      for (let tid = 0; tid < 3; tid++)
        theirs.push((await mate.vote(c.publicId, tid, "agree")).statusCode);
    expect(theirs).toEqual([200, 200, 200, 200, 200, 200]);
    // The address as a whole has a ceiling too: 5 + 6 votes so far were let through, one more
    // fits (refused votes do not count), then the address is refused.
    const another = resident(t);
    expect((await another.vote(c.publicId, 0, "agree")).statusCode).toBe(200);
    expect((await another.vote(c.publicId, 1, "agree")).statusCode).toBe(429);
  });
});
