import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { mediaResponse, redirect } from "../../http/responses.js";
import type { ModuleContext } from "../define.js";
import { openInvitation } from "./invitations.js";
import type { MessagingServices } from "./module.js";
import { readUnsubscribeToken, unsubscribe } from "./suppression.js";

/**
 * The links in invitations: the tracked link (records "opened", then leads on) and the
 * unsubscribe link. Unsubscribing takes a POST — RFC 8058's one-click from the mail client, or
 * the button on the page a GET shows — so that a mail scanner following links unsubscribes no one.
 */

type Language = "fi" | "sv" | "en";

const TEXTS: Record<Language, { title: string; ask: string; button: string; done: string }> = {
  fi: {
    title: "Viestien tilauksen peruminen",
    ask: "Haluatko, ettei sinulle enää lähetetä kutsuja tai muistutuksia tähän osoitteeseen?",
    button: "Peru viestit",
    done: "Valmis. Tähän osoitteeseen ei enää lähetetä kutsuja eikä muistutuksia.",
  },
  sv: {
    title: "Avsluta utskick",
    ask: "Vill du att inga fler inbjudningar eller påminnelser skickas till den här adressen?",
    button: "Avsluta utskicken",
    done: "Klart. Inga fler inbjudningar eller påminnelser skickas till den här adressen.",
  },
  en: {
    title: "Unsubscribe",
    ask: "Do you want no more invitations or reminders to be sent to this address?",
    button: "Unsubscribe",
    done: "Done. No more invitations or reminders will be sent to this address.",
  },
};

function page(language: Language, body: string): string {
  const t = TEXTS[language];
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>body{font:1.125rem/1.5 system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}
button{font:inherit;padding:.6rem 1.2rem;min-height:44px}button:focus-visible{outline:3px solid #1a5fb4;outline-offset:2px}</style>
</head><body><main><h1>${t.title}</h1>${body}</main></body></html>`;
}

const language = z.enum(["fi", "sv", "en"]).default("fi");
const tokenParams = z.object({ token: z.string().max(100) });
const html = mediaResponse("A page in the resident's language", ["text/html"]);

export function invitationLinkRoutes(
  app: FastifyInstance,
  ctx: ModuleContext<MessagingServices>,
): void {
  const db = ctx.database.db;
  const tag = { tags: ["invitations (residents)"] };

  app.register(async (scoped) => {
    // Mail clients send the one-click unsubscribe (RFC 8058: List-Unsubscribe=One-Click) as
    // multipart/form-data or as a urlencoded form; the token alone decides, so the body is
    // read only to be let through.
    scoped.addContentTypeParser(
      "application/x-www-form-urlencoded",
      { parseAs: "string", bodyLimit: 4096 },
      (_request, body, done) =>
        done(null, Object.fromEntries(new URLSearchParams(body as string).entries())),
    );
    scoped.addContentTypeParser(
      "multipart/form-data",
      { parseAs: "string", bodyLimit: 4096 },
      (_request, _body, done) => done(null, {}),
    );
    const r = scoped.withTypeProvider<ZodTypeProvider>();

    r.get(
      "/api/i/:token",
      {
        config: { access: "public" },
        schema: {
          ...tag,
          summary: "An invitation's tracked link: records that it was opened and leads on",
          params: tokenParams,
          response: { 302: redirect("To the page the invitation is for") },
        },
      },
      async (request, reply) => {
        const target = await openInvitation(db, request.params.token);
        if (!target) throw new AppError("not_found", "No such invitation link.");
        return reply.redirect(`${ctx.config.publicUrl}${target}`, 302);
      },
    );

    r.get(
      "/api/unsubscribe/:token",
      {
        config: { access: "public" },
        schema: {
          ...tag,
          summary: "The unsubscribe page: asks before unsubscribing (fi, sv or en)",
          params: tokenParams,
          querystring: z.object({ lang: language }),
          response: { 200: html },
        },
      },
      async (request, reply) => {
        if (!(await readUnsubscribeToken(db, request.params.token))) {
          throw new AppError("not_found", "No such unsubscribe link.");
        }
        const lang = request.query.lang;
        const t = TEXTS[lang];
        const action = `/api/unsubscribe/${encodeURIComponent(request.params.token)}?lang=${lang}`;
        return reply
          .type("text/html; charset=utf-8")
          .send(
            page(
              lang,
              `<p>${t.ask}</p><form method="post" action="${action}"><button type="submit">${t.button}</button></form>`,
            ),
          );
      },
    );

    r.post(
      "/api/unsubscribe/:token",
      {
        config: { access: "public" },
        schema: {
          ...tag,
          summary: "Unsubscribe (RFC 8058 one-click, or the page's button)",
          params: tokenParams,
          querystring: z.object({ lang: language }),
          body: z.record(z.string().max(64), z.string().max(200)).nullish(),
          response: { 200: html },
        },
      },
      async (request, reply) => {
        if (!(await unsubscribe(db, request.params.token))) {
          throw new AppError("not_found", "No such unsubscribe link.");
        }
        const lang = request.query.lang;
        return reply
          .type("text/html; charset=utf-8")
          .send(page(lang, `<p role="status">${TEXTS[lang].done}</p>`));
      },
    );
  });
}
