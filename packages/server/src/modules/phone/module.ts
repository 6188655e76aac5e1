import { defineModule } from "../define.js";
import { seedDemoPhone } from "./demo.js";
import { phonePermissions } from "./permissions.js";
import { phoneCallbackRoutes } from "./routes/callbacks.js";
import { phonePromptRoutes } from "./routes/prompts.js";
import { phoneStaffRoutes } from "./routes/staff.js";
import * as tables from "./schema.js";
import { createPhoneServices, type PhoneServices } from "./services.js";
import { startPhoneWorker } from "./worker.js";

/**
 * Robot phone calls (issue #19): a survey's closed questions as a keypad voice flow, calls to
 * consenting residents through 46elks, Twilio or the local fake provider, and the answers
 * stored into the survey's results with channel "phone" as they are given.
 */
export const phoneModule = defineModule<PhoneServices>({
  name: "phone",
  tables,
  permissions: phonePermissions,
  auditActions: [
    "phone.campaign_created",
    "phone.status_changed",
    "phone.numbers_added",
    "phone.prompts_rendered",
    "phone.recording_uploaded",
  ],
  services: createPhoneServices,
  close: (services) => services.close(),
  routes: [phoneStaffRoutes, phonePromptRoutes, phoneCallbackRoutes],
  workers: [
    ({ config, database, services, log }) =>
      config.phone.worker
        ? startPhoneWorker({
            db: database.db,
            config,
            services,
            onError: (error) => log.error({ err: error }, "phone worker"),
          })
        : undefined,
  ],
  demoSeeder: seedDemoPhone,
});
