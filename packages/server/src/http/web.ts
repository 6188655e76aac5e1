import { existsSync, readFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "../errors.js";
import { sendProblem } from "./problems.js";

export function defaultWebDist(): string {
  return resolve(fileURLToPath(new URL("../../../web/dist", import.meta.url)));
}

const NOT_BUILT = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Kuulo</title></head>
<body><main><h1>Kuulo</h1><p>Verkkosovellusta ei ole vielä koottu. Aja <code>npm run build</code>.</p>
<p lang="en">The web app has not been built yet. Run <code>npm run build</code>.</p></main></body></html>`;

/**
 * Residents' conversation and survey answering pages, which a county may embed in its own site
 * with an iframe (`?embed=1` hides the site's header and footer).
 */
const EMBEDDABLE = /^\/[a-z0-9-]+\/(c\/[a-z0-9]+|surveys\/[a-z0-9-]+)\/?$/;

/**
 * Lets the given sites (origins, or `*` for any) frame this response: the CSP's
 * `frame-ancestors` lists them and X-Frame-Options goes (it cannot list sites). Modules narrow
 * an embeddable page to its own allow-list with this (surveys' `embedOrigins`).
 */
export function setFrameAncestors(reply: FastifyReply, sources: readonly string[]): void {
  // helmet writes these on the raw response.
  const csp = String(reply.raw.getHeader("content-security-policy") ?? "");
  reply.raw.setHeader(
    "content-security-policy",
    csp.replace(/frame-ancestors [^;]*/, `frame-ancestors ${sources.join(" ")}`),
  );
  reply.raw.removeHeader("x-frame-options");
}

const allowFraming = (reply: FastifyReply) => setFrameAncestors(reply, ["*"]);

/**
 * Serves the built web app. Paths that are not files get index.html, so the app's router
 * decides (and shows its own 404 page in the user's language). Unknown /api paths get
 * problem+json.
 */
export async function installWeb(app: FastifyInstance, options: { dist: string }): Promise<void> {
  const indexPath = join(options.dist, "index.html");
  const built = existsSync(indexPath);
  if (built) {
    // The web app's files are public (http/permissions.ts: every route declares who may call it).
    app.addHook("onRoute", (route) => {
      if (!route.url.startsWith("/api/")) route.config = { ...route.config, access: "public" };
    });
    await app.register(fastifyStatic, {
      root: options.dist,
      wildcard: false,
      index: false,
      setHeaders: (res, path) => {
        // The embed script is loaded by counties' own sites.
        if (path.endsWith(`${sep}embed.js`))
          res.header("cross-origin-resource-policy", "cross-origin");
        res.header(
          "cache-control",
          path.includes(`${join(options.dist, "assets")}`)
            ? "public, max-age=31536000, immutable"
            : "no-cache",
        );
      },
    });
  }
  const indexHtml = () => (built ? readFileSync(indexPath, "utf8") : NOT_BUILT);
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split("?")[0] ?? "/";
    if (
      path.startsWith("/api/") ||
      path === "/api" ||
      (request.method !== "GET" && request.method !== "HEAD")
    ) {
      return sendProblem(
        reply,
        request,
        new AppError("not_found", `Nothing at ${request.method} ${path}.`),
      );
    }
    if (EMBEDDABLE.test(path)) allowFraming(reply);
    return reply
      .type("text/html; charset=utf-8")
      .header("cache-control", "no-cache")
      .send(indexHtml());
  });
}
