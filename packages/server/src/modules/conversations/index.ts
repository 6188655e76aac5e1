// The conversations module's public surface (see organizations/index.ts). No other module
// uses it yet; the application reaches it through module.ts.
export type { ConversationEvent } from "./events.js";
