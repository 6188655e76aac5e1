// The conversations module's public surface (see organizations/index.ts). No other module
// uses it yet; the application reaches it through module.ts.
export type { ConversationEvent } from "./events.js";
export { storedResults } from "./math/math.js";
/** For decision-maker briefs (modules/reports) and the actions module's trail: the tables and the stored math result. */
export type { ConversationResults } from "./math/results.js";
/** For round tables (modules/roundtables): the results at this moment, as JSON to freeze. */
export { type ResultsSnapshot, resultsSnapshot, type SnapshotStatement } from "./math/snapshot.js";
export { conversationMath, conversations, participants, statements, votes } from "./schema.js";
