import { defineModule } from "../define.js";
import { seedDemoPool } from "./demo.js";
import { poolPermissions } from "./permissions.js";
import { seedDemoRound } from "./recruitment/demo.js";
import { poolRecruitmentRoutes } from "./recruitment/routes.js";
import { startRoundClosingWorker } from "./recruitment/tracking.js";
import { startRetentionWorker } from "./retention.js";
import { poolDrawInvitationRoutes } from "./routes/draw-invitations.js";
import { poolDrawRoutes } from "./routes/draws.js";
import { poolResidentRoutes } from "./routes/resident.js";
import { poolResidentSharingRoutes } from "./routes/resident-sharing.js";
import { poolSharingRoutes } from "./routes/sharing.js";
import { poolStaffRoutes } from "./routes/staff.js";
import * as tables from "./schema.js";
import { createPoolServices, type PoolServices } from "./services.js";

/**
 * The resident pool: residents join (email double opt-in, or an SMS code), give consent per
 * purpose and channel, see, download, correct and withdraw in self-service, and leave; contact
 * data is sealed at rest; staff set the pool up, enter paper and phone sign-ups and follow its
 * size; a retention job deletes what is kept too long.
 */
export const poolModule = defineModule<PoolServices>({
  name: "pool",
  tables,
  permissions: poolPermissions,
  auditActions: [
    "pool.settings_changed",
    "pool.member_created",
    "pool.member_corrected",
    "pool.consent_withdrawn",
    "pool.member_left",
    "pool.contact_read",
    "pool.retention_applied",
    "pool.round_created",
    "pool.frame_imported",
    "pool.sample_drawn",
    "pool.round_outcome_marked",
    "pool.round_closed",
    "pool.letters_read",
    "pool.signups_read",
    "pool.population_uploaded",
    "pool.draw_made",
    "pool.draw_invited",
    "pool.draw_reminded",
    "pool.sharing_proposed",
    "pool.sharing_accepted",
    "pool.sharing_ended",
    "pool.partner_consent_changed",
  ],
  services: createPoolServices,
  routes: [
    poolResidentRoutes,
    poolStaffRoutes,
    poolRecruitmentRoutes,
    poolDrawRoutes,
    poolDrawInvitationRoutes,
    poolSharingRoutes,
    poolResidentSharingRoutes,
  ],
  workers: [
    ({ config, database, log }) =>
      config.poolWorker
        ? startRetentionWorker({
            db: database.db,
            intervalMs: config.poolIntervalMs,
            onError: (error) => log.error({ err: error }, "pool retention job"),
          })
        : undefined,
    ({ config, database, log }) =>
      config.poolWorker
        ? startRoundClosingWorker({
            db: database.db,
            intervalMs: config.poolIntervalMs,
            onError: (error) => log.error({ err: error }, "pool recruitment closing job"),
          })
        : undefined,
  ],
  demoSeeder: async (db, demo) => {
    await seedDemoPool(db, demo);
    await seedDemoRound(db, demo);
  },
});
