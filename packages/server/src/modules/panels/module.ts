import { defineModule } from "../define.js";
import { seedDemoPanels } from "./demo.js";
import { startPaymentRetentionWorker } from "./fees/retention.js";
import { panelPermissions } from "./permissions.js";
import { panelFeeBatchRoutes } from "./routes/fee-batches.js";
import { panelFeedbackRoutes } from "./routes/feedback.js";
import { panelFeeRoutes } from "./routes/fees.js";
import { panelMaterialRoutes } from "./routes/materials.js";
import { panelOpenCallRoutes } from "./routes/open-call.js";
import { panelPublicRoutes } from "./routes/public.js";
import { panelSelectionRoutes } from "./routes/selection.js";
import { panelSessionRoutes } from "./routes/sessions.js";
import { panelStaffRoutes } from "./routes/staff.js";
import { panelStatementRoutes } from "./routes/statement.js";
import { panelTravelRoutes } from "./routes/travel.js";
import * as tables from "./schema.js";
import { createPanelServices, type PanelServices } from "./services.js";

/**
 * Deliberative resident panels: set-up (questions, sessions, quotas, fee rules, source), the
 * candidate list, the announced-seed LEXIMIN draw with its public report, invitations with a
 * one-time link, confirmations and replacements within the quotas.
 */
export const panelsModule = defineModule<PanelServices>({
  name: "panels",
  tables,
  permissions: panelPermissions,
  auditActions: [
    "panels.created",
    "panels.setup_changed",
    "panels.status_changed",
    "panels.candidates_added",
    "panels.contact_read",
    "panels.seed_announced",
    "panels.drawn",
    "panels.invited",
    "panels.confirmed",
    "panels.declined",
    "panels.replaced",
    "panels.attendance_read",
    "panels.checked_in",
    "panels.check_in_undone",
    "panels.payment_details_given",
    "panels.payment_details_read",
    "panels.payment_status_read",
    "panels.payment_details_deleted",
    "panels.travel_set",
    "panels.fee_batch_created",
    "panels.fee_batch_approved",
    "panels.fee_batch_paid",
    "panels.payment_file_exported",
    "panels.incomes_register_exported",
    "panels.incomes_register_reported",
    "panels.tables_assigned",
    "panels.seat_moved",
    "panels.facilitator_set",
    "panels.facilitators_read",
    "panels.material_added",
    "panels.material_removed",
    "panels.note_added",
    "panels.feedback_started",
  ],
  services: createPanelServices,
  routes: [
    panelStaffRoutes,
    panelSelectionRoutes,
    panelPublicRoutes,
    panelOpenCallRoutes,
    panelStatementRoutes,
    panelSessionRoutes,
    panelMaterialRoutes,
    panelFeedbackRoutes,
    panelFeeRoutes,
    panelFeeBatchRoutes,
    panelTravelRoutes,
  ],
  workers: [
    ({ config, database, log }) =>
      config.poolWorker
        ? startPaymentRetentionWorker({
            db: database.db,
            intervalMs: config.poolIntervalMs,
            onError: (error) => log.error({ err: error }, "panel payment details retention job"),
          })
        : undefined,
  ],
  demoSeeder: seedDemoPanels,
});
