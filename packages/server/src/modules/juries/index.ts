// The juries module's public surface: its tables and what reports' brief needs (the jury, its
// members, its statement).
export { membersOf } from "./members.js";
export { type Jury, juries, juryHearings, juryMembers, juryPosts } from "./schema.js";
export { findJury } from "./setup.js";
export { juryStatement } from "./statement.js";
