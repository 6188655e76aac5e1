export { buildApp } from "./app.js";
export { type Config, ConfigError, parseConfig } from "./config.js";
export { type Database, type Db, openDatabase } from "./db/client.js";
export { migrate } from "./db/migrate.js";
export { DEMO_ADMIN_EMAIL, DEMO_SLUG, seedDemo } from "./demo/seed.js";
export { AppError, ERROR_CODES, FIELD_ERROR_CODES } from "./errors.js";
export { openApiDocument } from "./openapi.js";
export {
  activitySources,
  databaseFor,
  demoSeeders,
  type RunningServer,
  startServer,
} from "./server.js";
