import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.js";
import { findOrganizationBySlug } from "../../organizations/index.js";
import { panelistOf } from "../confirmations.js";

export const PANELIST_COOKIE = "kuulo_panelist";
export const PANELIST_HEADER = "x-panel-session";
export const panelistCookiePath = (slug: string) => `/api/orgs/${slug}/panelists`;

/** The session token of a request: the header (apps, tests) or the panelist cookie. */
export function panelistSessionOf(request: FastifyRequest): string | undefined {
  const header = request.headers[PANELIST_HEADER];
  return (
    (typeof header === "string" && header ? header : undefined) ?? request.cookies[PANELIST_COOKIE]
  );
}

/** The panelist behind a request in the URL's organization (400/410 without a live session). */
export async function panelistOfRequest(db: Db, slug: string, request: FastifyRequest) {
  const organization = await findOrganizationBySlug(db, slug);
  return {
    organization,
    ...(await panelistOf(db, {
      organizationId: organization.id,
      session: panelistSessionOf(request),
    })),
  };
}
