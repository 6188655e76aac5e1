import { defineModule } from "../define.js";
import { startMailWorker } from "./queue.js";
import { messagingRoutes } from "./routes.js";
import * as tables from "./schema.js";
import { createMailer, type Mailer } from "./service.js";

/** The services of the messaging module in one process. */
export interface MessagingServices {
  /** SMTP, or the development outbox when no SMTP server is configured. */
  mailer: Mailer;
}

/** The durable mail queue, its worker (SMTP or the development outbox) and the outbox route. */
export const messagingModule = defineModule<MessagingServices>({
  name: "messaging",
  tables,
  auditActions: [],
  services: ({ config }) => ({
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
  }),
  close: ({ mailer }) => mailer.close(),
  routes: [messagingRoutes],
  workers: [
    ({ config, database, services, modules, log }) =>
      config.mailWorker
        ? startMailWorker({
            db: database.db,
            mailer: services.mailer,
            composers: modules.mailComposers(config),
            intervalMs: config.mailIntervalMs,
            maxAttempts: config.mailMaxAttempts,
            retryBaseMs: config.mailRetrySeconds * 1000,
            onError: (error, { mailId, attempts }) =>
              log.warn({ err: error, mailId, attempts }, "mail not sent"),
          })
        : undefined,
  ],
});
