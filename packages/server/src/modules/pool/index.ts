// The pool module's public surface (see organizations/index.ts): its tables, for modules that
// will invite members (panels, surveys, calls), and the SMS interface the gateway implements.
export { poolConsents, poolMembers, poolSettings, poolTokens } from "./schema.js";
export type { SmsSender } from "./sms.js";
