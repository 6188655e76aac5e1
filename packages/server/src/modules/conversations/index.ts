// The conversations module's public surface (see organizations/index.ts). No other module
// uses it yet; the application reaches it through module.ts.
export type { ConversationEvent } from "./events.js";
// The actions module's trail reads a statement and its stored consensus figures.
export { storedResults } from "./math/math.js";
export { conversations, statements } from "./schema.js";
