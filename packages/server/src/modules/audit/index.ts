// The audit module's public surface (see organizations/index.ts): recording what staff did.
export { auditEvents } from "./schema.js";
export { type Actor, recordAudit, recordRead } from "./service.js";
