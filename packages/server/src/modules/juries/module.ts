import { defineModule } from "../define.js";
import { findOrganizationById } from "../organizations/index.js";
import { seedDemoJuries } from "./demo.js";
import { startDigestWorker } from "./digests.js";
import { juryPermissions } from "./permissions.js";
import { startRetentionWorker } from "./retention.js";
import { juryFacilitationRoutes } from "./routes/facilitation.js";
import { juryLiveRoutes } from "./routes/live.js";
import { juryMemberRoutes } from "./routes/members.js";
import { juryPublicRoutes } from "./routes/public.js";
import { jurySpaceRoutes } from "./routes/space.js";
import { juryStaffRoutes } from "./routes/staff.js";
import { juryStatementRoutes } from "./routes/statement.js";
import * as tables from "./schema.js";
import { createJuryServices, type JuryServices } from "./services.js";

/**
 * Online juries (digiraati): set-up and phases, jurors (with a guardian's consent below the
 * minimum age) and experts behind one-time links, materials, expert hearings, the threaded
 * discussion with moderation and screening, live updates across processes, digests, and the
 * statement through the deliberation module with the decision-makers' response.
 */
export const juriesModule = defineModule<JuryServices>({
  name: "juries",
  tables,
  permissions: juryPermissions,
  auditActions: [
    "juries.created",
    "juries.setup_changed",
    "juries.status_changed",
    "juries.phase_moved",
    "juries.response_recorded",
    "juries.juror_added",
    "juries.expert_added",
    "juries.guardian_consent",
    "juries.contact_read",
    "juries.invited",
    "juries.material_added",
    "juries.hearing_added",
    "juries.question_answered",
    "juries.facilitator_posted",
    "juries.summary_written",
    "juries.post_moderated",
    "juries.posts_read",
    "juries.contacts_erased",
    "juries.panelists_added",
  ],
  services: createJuryServices,
  close: async ({ events }) => {
    await events?.close();
  },
  routes: [
    juryStaffRoutes,
    juryMemberRoutes,
    juryFacilitationRoutes,
    jurySpaceRoutes,
    juryStatementRoutes,
    juryLiveRoutes,
    juryPublicRoutes,
  ],
  workers: [
    ({ config, database, services, log }) =>
      config.juriesWorker
        ? startDigestWorker({
            db: database.db,
            sealer: services.sealer,
            publicUrl: config.publicUrl,
            orgSlugOf: async (id) => (await findOrganizationById(database.db, id)).slug,
            onError: (error) => log.error({ err: error }, "jury digests worker"),
          })
        : undefined,
    ({ config, database, services, log }) =>
      config.juriesWorker
        ? startRetentionWorker({
            db: database.db,
            sealer: services.sealer,
            retentionDays: config.juryContactRetentionDays,
            onError: (error) => log.error({ err: error }, "jury contact retention worker"),
          })
        : undefined,
  ],
  demoSeeder: seedDemoJuries,
  notReady: ({ events }) =>
    events && !events.connected()
      ? "Live updates of juries are reconnecting to the database"
      : undefined,
});
