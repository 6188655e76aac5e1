import { isConnectionLoss } from "../../db/connection-loss.js";
import { defineModule } from "../define.js";
import { openConversations } from "./activities.js";
import { seedDemoConversation } from "./demo.js";
import { startMathWorker } from "./math/math.js";
import { createMathRunner } from "./math/math-runner.js";
import { conversationPermissions } from "./permissions.js";
import { conversationExchangeRoutes } from "./routes/exchange.js";
import { conversationImageRoutes } from "./routes/image.js";
import { conversationKioskRoutes } from "./routes/kiosk.js";
import { conversationResidentRoutes } from "./routes/resident.js";
import { conversationStaffRoutes } from "./routes/staff.js";
import { conversationTranslationRoutes } from "./routes/translations.js";
import * as tables from "./schema.js";
import { type ConversationServices, createConversationServices } from "./services.js";

/**
 * Opinion conversations: staff routes, residents' routes under `/api/p/c/:publicId`,
 * moderation, the vote writer, the math worker on @kuulo/opinion, exports and import, and live
 * events. The worked example of docs/MODULES.md.
 */
export const conversationsModule = defineModule<ConversationServices>({
  name: "conversations",
  tables,
  permissions: conversationPermissions,
  auditActions: [
    "conversation.created",
    "conversation.changed",
    "conversation.embed_secret_rotated",
    "conversation.image_changed",
    "conversation.image_removed",
    "conversation.exported",
    "conversation.imported",
    "conversation.results_read",
    "conversation.kiosk_started",
    "conversation.kiosk_ended",
    "conversation.statements_read",
    "statement.seeded",
    "statement.edited",
    "statement.approved",
    "statement.rejected",
    "statement.marked_meta",
    "statement.meta_removed",
    "statement.translated",
    "conversation.translated",
  ],
  services: createConversationServices,
  close: async ({ events }) => {
    await events?.close();
  },
  routes: [
    conversationTranslationRoutes,
    conversationStaffRoutes,
    conversationResidentRoutes,
    conversationExchangeRoutes,
    conversationImageRoutes,
    conversationKioskRoutes,
  ],
  workers: [
    ({ config, database, services, log }) =>
      config.mathWorker
        ? startMathWorker({
            db: database.db,
            runner: createMathRunner(),
            events: services.events,
            intervalMs: config.mathIntervalMs,
            // A lost database is logged and the conversation is tried again on the next interval.
            onError: (error) =>
              isConnectionLoss(error)
                ? log.warn({ err: error }, "math worker: database unreachable; retrying")
                : log.error({ err: error }, "math worker"),
          })
        : undefined,
  ],
  activitySources: [openConversations],
  demoSeeder: seedDemoConversation,
  notReady: ({ events }) =>
    events && !events.connected() ? "Live updates are reconnecting to the database." : undefined,
});
