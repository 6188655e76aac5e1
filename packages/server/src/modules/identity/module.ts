import { defineModule } from "../define.js";
import { memberResolver, sessionResolver } from "./access.js";
import { mailComposers } from "./mail.js";
import { identityPermissions } from "./permissions.js";
import { identityRoutes } from "./routes.js";
import * as tables from "./schema.js";

/** Staff accounts, their roles, sign-in links, sessions and OpenID Connect sign-on. */
export const identityModule = defineModule({
  name: "identity",
  tables,
  permissions: identityPermissions,
  auditActions: [
    "staff.added",
    "staff.changed",
    "staff.removed",
    "staff.list_read",
    "staff.signed_in",
    "staff.sign_in_link_issued",
  ],
  routes: [identityRoutes],
  resolveSession: sessionResolver,
  resolveMember: memberResolver,
  mailComposers,
});
