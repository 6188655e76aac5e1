// The panels module's public surface: its tables, for the modules that will build on a seated
// panel (deliberation: the statement; payments: fees from attendance).
export { panelCandidates, panelFeedback, panelSessions, panels } from "./schema.js";
