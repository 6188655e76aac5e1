// The database schema: one place that re-exports every module's tables, for Drizzle and drizzle-kit.

export * from "../modules/audit/schema.js";
export * from "../modules/conversations/schema.js";
export * from "../modules/identity/schema.js";
export * from "../modules/messaging/schema.js";
export * from "../modules/organizations/schema.js";
export * from "./platform-schema.js";
