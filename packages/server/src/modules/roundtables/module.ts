import { defineModule } from "../define.js";
import { seedDemoRoundTable } from "./demo.js";
import { roundTablePermissions } from "./permissions.js";
import { roundTablePublicRoutes } from "./routes/public.js";
import { roundTableSendingRoutes } from "./routes/sending.js";
import { roundTableStaffRoutes } from "./routes/staff.js";
import * as tables from "./schema.js";

/**
 * Round tables and workshops (pyöreän pöydän tapaamiset, ilmiötyöpajat): a process with
 * meetings (participants by role, a conversation's results frozen as the input, notes,
 * proposals), one public statement (julkilausuma) through deliberation's tools, where it was
 * sent and the responses received; a public page per process.
 */
export const roundTablesModule = defineModule({
  name: "roundtables",
  tables,
  permissions: roundTablePermissions,
  auditActions: [
    "roundtable.created",
    "roundtable.changed",
    "roundtable.meeting_recorded",
    "roundtable.meeting_changed",
    "roundtable.snapshot_taken",
    "roundtable.proposal_added",
    "roundtable.statement_started",
    "roundtable.statement_sent",
    "roundtable.distribution_changed",
    "roundtable.distribution_removed",
    "roundtable.response_recorded",
    "roundtable.response_changed",
    "roundtable.response_removed",
  ],
  routes: [roundTableStaffRoutes, roundTableSendingRoutes, roundTablePublicRoutes],
  demoSeeder: seedDemoRoundTable,
});
