import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.js";
import { memberOf } from "../sessions.js";

export const JURY_COOKIE = "kuulo_jury";
export const JURY_HEADER = "x-jury-session";
export const juryCookiePath = (slug: string) => `/api/orgs/${slug}/jury-space`;

/** The session token of a request: the header (apps, tests, the bench) or the cookie. */
export function jurySessionOf(request: FastifyRequest): string | undefined {
  const header = request.headers[JURY_HEADER];
  return (
    (typeof header === "string" && header ? header : undefined) ?? request.cookies[JURY_COOKIE]
  );
}

/** The juror or expert behind a request in the URL's organization (400/410/403 without a live session). */
export async function memberOfRequest(db: Db, slug: string, request: FastifyRequest) {
  return memberOf(db, { slug, session: jurySessionOf(request) });
}
