import { defineModule } from "../define.js";
import { seedDemoLegalFacts } from "./demo.js";
import { legalPermissions } from "./permissions.js";
import { legalResidentRoutes } from "./routes/resident.js";
import { legalStaffRoutes } from "./routes/staff.js";
import * as tables from "./schema.js";

/**
 * The privacy notice and the accessibility statement of each organization (templates made
 * from what Kuulo stores and the evaluation state, or the organization's own text), and the
 * statement's feedback channel with its 14-day answer deadline.
 */
export const legalModule = defineModule({
  name: "legal",
  tables,
  permissions: legalPermissions,
  auditActions: [
    "legal.document_edited",
    "legal.document_reset",
    "legal.facts_changed",
    "accessibility.feedback_read",
    "accessibility.feedback_answered",
  ],
  routes: [legalResidentRoutes, legalStaffRoutes],
  demoSeeder: seedDemoLegalFacts,
});
