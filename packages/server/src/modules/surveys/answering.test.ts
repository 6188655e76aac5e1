import { eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import {
  cookieFrom,
  createTestApp,
  type StaffClient,
  TEST_DATA_KEY,
  type TestApp,
} from "../../test-app.js";
import { listInvitations, remindInvitations, sendInvitation } from "../messaging/index.js";
import { insertMember } from "../pool/draws/testing.js";
import { setUpPool } from "../pool/testing.js";
import { RESUME_HEADER } from "./routes/answer.js";
import { surveyResponses } from "./schema.js";
import { everyTypeSurvey, publishedSurvey, sampleSurveyInput } from "./testing.js";

const testSealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

const PUBLIC_URL = "http://localhost:3000";

/** Residents answering: every question type, pages, conditions, closing, invitations. */
describe("answering a survey", () => {
  let t: TestApp;
  let admin: StaffClient;
  let orgId = "";
  const base = "/api/orgs/vastauskunta/s";

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("vastauskunta");
    orgId = org.id;
    await t.addMember(org, "admin@vastaus.fi", ["admin"]);
    admin = await t.signIn("admin@vastaus.fi", "vastauskunta");
    await setUpPool(admin, "vastauskunta");
    await publishedSurvey(admin, "vastauskunta", {
      slug: "kaikki",
      title: "Kaikki",
      definition: everyTypeSurvey,
    });
  });
  afterAll(() => t.close());

  /** A respondent: starts, then sends its token in the header as a saved link would. */
  async function respondent(slug: string, body: object = {}) {
    const started = await t.app.inject({
      method: "POST",
      url: `${base}/${slug}/responses`,
      payload: body,
    });
    const token = started.json().resumeToken as string;
    if (!token) throw new Error(`start: ${started.body}`);
    const call = ({ path, ...options }: Omit<InjectOptions, "url" | "path"> & { path: string }) =>
      t.app.inject({
        ...options,
        url: `${base}/${slug}/response${path}`,
        headers: { [RESUME_HEADER]: token },
      });
    return { started, token, call };
  }

  it("shows the published version with the organization's municipalities", async () => {
    const res = await t.app.inject({ method: "GET", url: `${base}/kaikki` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 1, open: true, anonymity: "anonymous" });
    expect(res.json().definition.pages[0].questions[2].municipalities).toEqual(["179", "410"]);
    expect(res.json().municipalities["179"]).toEqual({ fi: "Jyväskylä", sv: "Jyväskylä" });
    const draft = await admin.request({
      method: "POST",
      url: "/api/orgs/vastauskunta/surveys",
      payload: sampleSurveyInput("luonnos"),
    });
    expect(draft.statusCode).toBe(201);
    expect((await t.app.inject({ method: "GET", url: `${base}/luonnos` })).statusCode).toBe(404);
  });

  it("answers every question type page by page, with the token in an httpOnly cookie too", async () => {
    const { started, call } = await respondent("kaikki");
    expect(started.statusCode).toBe(201);
    expect(started.headers["set-cookie"]).toMatch(/HttpOnly/);
    expect(started.headers["set-cookie"]).toMatch(/Path=\/api\/orgs\/vastauskunta\/s\/kaikki/);
    const missing = await call({
      method: "PUT",
      path: "",
      payload: { page: "start", answers: {} },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toEqual([
      expect.objectContaining({ path: "body.answers.used", code: "required" }),
    ]);
    const start = await call({
      method: "PUT",
      path: "",
      payload: {
        page: "start",
        answers: {
          used: { choice: "yes" },
          channels: { choices: ["web", "other"], other: "Chat" },
          home: "410",
        },
      },
    });
    expect(start.statusCode).toBe(200);
    const badPage = await call({
      method: "PUT",
      path: "",
      payload: {
        page: "experience",
        answers: {
          satisfied: 9,
          recommend: 11,
          visits: 1.5,
          aspects: { speed: "7" },
          priorities: ["a", "a"],
        },
      },
    });
    expect(badPage.statusCode).toBe(400);
    const paths = badPage
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual([
      "body.answers.aspects",
      "body.answers.priorities",
      "body.answers.recommend",
      "body.answers.satisfied",
      "body.answers.visits",
    ]);
    const experience = await call({
      method: "PUT",
      path: "",
      payload: {
        page: "experience",
        answers: {
          satisfied: 2,
          recommend: 0,
          visits: 3,
          aspects: { speed: "1", kindness: "3" },
          priorities: ["c", "a"],
          why: "Jono oli pitkä, hetuni on 131052-308T",
        },
      },
    });
    expect(experience.statusCode).toBe(200);
    // Going back shows what was saved; the identity code never reached the database.
    const back = await call({ method: "GET", path: "" });
    expect(back.json().answers.why).not.toContain("131052-308T");
    expect(back.json().answers).toMatchObject({
      satisfied: 2,
      home: "410",
      channels: { choices: ["web", "other"] },
    });
    const submitted = await call({
      method: "POST",
      path: "/submit",
      payload: { answers: { comments: "Kiitos" } },
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({ status: "complete" });
    // Submitted: the token no longer opens it.
    expect((await call({ method: "GET", path: "" })).statusCode).toBe(404);
  });

  it("hides questions and pages by conditions and drops the stale answers", async () => {
    const { call } = await respondent("kaikki");
    await call({
      method: "PUT",
      path: "",
      payload: {
        page: "start",
        answers: { used: { choice: "yes" }, channels: { choices: ["phone"] } },
      },
    });
    await call({
      method: "PUT",
      path: "",
      payload: { page: "experience", answers: { satisfied: 1, why: "Huono" } },
    });
    // Satisfied after all: "why" is hidden and its answer dropped.
    const changed = await call({ method: "PUT", path: "", payload: { answers: { satisfied: 5 } } });
    expect(changed.json().answers.why).toBeUndefined();
    // Did not use the service: the channels question and the experience page go, with their answers.
    const no = await call({
      method: "PUT",
      path: "",
      payload: { page: "start", answers: { used: { choice: "no" } } },
    });
    expect(no.json().answers).toEqual({ used: { choice: "no" } });
    // The experience page's required question is not asked any more.
    const done = await call({ method: "POST", path: "/submit", payload: { answers: {} } });
    expect(done.statusCode).toBe(200);
    expect(done.json().answers).toEqual({ used: { choice: "no" } });
  });

  it("requires every visible required answer on submitting", async () => {
    const { call } = await respondent("kaikki");
    await call({ method: "PUT", path: "", payload: { answers: { used: { choice: "yes" } } } });
    const res = await call({ method: "POST", path: "/submit", payload: {} });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: "body.answers.satisfied", code: "required" }),
    ]);
  });

  it("refuses answers to a closed survey with a clear 409", async () => {
    const id = await publishedSurvey(admin, "vastauskunta", sampleSurveyInput("suljettu"));
    const { call } = await respondent("suljettu");
    await admin.request({
      method: "PUT",
      url: `/api/orgs/vastauskunta/surveys/${id}/status`,
      payload: { status: "closed" },
    });
    const save = await call({
      method: "PUT",
      path: "",
      payload: { answers: { q1: { choice: "yes" } } },
    });
    expect(save.statusCode).toBe(409);
    expect(save.json()).toMatchObject({ code: "survey.closed" });
    const start = await t.app.inject({
      method: "POST",
      url: `${base}/suljettu/responses`,
      payload: {},
    });
    expect(start.json().code).toBe("survey.closed");
    expect((await t.app.inject({ method: "GET", url: `${base}/suljettu` })).json().open).toBe(
      false,
    );
  });

  it("serves a reopened survey and a newly published version at once (the cache is cleared)", async () => {
    const id = await publishedSurvey(admin, "vastauskunta", sampleSurveyInput("uusiversio"));
    const get = () => t.app.inject({ method: "GET", url: `${base}/uusiversio` });
    expect((await get()).json()).toMatchObject({ version: 1, open: true });
    const status = (s: string) =>
      admin.request({
        method: "PUT",
        url: `/api/orgs/vastauskunta/surveys/${id}/status`,
        payload: { status: s },
      });
    await status("closed");
    expect((await get()).json().open).toBe(false);
    await status("open");
    expect((await get()).json().open).toBe(true);
    const input = sampleSurveyInput("uusiversio") as { definition: { title: object } };
    const edited = await admin.request({
      method: "PATCH",
      url: `/api/orgs/vastauskunta/surveys/${id}`,
      payload: { definition: { ...input.definition, title: { fi: "Uusi otsikko" } } },
    });
    expect(edited.statusCode).toBe(200);
    // An edited draft is not what residents see until it is published.
    expect((await get()).json().version).toBe(1);
    await admin.request({ method: "POST", url: `/api/orgs/vastauskunta/surveys/${id}/publish` });
    const after = (await get()).json();
    expect(after.version).toBe(2);
    expect(after.definition.title.fi).toBe("Uusi otsikko");
  });

  it("keeps one response per personal invitation, marks it taken part, and reminds only the others", async () => {
    const input = { ...sampleSurveyInput("kutsuttu"), anonymity: "linked" };
    const surveyId = await publishedSurvey(admin, "vastauskunta", input);
    const db = t.database.db;
    const members = [
      await insertMember(db, { organizationId: orgId }),
      await insertMember(db, { organizationId: orgId }),
    ];
    const target = { organizationId: orgId, subjectType: "pool_draw", subjectId: "arvonta-1" };
    for (const [i, memberId] of members.entries()) {
      await sendInvitation(db, {
        ...target,
        sealer: testSealer,
        recipientRef: memberId,
        channel: "email",
        to: `kutsuttu-${i}@example.fi`,
        targetPath: "/vastauskunta/surveys/kutsuttu?invitation={invitation}",
        publicUrl: PUBLIC_URL,
        compose: ({ link }) => ({ channel: "email", subject: "Kysely", text: link, html: link }),
      });
    }
    await t.deliverMail();
    const invitations = await listInvitations(db, target);
    const link = (await import("../messaging/index.js")).invitationLink;
    const first = (await link(db, PUBLIC_URL, invitations[0]!.id)).split("/api/i/")[1]!;
    // The link leads to the survey with its own token.
    const opened = await t.app.inject({ method: "GET", url: `/api/i/${first}` });
    expect(opened.headers.location).toBe(
      `${PUBLIC_URL}/vastauskunta/surveys/kutsuttu?invitation=${encodeURIComponent(first)}`,
    );
    const a = await respondent("kutsuttu", { invitation: first });
    expect(a.started.statusCode).toBe(201);
    // Starting again from the same invitation continues the same response.
    const b = await respondent("kutsuttu", { invitation: first });
    expect(b.started.json().id).toBe(a.started.json().id);
    expect((await a.call({ method: "GET", path: "" })).statusCode).toBe(404);
    const done = await b.call({
      method: "POST",
      path: "/submit",
      payload: { answers: { q1: { choice: "yes" } } },
    });
    expect(done.statusCode).toBe(200);
    const [row] = await db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, done.json().id));
    expect(row).toMatchObject({
      poolInvitationId: invitations[0]!.id,
      poolMemberId: members[0],
      surveyId,
    });
    const again = await t.app.inject({
      method: "POST",
      url: `${base}/kutsuttu/responses`,
      payload: { invitation: first },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("survey.answered");
    const after = await listInvitations(db, target);
    expect(after.find((i) => i.recipientRef === members[0])!.status).toBe("took_part");
    const reminded = await remindInvitations(db, {
      ...target,
      sealer: testSealer,
      maxReminders: 2,
      publicUrl: PUBLIC_URL,
      contact: async (i) => `kutsuttu-${members.indexOf(i.recipientRef)}@example.fi`,
      compose:
        () =>
        ({ link }) => ({ channel: "email", subject: "Muistutus", text: link, html: link }),
    });
    expect(reminded).toBe(1);
    // A forged or foreign token is refused.
    const forged = await t.app.inject({
      method: "POST",
      url: `${base}/kutsuttu/responses`,
      payload: { invitation: `${invitations[1]!.id}.vaarennetty` },
    });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().errors[0].path).toBe("body.invitation");
  });

  it("continues from a saved link in another browser, and not in another survey", async () => {
    await publishedSurvey(admin, "vastauskunta", sampleSurveyInput("jatko"));
    const { started, token } = await respondent("jatko");
    const cookie = cookieFrom(started);
    expect(cookie).toContain("kuulo_survey_");
    const byCookie = await t.app.inject({
      method: "GET",
      url: `${base}/jatko/response`,
      headers: { cookie },
    });
    expect(byCookie.statusCode).toBe(200);
    const elsewhere = await t.app.inject({
      method: "GET",
      url: `${base}/kaikki/response`,
      headers: { [RESUME_HEADER]: token },
    });
    expect(elsewhere.statusCode).toBe(404);
  });
  it("runs a kiosk: a fresh respondent each time, channel event, no cookie", async () => {
    const id = await publishedSurvey(admin, "vastauskunta", sampleSurveyInput("kioski"));
    const started = await admin.request({
      method: "POST",
      url: `/api/orgs/vastauskunta/surveys/${id}/kiosk`,
      payload: { eventName: "Kirjaston hyvinvointipäivä" },
    });
    expect(started.statusCode).toBe(201);
    const kiosk = started.json().token as string;
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await t.app.inject({
        method: "POST",
        url: `${base}/kioski/responses`,
        payload: { kiosk },
      });
      expect(res.statusCode).toBe(201);
      expect(res.headers["set-cookie"]).toBeUndefined();
      ids.push(res.json().id);
      const done = await t.app.inject({
        method: "POST",
        url: `${base}/kioski/response/submit`,
        headers: { [RESUME_HEADER]: res.json().resumeToken },
        payload: { answers: { q1: { choice: "yes" } } },
      });
      expect(done.statusCode).toBe(200);
    }
    expect(new Set(ids).size).toBe(2);
    const rows = await t.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.surveyId, id));
    expect(rows.map((r) => [r.channel, r.sourceNote])).toEqual([
      ["event", "Kirjaston hyvinvointipäivä"],
      ["event", "Kirjaston hyvinvointipäivä"],
    ]);
    // Another survey's kiosk, or a forged one, is refused.
    const other = await t.app.inject({
      method: "POST",
      url: `${base}/kaikki/responses`,
      payload: { kiosk },
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().errors[0].path).toBe("body.kiosk");
    const forged = await t.app.inject({
      method: "POST",
      url: `${base}/kioski/responses`,
      payload: { kiosk: `${kiosk.split(".")[0]}.vaarennetty` },
    });
    expect(forged.statusCode).toBe(400);
  });

  it("starts a kiosk only for a survey that allows kiosks", async () => {
    const id = await publishedSurvey(admin, "vastauskunta", {
      ...sampleSurveyInput("eikioskia"),
      kioskAllowed: false,
    });
    const res = await admin.request({
      method: "POST",
      url: `/api/orgs/vastauskunta/surveys/${id}/kiosk`,
      payload: { eventName: "Messut" },
    });
    expect(res.statusCode).toBe(409);
  });
});
