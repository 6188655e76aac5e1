import { defineModule } from "../define.js";
import { deliberationPermissions } from "./permissions.js";
import { deliberationLiveRoutes } from "./routes/live.js";
import { deliberationPublicRoutes } from "./routes/public.js";
import { deliberationStaffRoutes } from "./routes/staff.js";
import * as tables from "./schema.js";
import { createDeliberationServices, type DeliberationServices } from "./services.js";

/**
 * Statements of deliberation (final statements of panels and juries, public statements of
 * round tables): proposals merged into recommendations, amendments, support checks with live
 * results, minority opinions, adoption, hand-over, publication (page and PDF), and an action
 * table made of the adopted recommendations. The owner modules create statements and call the
 * participant services for their authenticated panelists and jurors.
 */
export const deliberationModule = defineModule<DeliberationServices>({
  name: "deliberation",
  tables,
  permissions: deliberationPermissions,
  auditActions: [
    "deliberation.statement_created",
    "deliberation.statement_edited",
    "deliberation.statement_read",
    "deliberation.status_changed",
    "deliberation.participants_changed",
    "deliberation.proposal_added",
    "deliberation.proposals_merged",
    "deliberation.recommendation_edited",
    "deliberation.amendment_proposed",
    "deliberation.amendment_accepted",
    "deliberation.amendment_rejected",
    "deliberation.support_given",
    "deliberation.minority_opinion_added",
    "deliberation.statement_adopted",
    "deliberation.handover_recorded",
    "deliberation.statement_published",
    "deliberation.statement_withdrawn",
    "deliberation.action_table_created",
  ],
  services: createDeliberationServices,
  close: async ({ events }) => {
    await events?.close();
  },
  routes: [deliberationStaffRoutes, deliberationLiveRoutes, deliberationPublicRoutes],
});
