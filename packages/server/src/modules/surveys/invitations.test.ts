import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { listOutbox } from "../messaging/index.js";
import { makeDraw } from "../pool/draws/draw.js";
import { insertMember } from "../pool/draws/testing.js";
import { drawSchema } from "../pool/draws/validation.js";
import { setUpPool } from "../pool/testing.js";
import { RESUME_HEADER } from "./routes/answer.js";
import { publishedSurvey, sampleSurveyInput } from "./testing.js";

const actor = { label: "test" };

/** Personal invitations from the survey's own page, through the pool's draw invitations. */
describe("inviting a pool draw to a survey", () => {
  let t: TestApp;
  let admin: StaffClient;
  let analyst: StaffClient;
  let surveyId = "";
  let otherSurveyId = "";
  let surveyDrawId = "";
  let panelDrawId = "";
  const api = "/api/orgs/kutsukysely/surveys";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("kutsukysely");
    await t.addMember(org, "admin@kutsukysely.fi", ["admin"]);
    await t.addMember(org, "analyytikko@kutsukysely.fi", ["analyst"]);
    admin = await t.signIn("admin@kutsukysely.fi", "kutsukysely");
    analyst = await t.signIn("analyytikko@kutsukysely.fi", "kutsukysely");
    await setUpPool(admin, "kutsukysely");
    surveyId = await publishedSurvey(admin, "kutsukysely", {
      ...sampleSurveyInput("palvelut"),
      anonymity: "linked",
    });
    otherSurveyId = await publishedSurvey(admin, "kutsukysely", sampleSurveyInput("toinen"));
    const db = t.database.db;
    for (let i = 0; i < 3; i++)
      await insertMember(db, { organizationId: org.id, purposes: ["surveys", "panels"] });
    const draw = (purpose: string) =>
      makeDraw(db, {
        organizationId: org.id,
        input: drawSchema.parse({
          title: `Arvonta ${purpose}`,
          purpose,
          method: "random",
          size: 3,
        }),
        actor,
      });
    surveyDrawId = (await draw("surveys")).id;
    panelDrawId = (await draw("panels")).id;
  });
  afterAll(() => t.close());

  const summary = async () =>
    (await admin.request({ method: "GET", url: `${api}/${surveyId}/invitations` })).json();

  it("offers only the organization's survey draws and refuses others", async () => {
    const before = await summary();
    expect(before.draws.map((d: { drawId: string }) => d.drawId)).toEqual([surveyDrawId]);
    expect(before.total).toEqual({ invited: 0, opened: 0, answered: 0, reminded: 0 });
    const panel = await admin.request({
      method: "POST",
      url: `${api}/${surveyId}/invitations`,
      payload: { drawId: panelDrawId },
    });
    expect(panel.statusCode).toBe(400);
    expect(panel.json().errors[0].path).toBe("body.drawId");
    const byAnalyst = await analyst.request({
      method: "POST",
      url: `${api}/${surveyId}/invitations`,
      payload: { drawId: surveyDrawId },
    });
    expect(byAnalyst.statusCode).toBe(403);
  });

  it("invites once, counts opened and answered, and reminds only those who have not answered", async () => {
    const invite = () =>
      admin.request({
        method: "POST",
        url: `${api}/${surveyId}/invitations`,
        payload: { drawId: surveyDrawId },
      });
    const first = await invite();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ invited: 3, alreadyInvited: 0, noChannel: 0, notActive: 0 });
    expect((await invite()).json()).toMatchObject({ invited: 0, alreadyInvited: 3 });
    // The same draw cannot be invited to another survey as well.
    const elsewhere = await admin.request({
      method: "POST",
      url: `${api}/${otherSurveyId}/invitations`,
      payload: { drawId: surveyDrawId },
    });
    expect(elsewhere.statusCode).toBe(409);

    await t.deliverMail();
    const invitations = (await listOutbox(t.database.db)).filter((m) =>
      m.subject?.startsWith("Sinut on arvottu"),
    );
    expect(invitations).toHaveLength(3);
    const mail = invitations[0]!;
    const token = /\/api\/i\/(\S+)/.exec(mail.text ?? "")![1]!;
    const opened = await t.app.inject({ method: "GET", url: `/api/i/${token}` });
    expect(opened.headers.location).toMatch(/\/kutsukysely\/surveys\/palvelut\?invitation=[^&]+$/);
    const started = await t.app.inject({
      method: "POST",
      url: "/api/orgs/kutsukysely/s/palvelut/responses",
      payload: { invitation: token },
    });
    expect(started.statusCode).toBe(201);
    const submitted = await t.app.inject({
      method: "POST",
      url: "/api/orgs/kutsukysely/s/palvelut/response/submit",
      headers: { [RESUME_HEADER]: started.json().resumeToken },
      payload: { answers: { q1: { choice: "yes" } } },
    });
    expect(submitted.statusCode).toBe(200);

    const reminded = await admin.request({ method: "POST", url: `${api}/${surveyId}/reminders` });
    expect(reminded.json()).toEqual({ reminded: 2 });
    await t.deliverMail();
    const reminders = (await listOutbox(t.database.db)).filter((m) =>
      m.subject?.startsWith("Muistutus"),
    );
    expect(reminders).toHaveLength(2);
    expect(reminders.map((m) => m.to)).not.toContain(mail.to);

    const after = await summary();
    expect(after.total).toEqual({ invited: 3, opened: 1, answered: 1, reminded: 2 });
    expect(after.draws[0]).toMatchObject({ invitedHere: true, invited: 3, answered: 1 });
    // The other survey shows none of them.
    const other = await admin.request({
      method: "GET",
      url: `${api}/${otherSurveyId}/invitations`,
    });
    expect(other.json().total.invited).toBe(0);
    expect(other.json().draws[0].invitedHere).toBe(false);
  });
});
