import { defineModule } from "../define.js";
import { seedDemoActions } from "./demo.js";
import { actionPermissions } from "./permissions.js";
import { actionPublicRoutes } from "./routes/public.js";
import { actionRowRoutes } from "./routes/rows.js";
import { actionStaffRoutes } from "./routes/staff.js";
import { actionTrailRoutes } from "./routes/trail.js";
import * as tables from "./schema.js";
import { type ActionServices, createActionServices } from "./services.js";
import { startActionsWorker } from "./worker.js";

/**
 * Action tables: what came of residents' recommendations. Recommendations and their measures
 * (schedule, status, responsible unit, decisions), imported from CSV or a sheet, edited by
 * action editors with every change kept, published with open data, change notices to
 * subscribers and reminders to owners of rows left without update.
 */
export const actionsModule = defineModule<ActionServices>({
  name: "actions",
  tables,
  permissions: actionPermissions,
  auditActions: [
    "actions.table_imported",
    "actions.table_published",
    "actions.table_withdrawn",
    "actions.measure_edited",
    "actions.editor_units_set",
    "actions.measure_added",
    "actions.recommendation_edited",
    "actions.table_changed",
    "actions.source_linked",
    "actions.source_unlinked",
  ],
  services: createActionServices,
  routes: [actionStaffRoutes, actionRowRoutes, actionTrailRoutes, actionPublicRoutes],
  workers: [
    ({ config, database, log }) =>
      config.actionsWorker
        ? startActionsWorker({
            db: database.db,
            publicUrl: config.publicUrl,
            intervalMs: config.actionsIntervalMs,
            onError: (error) => log.error({ err: error }, "action tables worker"),
          })
        : undefined,
  ],
  demoSeeder: seedDemoActions,
});
