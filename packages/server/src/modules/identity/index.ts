// The identity module's public surface (see organizations/index.ts): roles, who is signed in
// and what they may do in an organization, staff accounts and sign-in links.

export { type MemberContext, requireMember, requireStaff } from "./access.js";
export { ROLES, type Role, staffUsers } from "./schema.js";
export { issueSignInLink, signInWithLink } from "./sign-in.js";
export { addStaff, findStaffByEmail, listStaff } from "./staff.js";
export { hashToken } from "./tokens.js";
