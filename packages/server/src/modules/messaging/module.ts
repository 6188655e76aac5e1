import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import { defineModule } from "../define.js";
import { invitationLinkRoutes } from "./link-routes.js";
import { messagingPermissions } from "./permissions.js";
import { startMailWorker } from "./queue.js";
import { messagingRoutes } from "./routes.js";
import * as tables from "./schema.js";
import { createMailer, type Mailer } from "./service.js";
import { startSmsWorker } from "./sms.js";
import { createSmsGateway, type SmsGateway } from "./sms-providers.js";
import { smsCallbackRoutes } from "./sms-routes.js";
import { suppressionStaffRoutes } from "./staff-routes.js";

/** The services of the messaging module in one process. */
export interface MessagingServices {
  /** SMTP, or the development outbox when no SMTP server is configured. */
  mailer: Mailer;
  /** The SMS provider (46elks, GatewayAPI), or the development outbox. */
  sms: SmsGateway;
  /** Seals the numbers waiting in the SMS queue (the installation's data key). */
  sealer: Sealer;
}

/**
 * The durable mail and SMS queues and their workers, the SMS providers' callbacks, the one
 * suppression list, tracked invitations, and the development outbox.
 */
export const messagingModule = defineModule<MessagingServices>({
  name: "messaging",
  tables,
  permissions: messagingPermissions,
  auditActions: ["suppression.added"],
  services: ({ config }) => ({
    mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom }),
    sms: createSmsGateway(
      { ...config.sms, publicUrl: config.publicUrl },
      { outbound: config.outbound, devOutbox: config.devOutbox },
    ),
    sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER,
  }),
  close: ({ mailer }) => mailer.close(),
  routes: [messagingRoutes, smsCallbackRoutes, invitationLinkRoutes, suppressionStaffRoutes],
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
    ({ config, database, services, log }) =>
      config.sms.worker
        ? startSmsWorker({
            db: database.db,
            sealer: services.sealer,
            gateway: services.sms,
            intervalMs: config.mailIntervalMs,
            maxAttempts: config.sms.maxAttempts,
            retryBaseMs: config.sms.retrySeconds * 1000,
            onError: (error, { smsId, attempts }) =>
              log.warn({ err: error, smsId, attempts }, "SMS not sent"),
          })
        : undefined,
  ],
});
