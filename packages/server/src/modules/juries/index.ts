// The juries module's public surface: its tables (for reports' brief and period sources later).
export { juries, juryMembers } from "./schema.js";
