import { and, eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import type { Db } from "../../db/client.js";
import { createSealer, type Sealer } from "../../db/sealed.js";
import type { StaffClient, TestApp } from "../../test-app.js";
import { auditEvents } from "../audit/index.js";
import type { Role } from "../identity/index.js";
import { insertCandidates } from "./candidates.js";
import { announceSeed, drawPanelSeats } from "./selection.js";
import { createPanel, setPanelStatus } from "./setup.js";
import { shareQuotas, syntheticSignUps } from "./synthetic.js";
import type { SetupInput } from "./validation.js";

export const FEATURES = ["ageBand", "gender", "municipality"];

/** A test app with one organization and its staff, for the panels' API tests. */
export interface PanelsTestApp<Staff extends string = string> {
  t: TestApp;
  orgId: string;
  /** Each member, signed in to the organization. */
  staff: Record<Staff, StaffClient>;
  /** panelWithCandidates in the organization. */
  panel: (
    options: Omit<Parameters<typeof panelWithCandidates>[2], "organizationId">,
  ) => ReturnType<typeof panelWithCandidates>;
  /** The organization's audit events with the action. */
  audits: (action: string) => Promise<(typeof auditEvents.$inferSelect)[]>;
}

/**
 * A fresh test app with the organization `slug` and its staff: each name with its roles becomes
 * the member `name@slug.fi`, signed in through the mail link. Close it with `t.close()`.
 */
export async function panelsTestApp<Staff extends string>(
  slug: string,
  staff: Record<Staff, Role[]>,
): Promise<PanelsTestApp<Staff>> {
  const { createTestApp, TEST_DATA_KEY } = await import("../../test-app.js");
  const t = await createTestApp();
  const org = await t.createOrg(slug);
  const members = Object.entries(staff) as [Staff, Role[]][];
  for (const [name, roles] of members) await t.addMember(org, `${name}@${slug}.fi`, roles);
  const clients = {} as Record<Staff, StaffClient>;
  for (const [name] of members) clients[name] = await t.signIn(`${name}@${slug}.fi`, slug);
  const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));
  return {
    t,
    orgId: org.id,
    staff: clients,
    panel: (options) =>
      panelWithCandidates(t.database.db, sealer, { ...options, organizationId: org.id }),
    audits: (action) =>
      t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.action, action))),
  };
}

/** A set-up that passes validation (source pool), with quotas fitting `people` for `k`. */
export function sampleSetup(
  overrides: Partial<SetupInput> = {},
  people = syntheticSignUps(60, "testi"),
) {
  const k = overrides.targetSize ?? 12;
  return {
    title: "Asukaspaneeli",
    coreQuestions: [{ text: { fi: "Mitä lähipalveluilta odotetaan?", sv: "", en: "" } }],
    questionsFormedBy: "Aluehallitus",
    sessions: [
      {
        date: "2027-02-04",
        startTime: "17:00",
        endTime: "20:00",
        place: "Kirjasto",
        accessibility: "Esteetön",
        onlineUrl: null,
      },
    ],
    targetSize: k,
    reserves: 4,
    quotas: shareQuotas(people, FEATURES, k),
    fees: { amountPerSessionCents: 5000, travel: true, giftCard: false },
    source: "pool" as const,
    roundId: null,
    ...overrides,
  } satisfies SetupInput;
}

/** A recruiting panel with `count` synthetic candidates; drawn too when `draw` is given. */
export async function panelWithCandidates(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    count?: number;
    k?: number;
    seed?: string;
    draw?: string;
    setup?: Partial<SetupInput>;
  },
) {
  const actor = { label: "test" };
  const people = syntheticSignUps(options.count ?? 60, options.seed ?? "testi");
  const panel = await createPanel(db, {
    organizationId: options.organizationId,
    input: sampleSetup({ targetSize: options.k ?? 12, ...options.setup }, people),
    actor,
  });
  await setPanelStatus(db, {
    organizationId: options.organizationId,
    panelId: panel.id,
    status: "recruiting",
    actor,
  });
  await insertCandidates(db, sealer, { panel, people, actor });
  if (options.draw !== undefined) {
    await announceSeed(db, {
      organizationId: options.organizationId,
      panelId: panel.id,
      announcement: "Lotto 2027-01-09, kaikki numerot",
      knownAt: new Date(Date.now() - 60_000),
      actor,
    });
    await drawPanelSeats(db, {
      organizationId: options.organizationId,
      panelId: panel.id,
      seed: options.draw,
      actor,
    });
  }
  return { panel, people };
}

/**
 * A fresh panel of the organization, taken as far as a route (by its url) needs, and one of its
 * candidates (a seated one once drawn): route walks (route-samples.ts).
 */
export async function panelForRoute(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; url: string },
): Promise<{
  panelId: string;
  candidateId: string;
  sessionId?: string;
  materialId?: string;
  batchId?: string;
}> {
  const { url, organizationId } = options;
  const actor = { label: "test" };
  if (/\/attendance$|\/payment-details|\/fee-batches|\/travel/.test(url)) {
    const { feeRouteTarget } = await import("./fees/fees-testing.js");
    return feeRouteTarget(db, sealer, options);
  }
  if (url.endsWith("/status")) {
    const panel = await createPanel(db, { organizationId, input: sampleSetup(), actor });
    return { panelId: panel.id, candidateId: "00000000-0000-4000-8000-0000000000b1" };
  }
  const sessions = /\/(sessions|materials)\//.test(url) || /\/(materials|feedback)$/.test(url);
  const drawn = sessions || /\/(invitations|withdrawals|contact|selections|statement)$/.test(url);
  const { panel } = await panelWithCandidates(db, sealer, {
    organizationId,
    count: 20,
    k: 4,
    ...(drawn ? { draw: "reitti" } : {}),
  });
  if (url.endsWith("/draw"))
    await announceSeed(db, {
      organizationId,
      panelId: panel.id,
      announcement: "Lotto 2027-01-09, kaikki numerot",
      knownAt: new Date(Date.now() - 60_000),
      actor,
    });
  if (sessions) {
    const { sessionForRoute } = await import("./sessions/testing.js");
    if (url.endsWith("/feedback"))
      await setPanelStatus(db, { organizationId, panelId: panel.id, status: "running", actor });
    return {
      panelId: panel.id,
      ...(await sessionForRoute(db, { organizationId, panelId: panel.id })),
    };
  }
  const { candidatesOf } = await import("./candidates.js");
  const rows = await candidatesOf(db, panel);
  const candidate = rows.find((r) => r.status === "selected") ?? rows[0]!;
  return { panelId: panel.id, candidateId: candidate.id };
}

/** A live panelist session for a candidate (as the one-time link would open), for tests. */
export async function panelistSession(
  db: Db,
  options: { organizationId: string; panelId: string; candidateId: string },
): Promise<string> {
  const { randomBytes } = await import("node:crypto");
  const { hashToken } = await import("../identity/index.js");
  const { panelTokens } = await import("./schema.js");
  const session = randomBytes(32).toString("base64url");
  await db.insert(panelTokens).values({
    organizationId: options.organizationId,
    panelId: options.panelId,
    candidateId: options.candidateId,
    purpose: "session",
    tokenHash: hashToken(session),
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  return session;
}

/** A request from a panelist's space: `request` with a fresh session of the candidate. */
export async function asPanelist(
  t: TestApp,
  panelist: { organizationId: string; panelId: string; candidateId: string },
  request: InjectOptions,
) {
  return t.app.inject({
    ...request,
    headers: {
      ...request.headers,
      "x-panel-session": await panelistSession(t.database.db, panelist),
    },
  });
}
