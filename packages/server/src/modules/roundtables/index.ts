// The roundtables module's public surface: reports' brief and period sources read through it.
export { findRoundTable, type RoundTable, roundTableContents } from "./processes.js";
export { MEETING_ROLES, roundTableMeetings, roundTables } from "./schema.js";
