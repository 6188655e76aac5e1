import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError } from "../../errors.js";
import type { ModuleContext } from "../define.js";
import type { MessagingServices } from "./module.js";
import { listOutbox } from "./service.js";

export function messagingRoutes(app: FastifyInstance, ctx: ModuleContext<MessagingServices>): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/dev/outbox",
    {
      // Development only: refused at start-up unless the server listens on loopback (config.ts).
      config: { access: "public" },
      schema: {
        tags: ["development"],
        summary:
          "Mails (and SMS) held in the development outbox (only when no SMTP server or SMS provider is configured)",
        response: {
          200: z.object({
            messages: z.array(
              z.object({
                id: z.number(),
                channel: z.enum(["email", "sms"]),
                to: z.string(),
                subject: z.string(),
                text: z.string(),
                html: z.string(),
                createdAt: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => {
      if (ctx.services.mailer.kind !== "outbox") {
        throw new AppError("not_found", "There is no development outbox: mail goes out over SMTP.");
      }
      const rows = await listOutbox(ctx.database.db);
      return {
        messages: rows.map((m) => ({
          id: m.id,
          channel: m.channel === "sms" ? ("sms" as const) : ("email" as const),
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
          createdAt: m.createdAt.toISOString(),
        })),
      };
    },
  );
}
