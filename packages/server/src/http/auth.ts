import type { FastifyInstance, FastifyReply } from "fastify";
import type { Config } from "../config.js";
import { AppError } from "../errors.js";

export const SESSION_COOKIE = "kuulo_session";
const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A signed-in staff member's session, as the module that signs staff in resolves it from the
 * session cookie. This base knows only its CSRF token; that module (identity) adds its own
 * fields by declaration merging, so `request.staffSession` has its full type everywhere.
 */
export interface AuthSession {
  csrfToken: string;
}

/** The session behind a cookie token, or undefined when unknown or expired. */
export type SessionResolver = (token: string) => Promise<AuthSession | undefined>;

declare module "fastify" {
  interface FastifyRequest {
    staffSession: AuthSession | undefined;
    sessionToken: string | undefined;
  }
  interface FastifyContextConfig {
    /** false for endpoints that are not cookie-authenticated writes (sign-in itself). */
    csrf?: boolean;
  }
}

/**
 * Resolves the staff session from its cookie on every API request (with the resolver the
 * module list provides, modules/define.ts), and refuses cookie-authenticated writes without
 * the session's CSRF token. Sign-in endpoints instead check that a browser's Origin is our own.
 */
export function installAuth(
  app: FastifyInstance,
  options: { config: Config; resolveSession: SessionResolver },
): void {
  app.decorateRequest("staffSession", undefined);
  app.decorateRequest("sessionToken", undefined);
  const ownOrigin = new URL(options.config.publicUrl).origin;

  app.addHook("preHandler", async (request) => {
    if (!request.url.startsWith("/api/")) return;
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      request.sessionToken = token;
      request.staffSession = await options.resolveSession(token);
    }
    if (!UNSAFE.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin && origin !== ownOrigin && origin !== `${request.protocol}://${request.host}`) {
      throw new AppError("csrf.failed", `Requests from ${origin} are not accepted.`);
    }
    if (request.routeOptions.config.csrf === false) return;
    if (
      request.staffSession &&
      request.headers["x-csrf-token"] !== request.staffSession.csrfToken
    ) {
      throw new AppError(
        "csrf.failed",
        "Send the x-csrf-token header from GET /api/me with every change.",
      );
    }
  });
}

export function setSessionCookie(
  reply: FastifyReply,
  options: { token: string; expiresAt: Date; secure: boolean },
): void {
  reply.setCookie(SESSION_COOKIE, options.token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: options.secure,
    expires: options.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: "/", httpOnly: true, sameSite: "lax", secure });
}
