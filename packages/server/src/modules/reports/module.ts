import { defineModule } from "../define.js";
import { reportPermissions } from "./permissions.js";
import { reportRoutes } from "./routes/briefs.js";
import { periodReportRoutes } from "./routes/period.js";
import * as tables from "./schema.js";

/**
 * Reports for decision-makers: a brief per activity (key figures, who took part, main
 * findings, what has happened since) and a period report across activities, as JSON for the
 * web page, a tagged PDF and a DOCX, in Finnish, Swedish and English. Aggregated figures
 * only; it has no tables of its own.
 */
export const reportsModule = defineModule({
  name: "reports",
  tables,
  permissions: reportPermissions,
  auditActions: [],
  routes: [reportRoutes, periodReportRoutes],
});
