import { defineModule } from "../define.js";
import { organizationPermissions } from "./permissions.js";
import { organizationRoutes } from "./routes.js";
import * as tables from "./schema.js";

/** The tenants: wellbeing counties and their settings, logo and public landing page. */
export const organizationsModule = defineModule({
  name: "organizations",
  tables,
  permissions: organizationPermissions,
  auditActions: [
    "organization.created",
    "organization.settings_changed",
    "organization.logo_changed",
  ],
  routes: [organizationRoutes],
});
