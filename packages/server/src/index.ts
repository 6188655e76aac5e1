// The server's public entry (`@kuulo/server`): what the CLI and other packages may use. Test
// helpers for other packages are in `@kuulo/server/testing`; nothing else is exported.
export { buildApp } from "./app.js";
export { type Config, ConfigError, parseConfig } from "./config.js";
export { type Database, type Db, openDatabase } from "./db/client.js";
export {
  acquireDataDirLock,
  DataDirBusyError,
  type DataDirLock,
  readDataDirLock,
} from "./db/instance-lock.js";
export { migrate } from "./db/migrate.js";
export { DEMO_ADMIN_EMAIL, DEMO_SLUG, seedDemo } from "./demo/seed.js";
export { AppError, ERROR_CODES, FIELD_ERROR_CODES } from "./errors.js";
// Action tables (`kuulo actions import`).
export {
  cellsFromCsv,
  cellsFromFile,
  importActionTable,
  publicUrls,
} from "./modules/actions/index.js";
// Platform administration (`kuulo org create`, `kuulo user add`).
export { recordAudit } from "./modules/audit/service.js";
export { ROLES, type Role } from "./modules/identity/schema.js";
export { issueSignInLink } from "./modules/identity/sign-in.js";
export { addStaff, findStaffByEmail } from "./modules/identity/staff.js";
export { AUDIT_ACTIONS } from "./modules/index.js";
export { LANGUAGES, type Language } from "./modules/organizations/schema.js";
export { createOrganization, findOrganizationBySlug } from "./modules/organizations/service.js";
export {
  languagesSchema,
  slugSchema,
  themeColorSchema,
} from "./modules/organizations/validation.js";
export { openApiDocument } from "./openapi.js";
export {
  activitySources,
  databaseFor,
  demoSeeders,
  type RunningServer,
  startServer,
} from "./server.js";
