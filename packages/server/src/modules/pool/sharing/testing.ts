import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { poolSharingAgreements } from "../schema.js";

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
