import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { StaffClient, TestApp } from "../../../test-app.js";
import { auditEvents } from "../../audit/schema.js";
import type { Organization } from "../../organizations/index.js";
import { tinyPopulation } from "../draws/testing.js";
import { poolSharingAgreements } from "../schema.js";
import { setUpPool } from "../testing.js";

/**
 * A fresh agreement by which `hostId` shares its pool with `partnerId`, for a route walk:
 * proposed when the route accepts one, else accepted. An open agreement between the two is
 * ended first (only one may be open at a time).
 */
export async function agreementForRoute(
  db: Db,
  options: { hostId: string; partnerId: string; url: string },
): Promise<string> {
  const pair = and(
    eq(poolSharingAgreements.organizationId, options.hostId),
    eq(poolSharingAgreements.partnerOrganizationId, options.partnerId),
  );
  await db
    .update(poolSharingAgreements)
    .set({ status: "ended", endedAt: new Date() })
    .where(and(pair, ne(poolSharingAgreements.status, "ended")));
  const proposed = options.url.endsWith("/accept");
  const [agreement] = await db
    .insert(poolSharingAgreements)
    .values({
      organizationId: options.hostId,
      partnerOrganizationId: options.partnerId,
      reference: "Testisopimus",
      status: proposed ? "proposed" : "accepted",
      acceptedAt: proposed ? null : new Date(),
    })
    .returning({ id: poolSharingAgreements.id });
  return agreement!.id;
}

export interface SharingSetUp {
  host: Organization;
  partner: Organization;
  hostAdmin: StaffClient;
  hostFacilitator: StaffClient;
  partnerAdmin: StaffClient;
  partnerFacilitator: StaffClient;
  partnerAnalyst: StaffClient;
  outsider: StaffClient;
}

/**
 * Three organizations: `jakaja` (the host, its pool set up with a population table),
 * `kumppani` (the partner) and `ulkopuoli` (neither), with their staff signed in.
 */
export async function setUpSharing(t: TestApp): Promise<SharingSetUp> {
  const host = await t.createOrg("jakaja");
  const partner = await t.createOrg("kumppani");
  const third = await t.createOrg("ulkopuoli");
  await t.addMember(host, "admin@jakaja.fi", ["admin"]);
  await t.addMember(host, "ohjaaja@jakaja.fi", ["facilitator"]);
  await t.addMember(partner, "admin@kumppani.fi", ["admin"]);
  await t.addMember(partner, "ohjaaja@kumppani.fi", ["facilitator"]);
  await t.addMember(partner, "analyytikko@kumppani.fi", ["analyst"]);
  await t.addMember(third, "admin@ulkopuoli.fi", ["admin"]);
  const hostAdmin = await t.signIn("admin@jakaja.fi", "jakaja");
  await setUpPool(hostAdmin, "jakaja");
  const population = await hostAdmin.request({
    method: "PUT",
    url: "/api/orgs/jakaja/pool/population",
    payload: { data: tinyPopulation() },
  });
  if (population.statusCode !== 200) throw new Error(`population: ${population.body}`);
  return {
    host,
    partner,
    hostAdmin,
    hostFacilitator: await t.signIn("ohjaaja@jakaja.fi", "jakaja"),
    partnerAdmin: await t.signIn("admin@kumppani.fi", "kumppani"),
    partnerFacilitator: await t.signIn("ohjaaja@kumppani.fi", "kumppani"),
    partnerAnalyst: await t.signIn("analyytikko@kumppani.fi", "kumppani"),
    outsider: await t.signIn("admin@ulkopuoli.fi", "ulkopuoli"),
  };
}

/** The audit events of an organization with the action. */
export const auditsOf = (t: TestApp, organizationId: string, action: string) =>
  t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.action, action)));
