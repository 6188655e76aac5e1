import type { FastifyInstance } from "fastify";
import { setFrameAncestors } from "../../../http/web.js";
import type { ModuleContext } from "../../define.js";
import { publicSurvey } from "../answering.js";
import type { SurveyServices } from "../services.js";

/** The web app's answering page of a survey: /{org}/surveys/{slug} (?embed=1). */
const ANSWERING_PAGE = /^\/([a-z0-9-]+)\/surveys\/([a-z0-9-]+)\/?$/;

/**
 * A survey with an embed allow-list (`embedOrigins`): its answering page may be framed only by
 * those sites (`frame-ancestors` lists them; without a list any site may, http/web.ts). Read
 * from the answering path's cache, so a page load adds no query while the survey is cached.
 */
export function surveyEmbedRoutes(app: FastifyInstance, ctx: ModuleContext<SurveyServices>): void {
  const db = ctx.database.db;
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" && request.method !== "HEAD") return payload;
    const match = ANSWERING_PAGE.exec(request.url.split("?")[0] ?? "");
    if (!match || reply.statusCode !== 200) return payload;
    const [, slug = "", surveySlug = ""] = match;
    const open = await ctx.services.openSurveys
      .get(slug, surveySlug, () => publicSurvey(db, { orgSlug: slug, surveySlug }))
      .catch(() => undefined); // no such published survey: the page says so
    const origins = open?.survey.embedOrigins ?? [];
    if (origins.length > 0) setFrameAncestors(reply, origins);
    return payload;
  });
}
