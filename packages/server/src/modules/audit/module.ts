import { defineModule } from "../define.js";
import { auditPermissions } from "./permissions.js";
import { auditRoutes } from "./routes.js";
import * as tables from "./schema.js";

/** The append-only log of what staff did, and its reading for administrators. */
export const auditModule = defineModule({
  name: "audit",
  tables,
  permissions: auditPermissions,
  // The module records no act of its own: every other module's acts are recorded through it.
  auditActions: [],
  routes: [auditRoutes],
});
