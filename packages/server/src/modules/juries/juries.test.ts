import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type StaffClient, type TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import { advance } from "../deliberation/testing.js";
import { listOutbox } from "../messaging/index.js";
import { sampleJuror, sampleJury } from "./testing.js";

/** Juries over HTTP: roles, the guardian path, links, phases, hearings, threads, statement, public page. */
describe("online juries over HTTP", () => {
  let t: TestApp;
  let admin: StaffClient;
  let moderator: StaffClient;
  let viewer: StaffClient;
  let orgId: string;
  const base = "/api/orgs/raati/juries";
  const as = (session: string) => ({ "x-jury-session": session });

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("raati");
    orgId = org.id;
    await t.addMember(org, "fasilitaattori@raati.fi", ["facilitator"]);
    await t.addMember(org, "moderaattori@raati.fi", ["moderator"]);
    await t.addMember(org, "katsoja@raati.fi", ["viewer"]);
    admin = await t.signIn("fasilitaattori@raati.fi");
    moderator = await t.signIn("moderaattori@raati.fi");
    viewer = await t.signIn("katsoja@raati.fi");
  });
  afterAll(() => t.close());

  it("runs a jury from set-up to the published statement and the county's response", async () => {
    const db = t.database.db;
    expect(
      (await viewer.request({ method: "POST", url: base, payload: sampleJury() })).statusCode,
    ).toBe(403);
    const created = await admin.request({
      method: "POST",
      url: base,
      payload: sampleJury({ moderation: "pre" }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const jury = created.json();
    expect(jury).toMatchObject({ status: "draft", phase: "get_to_know", minimumAge: 13 });
    const url = `${base}/${jury.id}`;
    expect((await viewer.request({ method: "GET", url })).statusCode).toBe(200);

    // A 12-year-old needs a guardian; with one, the juror waits for the consent.
    const noGuardian = await admin.request({
      method: "POST",
      url: `${url}/jurors`,
      payload: sampleJuror(1, { age: 12 }),
    });
    expect(noGuardian.statusCode).toBe(400);
    expect(noGuardian.json().errors[0].path).toBe("body.guardian");
    const young = await admin.request({
      method: "POST",
      url: `${url}/jurors`,
      payload: sampleJuror(1, {
        age: 12,
        guardian: { name: "Huoltaja Yksi", email: "huoltaja@example.fi" },
      }),
    });
    expect(young.json()).toMatchObject({
      active: false,
      guardianConsentNeeded: true,
      label: "Raatilainen 1",
    });
    const older = await admin.request({
      method: "POST",
      url: `${url}/jurors`,
      payload: sampleJuror(2),
    });
    expect(older.json()).toMatchObject({ active: true, guardianConsentNeeded: false });
    const expert = await admin.request({
      method: "POST",
      url: `${url}/experts`,
      payload: {
        name: "Eeva Asiantuntija",
        title: "psykologi",
        email: "eeva@example.fi",
        language: "fi",
      },
    });
    expect(expert.statusCode, expert.body).toBe(201);

    // Links go to the active members only; the consent makes the young juror active and invitable.
    const invite = () =>
      admin.request({
        method: "POST",
        url: `${url}/invitations`,
        payload: { expiresOn: "2099-12-31" },
      });
    expect((await invite()).json()).toEqual({ invited: 2, waitingForConsent: 1 });
    const consent = await admin.request({
      method: "POST",
      url: `${url}/members/${young.json().id}/guardian-consent`,
      payload: { consentGivenOn: "2027-01-20", how: "Allekirjoitettu lomake" },
    });
    expect(consent.json()).toMatchObject({ active: true });
    expect((await invite()).json()).toEqual({ invited: 1, waitingForConsent: 0 });

    // Contact data: only with jury.manage, and every read is logged.
    const contactUrl = `${url}/members/${young.json().id}/contact`;
    expect((await viewer.request({ method: "GET", url: contactUrl })).statusCode).toBe(403);
    const contact = await admin.request({ method: "GET", url: contactUrl });
    expect(contact.json()).toMatchObject({
      contact: { email: "nuori1@example.fi" },
      guardian: { name: "Huoltaja Yksi", consentGivenOn: "2027-01-20" },
    });
    const reads = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "juries.contact_read"),
          eq(auditEvents.targetId, young.json().id),
        ),
      );
    expect(reads).toHaveLength(1);

    // Sign in with the links (each once).
    await t.deliverMail();
    const mails = await listOutbox(db, 500);
    const tokenOf = (to: string) =>
      /\/raati\/jury#([A-Za-z0-9_-]+)/.exec(mails.find((m) => m.to === to)!.text)![1]!;
    const signIn = (token: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/orgs/raati/jury-space/session",
        payload: { token },
      });
    const first = await signIn(tokenOf("nuori2@example.fi"));
    expect(first.statusCode, first.body).toBe(200);
    expect((await signIn(tokenOf("nuori2@example.fi"))).statusCode).toBe(410);
    const juror = first.json().session as string;
    const juror1 = (await signIn(tokenOf("nuori1@example.fi"))).json().session as string;
    const eeva = (await signIn(tokenOf("eeva@example.fi"))).json().session as string;
    expect(first.json().me).toMatchObject({ kind: "juror", label: "Raatilainen 2" });

    // The discussion opens when the jury runs; in pre-moderation a juror's post waits.
    const post = (session: string, body: string, parentId: string | null = null) =>
      t.app.inject({
        method: "POST",
        url: "/api/orgs/raati/jury-space/me/posts",
        headers: as(session),
        payload: { body, parentId },
      });
    expect((await post(juror, "Liian aikaista")).statusCode).toBe(409);
    expect(
      (await admin.request({ method: "PUT", url: `${url}/status`, payload: { status: "running" } }))
        .statusCode,
    ).toBe(200);
    const waiting = await post(juror, "Nuorisotiloja tarvitaan lisää iltaisin.");
    expect(waiting.json()).toMatchObject({ status: "pending", mine: true });
    const othersView = await t.app.inject({
      method: "GET",
      url: "/api/orgs/raati/jury-space/me/posts",
      headers: as(juror1),
    });
    expect(othersView.json().posts).toHaveLength(0);
    const queue = await moderator.request({ method: "GET", url: `${url}/posts` });
    expect(queue.json().posts[0]).toMatchObject({ id: waiting.json().id, status: "pending" });
    expect((await viewer.request({ method: "GET", url: `${url}/posts` })).statusCode).toBe(403);
    const approved = await moderator.request({
      method: "POST",
      url: `${url}/posts/${waiting.json().id}/moderation`,
      payload: { action: "approve", reason: "" },
    });
    expect(approved.json()).toMatchObject({ status: "visible" });

    // A reply and reactions: one per juror per kind.
    const reply = await post(juror1, "Samaa mieltä, myös viikonloppuisin.", waiting.json().id);
    expect(reply.statusCode, reply.body).toBe(201);
    const reactUrl = `/api/orgs/raati/jury-space/me/posts/${waiting.json().id}/reactions`;
    for (let i = 0; i < 2; i++)
      await t.app.inject({
        method: "PUT",
        url: reactUrl,
        headers: as(juror1),
        payload: { kind: "agree", on: true },
      });
    const expertReacts = await t.app.inject({
      method: "PUT",
      url: reactUrl,
      headers: as(eeva),
      payload: { kind: "agree", on: true },
    });
    expect(expertReacts.statusCode).toBe(403);
    const thread = (
      await t.app.inject({
        method: "GET",
        url: "/api/orgs/raati/jury-space/me/posts",
        headers: as(juror1),
      })
    ).json().posts;
    expect(thread.find((p: { id: string }) => p.id === waiting.json().id)).toMatchObject({
      reactions: { agree: 1, thanks: 0, question: 0 },
      myReactions: ["agree"],
    });

    // Hiding needs a reason, which is recorded.
    const hideUrl = `${url}/posts/${reply.json().id}/moderation`;
    const noReason = await moderator.request({
      method: "POST",
      url: hideUrl,
      payload: { action: "hide", reason: "" },
    });
    expect(noReason.json().errors[0].path).toBe("body.reason");
    const hidden = await moderator.request({
      method: "POST",
      url: hideUrl,
      payload: { action: "hide", reason: "Aiheen ulkopuolella" },
    });
    expect(hidden.json()).toMatchObject({
      status: "hidden",
      moderationReason: "Aiheen ulkopuolella",
    });

    // Phases: facilitators move them one step; the jurors see the new prompt and materials.
    const image = {
      phase: "hear_experts",
      kind: "image",
      title: { fi: "Kaavio" },
      body: {},
      plainBody: {},
      url: "https://example.fi/kaavio.png",
      altText: { fi: "" },
    };
    const noAlt = await admin.request({ method: "POST", url: `${url}/materials`, payload: image });
    expect(noAlt.json().errors[0].path).toBe("body.altText.fi");
    const badUrl = await admin.request({
      method: "POST",
      url: `${url}/materials`,
      payload: { ...image, url: "javascript:alert(1)" },
    });
    expect(badUrl.statusCode).toBe(400);
    await admin.request({
      method: "POST",
      url: `${url}/materials`,
      payload: { ...image, altText: { fi: "Nuorten määrä kasvaa" } },
    });
    const space = () =>
      t.app.inject({ method: "GET", url: "/api/orgs/raati/jury-space/me", headers: as(juror) });
    expect((await space()).json().materials).toHaveLength(0);
    const jump = await admin.request({
      method: "PUT",
      url: `${url}/phase`,
      payload: { phase: "write" },
    });
    expect(jump.statusCode).toBe(409);
    expect(
      (
        await viewer.request({
          method: "PUT",
          url: `${url}/phase`,
          payload: { phase: "hear_experts" },
        })
      ).statusCode,
    ).toBe(403);
    const moved = await moderator.request({
      method: "PUT",
      url: `${url}/phase`,
      payload: { phase: "hear_experts" },
    });
    expect(moved.json().phase).toBe("hear_experts");
    expect((await space()).json()).toMatchObject({
      jury: { phase: "hear_experts" },
      materials: [{ kind: "image" }],
    });

    // A hearing: jurors ask, only that hearing's expert answers.
    const hearing = await admin.request({
      method: "POST",
      url: `${url}/hearings`,
      payload: { expertId: expert.json().id, subject: { fi: "Nuorten mielenterveys" } },
    });
    const asked = await t.app.inject({
      method: "POST",
      url: `/api/orgs/raati/jury-space/me/hearings/${hearing.json().id}/questions`,
      headers: as(juror),
      payload: { question: "Mikä auttaa eniten?" },
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const answerUrl = `/api/orgs/raati/jury-space/me/questions/${asked.json().id}/answer`;
    const byJuror = await t.app.inject({
      method: "PUT",
      url: answerUrl,
      headers: as(juror1),
      payload: { answer: "Minä tiedän" },
    });
    expect(byJuror.statusCode).toBe(403);
    const answered = await t.app.inject({
      method: "PUT",
      url: answerUrl,
      headers: as(eeva),
      payload: { answer: "Matalan kynnyksen palvelut." },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await space()).json().hearings[0].questions[0]).toMatchObject({
      askedBy: "Raatilainen 2",
      answer: "Matalan kynnyksen palvelut.",
    });

    // The statement: deliberation's tools; jurors support through their space.
    expect((await viewer.request({ method: "GET", url: `${url}/statement` })).json()).toEqual({
      statement: null,
    });
    expect(
      (await viewer.request({ method: "POST", url: `${url}/statement`, payload: {} })).statusCode,
    ).toBe(403);
    const started = await admin.request({ method: "POST", url: `${url}/statement`, payload: {} });
    expect(started.json()).toMatchObject({ participants: 2 });
    const statementId = started.json().statementId as string;
    const sbase = `/api/orgs/raati/deliberation/statements/${statementId}`;
    expect((await viewer.request({ method: "GET", url: `${url}/statement` })).json()).toMatchObject(
      {
        statement: { id: statementId, status: "drafting" },
      },
    );
    const proposal = await admin.request({
      method: "POST",
      url: `${sbase}/proposals`,
      payload: { sourceLabel: "Raati", text: "Nuorisotilat auki iltaisin" },
    });
    const merged = await admin.request({
      method: "POST",
      url: `${sbase}/merge`,
      payload: {
        proposalIds: [proposal.json().proposals[0].id],
        title: "Illat",
        text: "Nuorisotilat auki iltaisin.",
        rationale: "",
      },
    });
    const recommendationId = merged.json().recommendations[0].id as string;
    await advance(db, { organizationId: orgId, statementId, to: "support_check" });
    const support = await t.app.inject({
      method: "POST",
      url: "/api/orgs/raati/jury-space/me/statement/support",
      headers: as(juror),
      payload: { recommendationId, level: 5 },
    });
    expect(support.statusCode, support.body).toBe(200);
    expect(support.json().recommendations[0].myLevel).toBe(5);
    const expertSupport = await t.app.inject({
      method: "GET",
      url: "/api/orgs/raati/jury-space/me/statement",
      headers: as(eeva),
    });
    expect(expertSupport.statusCode).toBe(403);

    // The public page: the published statement beside the decision-makers' response.
    const adopted = await admin.request({
      method: "POST",
      url: `${sbase}/adoption`,
      payload: { how: "tukikysely" },
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const published = await admin.request({
      method: "PUT",
      url: `${sbase}/publication`,
      payload: { published: true },
    });
    expect(published.statusCode, published.body).toBe(200);
    const badResponse = await admin.request({
      method: "PUT",
      url: `${url}/decision-response`,
      payload: { body: "", date: "15.4.2027", text: { fi: "" } },
    });
    expect(badResponse.statusCode).toBe(400);
    expect(
      badResponse
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(["body.body", "body.date", "body.text.fi"]);
    await admin.request({
      method: "PUT",
      url: `${url}/decision-response`,
      payload: {
        body: "Aluehallitus",
        date: "2027-04-15",
        text: { fi: "Nuorisotilojen aukioloa pidennetään." },
      },
    });
    const page = await t.app.inject({
      method: "GET",
      url: `/api/orgs/raati/jury-pages/${jury.id}`,
    });
    expect(page.json()).toMatchObject({
      statementId,
      jurors: 2,
      decisionResponse: { body: "Aluehallitus", date: "2027-04-15" },
    });
  });
});
