import type { InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "./db/sealed.js";
import { sampleActionTargets } from "./modules/actions/testing.js";
import { statementForRoute } from "./modules/deliberation/testing.js";
import { ROLES, type Role } from "./modules/identity/schema.js";
import { juryForRoute } from "./modules/juries/testing.js";
import { accessibilityFeedback } from "./modules/legal/schema.js";
import { panelForRoute } from "./modules/panels/testing.js";
import { phoneCampaignForRoute } from "./modules/phone/testing.js";
import { insertMember, tinyPopulation } from "./modules/pool/draws/testing.js";
import { roundForRoute } from "./modules/pool/recruitment/testing.js";
import { agreementForRoute } from "./modules/pool/sharing/testing.js";
import { samplePoolSettings } from "./modules/pool/testing.js";
import { roundTableForRoute } from "./modules/roundtables/testing.js";
import { surveyAnalysisForRoute } from "./modules/surveys/route-targets.js";
import {
  publishedSurvey,
  sampleSurveyInput,
  unreachableLlmEnv,
} from "./modules/surveys/testing.js";
import { permissionTable } from "./permissions.js";
import { type RouteKey, routesOf, type SampleTargets, sampleRequest } from "./route-samples.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "./test-app.js";

/**
 * Walks every route of the app with every role, with no one signed in, and with a member of
 * another organization, and compares what happens with what the route declares
 * (`config.permission` or `config.access`) and what the permission table says:
 * - a permission route lets through exactly the roles that hold the permission (2xx), refuses
 *   the other roles and the other organization's member (403) and the anonymous (401);
 * - a signed-in route lets through every staff member and refuses the anonymous (401);
 * - a public route refuses no one (never 401 or 403);
 * - a provider's callback refuses everyone without its secret or signature, staff included
 *   (401 or 403: the walk sends neither).
 * A route that declares neither fails, so a new route cannot be left unclassified.
 */

type Caller = Role | "anonymous" | "outsider";
const CALLERS: Caller[] = ["anonymous", ...ROLES, "outsider"];

describe("every route against every role", () => {
  let t: TestApp;
  let targets: SampleTargets;
  const clients = new Map<Caller, StaffClient>();
  const emailOf = (caller: Caller) =>
    caller === "outsider" ? "admin@muu-kunta.fi" : `${caller}@oma-kunta.fi`;

  async function client(caller: Caller): Promise<StaffClient | undefined> {
    if (caller === "anonymous") return undefined;
    let c = clients.get(caller);
    if (!c) {
      c = await t.signIn(emailOf(caller));
      clients.set(caller, c);
    }
    return c;
  }

  async function call(caller: Caller, route: RouteKey): Promise<LightMyRequestResponse> {
    const options: InjectOptions = await sampleRequest(route, targets);
    const c = await client(caller);
    const response = c ? await c.request(options) : await t.app.inject(options);
    // Signing out ends the caller's session: the next request signs in again.
    if (route.url === "/api/auth/sign-out") clients.delete(caller);
    return response;
  }

  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_RATE_LIMIT: "1000", ...unreachableLlmEnv() });
    const own = await t.createOrg("oma-kunta");
    const other = await t.createOrg("muu-kunta");
    for (const role of ROLES) await t.addMember(own, emailOf(role), [role]);
    await t.addMember(other, emailOf("outsider"), ["admin"]);
    const admin = (await client("admin"))!;
    const created = await admin.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/conversations",
      payload: { title: { fi: "Kirjastot" }, seedStatements: ["Kirjastoihin lisää aukioloa"] },
    });
    expect(created.statusCode).toBe(201);
    const feedback = await t.app.inject({
      method: "POST",
      url: "/api/orgs/oma-kunta/accessibility/feedback",
      payload: { message: "Painikkeen teksti ei erotu taustasta", language: "fi" },
    });
    expect(feedback.statusCode).toBe(201);
    const [feedbackRow] = await t.database.db
      .select({ id: accessibilityFeedback.id })
      .from(accessibilityFeedback)
      .limit(1);
    // The resident pool is set up, so that staff can enter sign-ups into it.
    const pool = await admin.request({
      method: "PUT",
      url: "/api/orgs/oma-kunta/pool/settings",
      payload: samplePoolSettings(),
    });
    expect(pool.statusCode).toBe(200);
    // A population table, a few consenting members and a draw, for the composition and draws.
    const population = await admin.request({
      method: "PUT",
      url: "/api/orgs/oma-kunta/pool/population",
      payload: { data: tinyPopulation() },
    });
    expect(population.statusCode).toBe(200);
    for (let i = 0; i < 3; i++) await insertMember(t.database.db, { organizationId: own.id });
    const draw = await admin.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/pool/draws",
      payload: { title: "Arvonta", purpose: "panels", method: "random", size: 1 },
    });
    for (let i = 0; i < 2; i++)
      await insertMember(t.database.db, { organizationId: own.id, purposes: ["surveys"] });
    const surveyDraw = await admin.request({
      method: "POST",
      url: "/api/orgs/oma-kunta/pool/draws",
      payload: { title: "Kyselyarvonta", purpose: "surveys", method: "random", size: 1 },
    });
    let spare = 0;
    const kiosk = await admin.request({
      method: "POST",
      url: `/api/orgs/oma-kunta/conversations/${created.json().id}/kiosk-sessions`,
      payload: { eventName: "Kirjaston hyvinvointipäivä" },
    });
    const surveyId = await publishedSurvey(admin, "oma-kunta", sampleSurveyInput("palaute"));
    targets = {
      ...(await sampleActionTargets(admin, "oma-kunta", t.database.db)),
      statement: statementForRoute(t.database.db, { organizationId: own.id }),
      roundTable: roundTableForRoute(t.database.db, { organizationId: own.id }),
      feedbackId: feedbackRow!.id,
      slug: "oma-kunta",
      conversationId: created.json().id,
      publicId: created.json().publicId,
      kioskSessionId: kiosk.json().id,
      drawId: draw.json().id,
      surveyDrawId: surveyDraw.json().id,
      sharing: {
        partner: "muu-kunta",
        agreementId: (url) =>
          agreementForRoute(t.database.db, { hostId: other.id, partnerId: own.id, url }),
      },
      surveyId,
      surveySlug: "palaute",
      surveyAnalysis: surveyAnalysisForRoute(t.database.db, { organizationId: own.id, surveyId }),
      // A member to change or remove, new for each request.
      userId: async () => t.addMember(own, `varalla-${++spare}@oma-kunta.fi`, ["viewer"]),
      roundId: (url) =>
        roundForRoute(t.database.db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
          organizationId: own.id,
          url,
        }),
      panel: (url) =>
        panelForRoute(t.database.db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
          organizationId: own.id,
          url,
        }),
      phoneCampaign: phoneCampaignForRoute(t.database.db, { organizationId: own.id, surveyId }),
      jury: (url) =>
        juryForRoute(t.database.db, createSealer(Buffer.from(TEST_DATA_KEY, "hex")), {
          organizationId: own.id,
          url,
        }),
    };
  });
  afterAll(() => t.close());

  it("declares for every route who may call it, with permissions that the table knows", () => {
    const undeclared: string[] = [];
    const used = new Set<string>();
    for (const { method, url, route } of routesOf(t.app.routeTable)) {
      const { permission, access } = route.config ?? {};
      if (permission) {
        used.add(permission);
        expect(permissionTable.has(permission), `${method} ${url}`).toBe(true);
        // The permission is held in an organization: the route names it.
        expect(url, `${method} ${url} needs :slug for its permission`).toContain(":slug");
      } else if (access !== "public" && access !== "signed-in" && access !== "callback") {
        undeclared.push(`${method} ${url}`);
      }
    }
    expect(undeclared, "routes without config.permission or config.access").toEqual([]);
    const declared = permissionTable.modules.flatMap((m) => Object.keys(m.permissions));
    expect(
      declared.filter((p) => !used.has(p)),
      "permissions no route needs",
    ).toEqual([]);
  });

  // Some 380 requests: on a loaded machine this takes longer than the default 30 s.
  it("lets through exactly whom the declaration and the table let through", {
    timeout: 300_000,
  }, async () => {
    const mismatches: string[] = [];
    let walked = 0;
    for (const { method, url, route } of routesOf(t.app.routeTable)) {
      const { permission, access } = route.config ?? {};
      for (const caller of CALLERS) {
        const response = await call(caller, { method, url });
        walked++;
        const status = response.statusCode;
        const code = status >= 400 ? (response.json() as { code?: string }).code : undefined;
        let expected: "allowed" | "401" | "403" | "not refused" | "refused";
        if (access === "public") expected = "not refused";
        else if (access === "callback") expected = "refused";
        else if (caller === "anonymous") expected = "401";
        else if (access === "signed-in") expected = "allowed";
        else if (caller === "outsider") expected = "403";
        else expected = permissionTable.can([caller], permission!) ? "allowed" : "403";
        const ok =
          expected === "allowed"
            ? status < 400
            : expected === "not refused"
              ? status !== 401 && status !== 403
              : expected === "refused"
                ? (status === 401 && code === "auth.required") ||
                  (status === 403 && code === "auth.forbidden")
                : expected === "401"
                  ? status === 401 && code === "auth.required"
                  : status === 403 && code === "auth.forbidden";
        if (!ok)
          mismatches.push(
            `${method} ${url} as ${caller}: expected ${expected}, got ${status} ${response.body.slice(0, 200)}`,
          );
      }
    }
    expect(walked).toBeGreaterThan(40 * CALLERS.length);
    expect(mismatches).toEqual([]);
  });
});
