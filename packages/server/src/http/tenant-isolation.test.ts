import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../db/sealed.js";
import { sampleActionTargets } from "../modules/actions/testing.js";
import { statementForRoute } from "../modules/deliberation/testing.js";
import { juryForRoute } from "../modules/juries/testing.js";
import { panelForRoute } from "../modules/panels/testing.js";
import { phoneCampaignForRoute } from "../modules/phone/testing.js";
import { insertMember } from "../modules/pool/draws/testing.js";
import { roundForRoute } from "../modules/pool/recruitment/testing.js";
import { agreementForRoute } from "../modules/pool/sharing/testing.js";
import { sampleJoin, samplePoolSettings } from "../modules/pool/testing.js";
import { roundTableForRoute } from "../modules/roundtables/testing.js";
import { surveyAnalysisForRoute } from "../modules/surveys/route-targets.js";
import {
  publishedSurvey,
  sampleSurveyInput,
  unreachableLlmEnv,
} from "../modules/surveys/testing.js";
import { type SampleTargets, sampleRequest } from "../route-samples.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../test-app.js";

/**
 * Walks every API route in the app's route table and proves that an admin of one organization
 * can neither read nor change another organization's data. A new route fails this test until it
 * is classified below: public, or covered by the walk (give sample values for new parameters).
 */

const PUBLIC_ROUTES = new Set([
  "GET /api/health",
  "GET /api/ready",
  "GET /api/openapi.json",
  "GET /api/orgs",
  "GET /api/orgs/:slug",
  "GET /api/orgs/:slug/logo",
  "POST /api/auth/sign-in-link",
  "POST /api/auth/sign-in",
  "POST /api/auth/sign-out",
  "GET /api/me",
  "GET /api/auth/oidc/:slug/start",
  "GET /api/auth/oidc/callback",
  "GET /api/dev/outbox",
  // Residents' routes: addressed by a conversation's public id, never by organization; they
  // show only what a resident may see (tested in modules/conversations).
  "GET /api/p/c/:publicId",
  "GET /api/p/c/:publicId/next",
  "GET /api/p/c/:publicId/statements",
  "POST /api/p/c/:publicId/votes",
  "POST /api/p/c/:publicId/statements",
  "GET /api/p/c/:publicId/results",
  "GET /api/p/c/:publicId/events",
  "GET /api/p/c/:publicId/image",
  // The legal pages and the accessibility feedback form: public by law (modules/legal).
  "GET /api/orgs/:slug/legal/:kind",
  "POST /api/orgs/:slug/accessibility/feedback",
  // The resident pool's join form and self-service: addressed by a one-time token or a
  // self-service session of that organization (modules/pool/pool.test.ts).
  "GET /api/orgs/:slug/pool/form",
  "POST /api/orgs/:slug/pool/join",
  "POST /api/orgs/:slug/pool/confirm",
  "POST /api/orgs/:slug/pool/confirm-code",
  "POST /api/orgs/:slug/pool/me/link",
  "POST /api/orgs/:slug/pool/me/session",
  "GET /api/orgs/:slug/pool/me",
  "GET /api/orgs/:slug/pool/me/download",
  "PATCH /api/orgs/:slug/pool/me",
  "POST /api/orgs/:slug/pool/me/withdraw",
  "DELETE /api/orgs/:slug/pool/me",
  "PUT /api/orgs/:slug/pool/me/partners",
  // The recruitment sign-up: public, by the letter's personal code, which opens only a person of
  // that organization's open round (modules/pool/recruitment/recruitment.test.ts).
  "POST /api/orgs/:slug/pool/signup/code",
  "POST /api/orgs/:slug/pool/signup",
  // A kiosk's routes: addressed by public id and a kiosk token, refused for any other
  // conversation (modules/conversations/kiosk/kiosk.test.ts).
  "POST /api/p/c/:publicId/kiosk",
  "POST /api/p/c/:publicId/kiosk/people",
  // The SMS providers' callbacks: no organization in the URL; authenticated by a secret in the
  // URL's query (46elks) or a signature (GatewayAPI), refused without (modules/messaging/sms-46elks.test.ts, sms-gatewayapi.test.ts).
  // A report or STOP reply reaches only the organization whose message it answers.
  "POST /api/sms/46elks/delivery",
  "POST /api/sms/46elks/incoming",
  "POST /api/sms/gatewayapi/delivery",
  "POST /api/sms/gatewayapi/incoming",
  // Robot calls' provider webhooks: addressed by the call's id, verified by X-Twilio-Signature
  // or the campaign's 46elks token, refused without (modules/phone/phone.test.ts); the prompt
  // audio behind a signed, expiring link (modules/phone/prompts.test.ts).
  "POST /api/phone/twilio/:callId/start",
  "POST /api/phone/twilio/:callId/gather",
  "POST /api/phone/twilio/:callId/status",
  "POST /api/phone/elks/:callId/start",
  "POST /api/phone/elks/:callId/next",
  "POST /api/phone/elks/:callId/hangup",
  "GET /api/phone/audio/:campaignId/:language/:promptId",
  // Residents' links in invitations: a signed token names the invitation or the organization
  // and address (modules/messaging/invitations.test.ts).
  "GET /api/i/:token",
  "GET /api/unsubscribe/:token",
  "POST /api/unsubscribe/:token",
  // Answering a survey: its public address and the respondent's own resume token, which opens
  // only that survey's response (modules/surveys/answering.test.ts).
  "GET /api/orgs/:slug/s/:surveySlug",
  "POST /api/orgs/:slug/s/:surveySlug/responses",
  "GET /api/orgs/:slug/s/:surveySlug/response",
  "PUT /api/orgs/:slug/s/:surveySlug/response",
  "POST /api/orgs/:slug/s/:surveySlug/response/submit",
  // A published action table, its open data and subscribing to its changes: looked up by the
  // organization in the URL and the table's slug, published tables only; the confirmation and
  // unsubscribe tokens open only a subscription of that organization (modules/actions).
  "GET /api/orgs/:slug/actions/public/:table",
  "GET /api/orgs/:slug/actions/open/:file",
  "POST /api/orgs/:slug/actions/public/:table/subscribe",
  "POST /api/orgs/:slug/actions/subscriptions/confirm",
  "POST /api/orgs/:slug/actions/unsubscribe/:token",
  // A published table's recommendation trail and "what came of" a conversation or a survey:
  // published tables only, and sources looked up in the organization of the URL
  // (modules/actions/trail.test.ts).
  "GET /api/orgs/:slug/actions/public/:table/recommendations/:number",
  "GET /api/orgs/:slug/actions/produced",
  // A published statement and its PDF: looked up in the URL's organization, published only
  // (modules/deliberation/routes.test.ts).
  "GET /api/orgs/:slug/deliberation/public/:statementId",
  "GET /api/orgs/:slug/deliberation/public/:statementId/statement.pdf",
  "GET /api/orgs/:slug/roundtables/public/:roundTableId",
  // A published results page: public, or link-only with its token (themes/themes.test.ts).
  "GET /api/orgs/:slug/s/:surveySlug/results",
  // A decision-maker brief of an activity whose results are public: the activity is looked up
  // in the URL's organization, 404 when its results are not public (reports/reports.test.ts).
  "GET /api/orgs/:slug/reports/public/conversations/:id",
  "GET /api/orgs/:slug/reports/public/conversations/:id/pdf",
  "GET /api/orgs/:slug/reports/public/surveys/:surveyId",
  "GET /api/orgs/:slug/reports/public/surveys/:surveyId/pdf",
  "GET /api/orgs/:slug/reports/public/conversations/:id/docx",
  "GET /api/orgs/:slug/reports/public/surveys/:surveyId/docx",
  "GET /api/orgs/:slug/reports/public/panels/:panelId",
  "GET /api/orgs/:slug/reports/public/panels/:panelId/pdf",
  "GET /api/orgs/:slug/reports/public/panels/:panelId/docx",
  "GET /api/orgs/:slug/reports/public/roundtables/:roundTableId",
  "GET /api/orgs/:slug/reports/public/roundtables/:roundTableId/pdf",
  "GET /api/orgs/:slug/reports/public/roundtables/:roundTableId/docx",
  "GET /api/orgs/:slug/reports/public/juries/:juryId",
  "GET /api/orgs/:slug/reports/public/juries/:juryId/pdf",
  "GET /api/orgs/:slug/reports/public/juries/:juryId/docx",
  "GET /api/orgs/:slug/reports/public/phone/:campaignId",
  "GET /api/orgs/:slug/reports/public/phone/:campaignId/pdf",
  "GET /api/orgs/:slug/reports/public/phone/:campaignId/docx",
  // A panel's public selection report (looked up in the URL's organization) and the panelists'
  // space, opened by a one-time link of that organization's panel (modules/panels/routes.test.ts).
  "GET /api/orgs/:slug/panel-reports/:panelId",
  "POST /api/orgs/:slug/panelists/session",
  "GET /api/orgs/:slug/panelists/me",
  "POST /api/orgs/:slug/panelists/me/answer",
  "GET /api/orgs/:slug/panelists/me/statement",
  "POST /api/orgs/:slug/panelists/me/statement/support",
  "POST /api/orgs/:slug/panelists/me/statement/amendments",
  // The jury space, opened by a one-time link of a jury of the URL's organization, and a jury's
  // public page (looked up in the URL's organization; modules/juries/juries.test.ts).
  "POST /api/orgs/:slug/jury-space/session",
  "GET /api/orgs/:slug/jury-space/me",
  "PUT /api/orgs/:slug/jury-space/me/preferences",
  "GET /api/orgs/:slug/jury-space/me/posts",
  "POST /api/orgs/:slug/jury-space/me/posts",
  "PUT /api/orgs/:slug/jury-space/me/posts/:postId/reactions",
  "POST /api/orgs/:slug/jury-space/me/hearings/:hearingId/questions",
  "PUT /api/orgs/:slug/jury-space/me/questions/:questionId/answer",
  "GET /api/orgs/:slug/jury-space/me/statement",
  "POST /api/orgs/:slug/jury-space/me/statement/support",
  "POST /api/orgs/:slug/jury-space/me/statement/amendments",
  "GET /api/orgs/:slug/jury-space/me/live",
  "GET /api/orgs/:slug/jury-pages/:juryId",
  "GET /api/orgs/:slug/panelists/me/fees",
  "PUT /api/orgs/:slug/panelists/me/payment-details",
  "GET /api/orgs/:slug/panelists/me/sessions",
  "GET /api/orgs/:slug/panelists/me/materials/:materialId/pdf",
  // An open call's sign-up form: only a recruiting open-call panel of the URL's organization.
  "GET /api/orgs/:slug/panel-signup/:panelId",
  "POST /api/orgs/:slug/panel-signup/:panelId",
]);

/** A body that passes validation for each write, so that only authorization can refuse it. */
const SAMPLE_BODIES: Record<string, unknown> = {
  "PATCH /api/orgs/:slug/settings": { themeColor: "#123456" },
  "POST /api/orgs/:slug/staff": {
    email: "intruder@example.fi",
    displayName: "Intruder",
    roles: ["admin"],
  },
  "PATCH /api/orgs/:slug/staff/:userId": { roles: ["viewer"] },
  "PUT /api/orgs/:slug/logo": Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
  "PUT /api/orgs/:slug/conversations/:id/image": Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  ),
  "POST /api/orgs/:slug/conversations": { title: { fi: "Tunkeutuja" } },
  "PATCH /api/orgs/:slug/conversations/:id": { title: { fi: "Muutettu" } },
  "POST /api/orgs/:slug/conversations/:id/seed-statements": { texts: ["Tunkeutujan väite"] },
  "POST /api/orgs/:slug/conversations/:id/moderation": { tids: [0], action: "meta" },
  "POST /api/orgs/:slug/conversations/:id/kiosk-sessions": { eventName: "Tunkeutujan tapahtuma" },
  "PATCH /api/orgs/:slug/conversations/:id/statements/:tid": { text: "Muutettu väite" },
  "PUT /api/orgs/:slug/legal/:kind": { fi: "Tunkeutujan teksti", sv: "", en: "" },
  "PUT /api/orgs/:slug/legal-facts": {
    controllerContact: "tunkeutuja@example.fi",
    dpoContact: "",
    supervisoryAuthority: "",
    conformance: "full",
    evaluatedOn: null,
    evaluator: "",
    nonConformities: [],
  },
  "POST /api/orgs/:slug/accessibility/feedback/:feedbackId/answer": { note: "Tunkeutuja" },
  "POST /api/orgs/:slug/suppressions": { channel: "email", address: "tunkeutuja@example.fi" },
  "PUT /api/orgs/:slug/pool/settings": samplePoolSettings(),
  "POST /api/orgs/:slug/pool/members": sampleJoin({
    email: "tunkeutuja@example.fi",
    source: "paper",
  }),
  "PUT /api/orgs/:slug/conversations/:id/translations": {
    kind: "statement",
    tid: 0,
    language: "sv",
    text: "Inkräktarens översättning",
  },
  "POST /api/orgs/:slug/conversations/import": {
    files: {
      comments: "comment-id,moderated,comment-body\n0,1,Väite\n",
      votes: "comment-id,voter-id,vote\n0,0,1\n",
    },
  },
};

/** Query strings that writes (and the period report) need to pass validation. */
const SAMPLE_QUERIES: Record<string, string> = {
  "PUT /api/orgs/:slug/conversations/:id/image": "?altFi=Kuva",
  "GET /api/orgs/:slug/reports/period": "?from=2026-01-01&to=2026-12-31",
  "GET /api/orgs/:slug/reports/metrics": "?from=2026-01-01&to=2026-12-31",
  "GET /api/orgs/:slug/reports/period/pdf": "?from=2026-01-01&to=2026-12-31",
  "GET /api/orgs/:slug/reports/period/docx": "?from=2026-01-01&to=2026-12-31",
};

interface Target {
  slug: string;
  userId: string;
  conversationId: string;
  feedbackId: string;
  kioskSessionId: string;
  /** The pool's draws and recruitment rounds: requests made as route-samples.ts makes them. */
  pool: SampleTargets;
}

describe("tenant isolation over every route", () => {
  let t: TestApp;
  let alice: StaffClient;
  let alpha: Target;
  let beta: Target;
  let routes: { method: string; url: string }[];
  let editors = 0;

  beforeAll(async () => {
    // The issuer saved below is allow-listed: no DNS look-up leaves the machine.
    t = await createTestApp(unreachableLlmEnv(["https://idp.alpha.fi"]));
    const a = await t.createOrg("alpha");
    const b = await t.createOrg("beta");
    await t.addMember(a, "alice@alpha.fi", ["admin"]);
    const bob = await t.addMember(b, "bob@beta.fi", ["admin"]);
    await t.addMember(b, "bertta@beta.fi", ["moderator"]);
    const spare = await t.addMember(a, "spare@alpha.fi", ["viewer"]);
    alice = await t.signIn("alice@alpha.fi");
    const bobClient = await t.signIn("bob@beta.fi");
    const conversationOf = async (client: StaffClient, slug: string) =>
      (
        await client.request({
          method: "POST",
          url: `/api/orgs/${slug}/conversations`,
          payload: { title: { fi: `${slug} keskustelu` }, seedStatements: ["Väite yksi"] },
        })
      ).json().id as string;
    const feedbackOf = async (slug: string) => {
      await t.app.inject({
        method: "POST",
        url: `/api/orgs/${slug}/accessibility/feedback`,
        payload: {
          message: `${slug}: kuvalta puuttuu tekstivastine`,
          email: "asukas@example.fi",
          language: "fi",
        },
      });
      const list = await (slug === "alpha" ? alice : bobClient).request({
        method: "GET",
        url: `/api/orgs/${slug}/accessibility/feedback`,
      });
      return list.json().items[0].id as string;
    };
    const kioskOf = async (client: StaffClient, slug: string, conversationId: string) =>
      (
        await client.request({
          method: "POST",
          url: `/api/orgs/${slug}/conversations/${conversationId}/kiosk-sessions`,
          payload: { eventName: `${slug} tapahtuma` },
        })
      ).json().id as string;
    // Alpha's pool is set up, so that its staff's sign-up entry goes through.
    await alice.request({
      method: "PUT",
      url: "/api/orgs/alpha/pool/settings",
      payload: samplePoolSettings(),
    });
    // A draw from alpha's pool (three consenting members), for the draws' routes.
    const drawOf = async (organizationId: string, purpose = "panels") => {
      for (let i = 0; i < 3; i++)
        await insertMember(t.database.db, {
          organizationId,
          ...(purpose === "surveys" ? { purposes: ["surveys" as const] } : {}),
        });
      const draw = await alice.request({
        method: "POST",
        url: "/api/orgs/alpha/pool/draws",
        payload: { title: "Arvonta", purpose, method: "random", size: 1 },
      });
      return draw.json().id as string;
    };
    const alphaConversation = await conversationOf(alice, "alpha");
    const betaConversation = await conversationOf(bobClient, "beta");
    const alphaSurvey = await publishedSurvey(alice, "alpha", sampleSurveyInput("alfan-kysely"));
    alpha = {
      slug: "alpha",
      userId: spare,
      conversationId: alphaConversation,
      feedbackId: await feedbackOf("alpha"),
      kioskSessionId: await kioskOf(alice, "alpha", alphaConversation),
      pool: {
        slug: "alpha",
        conversationId: alphaConversation,
        publicId: "",
        feedbackId: "",
        drawId: await drawOf(a.id),
        surveyDrawId: await drawOf(a.id, "surveys"),
        // Beta shares its pool with alpha: alpha accepts and ends, and proposes to beta.
        sharing: {
          partner: "beta",
          agreementId: (url) =>
            agreementForRoute(t.database.db, { hostId: b.id, partnerId: a.id, url }),
        },
        surveyId: alphaSurvey,
        surveyAnalysis: surveyAnalysisForRoute(t.database.db, {
          organizationId: a.id,
          surveyId: alphaSurvey,
        }),
        ...(await sampleActionTargets(alice, "alpha")),
        statement: statementForRoute(t.database.db, { organizationId: a.id }),
        roundTable: roundTableForRoute(t.database.db, { organizationId: a.id }),
        // Sampled routes with :userId (action editors' units) get a member of their own.
        userId: async () => t.addMember(a, `toimittaja-${++editors}@alpha.fi`, ["action_editor"]),
        roundId: (url) =>
          roundForRoute(t.database.db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
            organizationId: a.id,
            url,
          }),
        panel: (url) =>
          panelForRoute(t.database.db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
            organizationId: a.id,
            url,
          }),
        phoneCampaign: phoneCampaignForRoute(t.database.db, {
          organizationId: a.id,
          surveyId: alphaSurvey,
        }),
        jury: (url) =>
          juryForRoute(t.database.db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
            organizationId: a.id,
            url,
          }),
      },
    };
    beta = {
      slug: "beta",
      userId: bob,
      conversationId: betaConversation,
      feedbackId: await feedbackOf("beta"),
      kioskSessionId: await kioskOf(bobClient, "beta", betaConversation),
      // Beta's ids are never reached: Alice is refused before any look-up.
      pool: {
        slug: "beta",
        conversationId: betaConversation,
        publicId: "",
        userId: async () => bob,
        feedbackId: "",
      },
    };
    routes = t.app.routeTable
      .flatMap((r) =>
        (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({ method, url: r.url })),
      )
      .filter(
        (r) => r.url.startsWith("/api/") && !r.url.startsWith("/api/docs") && r.method !== "HEAD",
      );
  });
  afterAll(() => t.close());

  function fill(url: string, target: Target): string {
    return url.replace(/:(\w+)/g, (_m, name: string) => {
      if (name === "slug") return target.slug;
      if (name === "userId") return target.userId;
      if (name === "id") return target.conversationId;
      if (name === "tid") return "0";
      if (name === "sessionId") return target.kioskSessionId;
      if (name === "file") return "votes.csv";
      if (name === "kind") return "privacy";
      if (name === "feedbackId") return target.feedbackId;
      throw new Error(`tenant-isolation test: give a sample value for :${name} in ${url}`);
    });
  }

  /** The pool's population, draws and recruitment rounds, with route-samples.ts' bodies. */
  const POOL_SAMPLED =
    /\/pool\/(population|draws|rounds|composition|sharing)|\/surveys|\/actions\/|\/panels|\/deliberation\/|\/phone\/|\/roundtables|\/juries/;

  async function requestFor(route: { method: string; url: string }, target: Target) {
    if (POOL_SAMPLED.test(route.url)) return alice.request(await sampleRequest(route, target.pool));
    const key = `${route.method} ${route.url}`;
    const body = SAMPLE_BODIES[key];
    return alice.request({
      method: route.method as HTTPMethods,
      url: fill(route.url, target) + (SAMPLE_QUERIES[key] ?? ""),
      ...(body instanceof Buffer
        ? {
            payload: body,
            headers: { "content-type": key.endsWith("/image") ? "image/png" : "image/svg+xml" },
          }
        : body !== undefined
          ? { payload: body as object }
          : {}),
    });
  }

  async function snapshotOfBeta(): Promise<string> {
    const bobClient = await t.signIn("bob@beta.fi");
    const parts = await Promise.all(
      [
        "/api/orgs/beta/settings",
        "/api/orgs/beta/staff",
        "/api/orgs/beta",
        "/api/orgs/beta/conversations",
        `/api/orgs/beta/conversations/${beta.conversationId}/statements`,
        "/api/orgs/beta/legal",
        "/api/orgs/beta/accessibility/feedback",
        "/api/orgs/beta/pool/settings",
        "/api/orgs/beta/pool/members",
      ].map(async (url) => (await bobClient.request({ method: "GET", url })).body),
    );
    // Bob signing in to take the snapshot moves his lastSignInAt; nothing else may move.
    const stable = parts.map((p) => p.replace(/"lastSignInAt":"[^"]*"/g, ""));
    const audit = (
      await bobClient.request({ method: "GET", url: "/api/orgs/beta/audit?limit=200" })
    ).json();
    // Bob's own sign-ins and reads (audit-logged) are expected; any other new event would be a leak.
    const others = audit.events.filter(
      (e: { action: string; actor: { email?: string } | null }) =>
        e.action !== "staff.signed_in" &&
        !(e.action.endsWith("_read") && e.actor?.email === "bob@beta.fi"),
    );
    return JSON.stringify([stable, others]);
  }

  it("has routes to walk", () => {
    const scoped = routes.filter((r) => !PUBLIC_ROUTES.has(`${r.method} ${r.url}`));
    expect(scoped.length).toBeGreaterThanOrEqual(7);
  });

  it("refuses every organization-scoped route for a member of another organization, changing nothing", async () => {
    const before = await snapshotOfBeta();
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      expect(route.url, `${key} must be scoped by :slug or listed as public`).toContain(":slug");
      const response = await requestFor(route, beta);
      expect(response.statusCode, `${key} → ${response.body}`).toBe(403);
      expect(response.json().code, key).toBe("auth.forbidden");
    }
    expect(await snapshotOfBeta()).toBe(before);
  });

  it("refuses another organization's records addressed through the member's own organization", async () => {
    const before = await snapshotOfBeta();
    const mixed = { ...alpha, conversationId: beta.conversationId, feedbackId: beta.feedbackId };
    const withIds = routes.filter(
      (r) =>
        (r.url.includes(":id") || r.url.includes(":feedbackId")) &&
        !PUBLIC_ROUTES.has(`${r.method} ${r.url}`),
    );
    expect(withIds.length).toBeGreaterThanOrEqual(6);
    for (const route of withIds) {
      const response = await requestFor(route, mixed);
      expect(response.statusCode, `${route.method} ${route.url} → ${response.body}`).toBe(404);
    }
    expect(await snapshotOfBeta()).toBe(before);
  });

  // Every route once: some make a fresh record for each request (panels, juries, phone campaigns,
  // round tables) and briefs are written as PDF and DOCX, so longer than the default 30 s.
  it("lets the same requests through in the member's own organization (so the refusals above mean isolation)", {
    timeout: 300_000,
  }, async () => {
    for (const route of routes) {
      const key = `${route.method} ${route.url}`;
      if (PUBLIC_ROUTES.has(key)) continue;
      const response = await requestFor(route, alpha);
      expect(response.statusCode, `${key} → ${response.body}`).toBeLessThan(300);
    }
  });

  it("public routes about another organization show only public data", async () => {
    await alice.request({
      method: "PATCH",
      url: "/api/orgs/alpha/settings",
      payload: {
        oidc: {
          enabled: true,
          issuer: "https://idp.alpha.fi",
          clientId: "c",
          clientSecret: "alpha-secret",
        },
      },
    });
    const profile = await t.app.inject({ method: "GET", url: "/api/orgs/alpha" });
    expect(profile.statusCode).toBe(200);
    expect(profile.body).not.toContain("alpha-secret");
    expect(profile.body).not.toContain("alice@alpha.fi");
    const me = await alice.request({ method: "GET", url: "/api/me" });
    expect(me.json().memberships.map((m: { org: { slug: string } }) => m.org.slug)).toEqual([
      "alpha",
    ]);
  });
});
