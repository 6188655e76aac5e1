import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const permissions = {
  "pool.read": {
    allows:
      "See the resident pool's size, growth and members by municipality, age band and gender, without contact data.",
    roles: ["admin", "analyst", "facilitator"],
  },
  "pool.manage": {
    allows:
      "Set up the resident pool: the municipalities, background questions, themes, consent texts and retention periods.",
    roles: ["admin"],
  },
  "pool.member.create": {
    allows: "Enter sign-ups to the pool from paper forms, phone calls and events.",
    roles: ["admin", "facilitator"],
  },
  "pool.contact.read": {
    allows: "See pool members' email addresses and phone numbers (every read is logged).",
    roles: ["admin"],
  },
  "pool.recruitment": {
    allows:
      "Run population-register recruitment rounds: import DVV extracts, draw samples, download letters with names and addresses (every download is logged) and follow sign-ups.",
    roles: ["admin"],
  },
  "pool.draw": {
    allows:
      "Draw a group from the pool's consenting members (random or stratified) for an activity; the draw is logged.",
    roles: ["admin", "facilitator"],
  },
  "pool.sharing.manage": {
    allows:
      "Share the pool with another public body: propose an agreement, accept one proposed to this organization, end one.",
    roles: ["admin"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** The resident pool. */
export const poolPermissions = declarePermissions({
  module: "pool",
  title: "Resident pool",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
