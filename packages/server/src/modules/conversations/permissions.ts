import { declarePermissions, type PermissionDeclaration } from "../../http/permissions.js";
import type { Role } from "../identity/index.js";

const ALL_STAFF: Role[] = [
  "admin",
  "moderator",
  "analyst",
  "facilitator",
  "action_editor",
  "viewer",
];

const permissions = {
  "conversation.read": {
    allows:
      "See the organization's conversations: their settings, segments, invitation links and topic images.",
    roles: ALL_STAFF,
  },
  "conversation.create": {
    allows: "Create conversations, and import a Polis export as a new conversation.",
    roles: ["admin"],
  },
  "conversation.edit": {
    allows:
      "Change a conversation: texts, dates, visibility, how statements are moderated, the topic image.",
    roles: ["admin"],
  },
  "conversation.moderate": {
    allows:
      "Approve, reject or mark statements as meta, correct typos, add seed statements; see statements waiting for moderation and rejected ones (which may hold phone numbers or email addresses).",
    roles: ["admin", "moderator"],
  },
  "conversation.translate": {
    allows:
      "Enter translations of conversations' titles, descriptions and approved statements into the organization's other languages, and see what still needs translating.",
    roles: ["admin", "moderator"],
  },
  "conversation.statements.read": {
    allows:
      "See a conversation's statements with their status and personal-data flags (approved statements only, unless also allowed to moderate).",
    roles: ["admin", "moderator", "analyst", "facilitator", "viewer"],
  },
  "conversation.results.read": {
    allows:
      "See a conversation's results: opinion groups, consensus, divisive statements, segments and participation (the texts of approved statements only, unless also allowed to moderate).",
    roles: ALL_STAFF,
  },
  "conversation.export": {
    allows:
      "Download a conversation as Polis-compatible files (comments, votes, participants' votes, summary, math); comments approved only, unless also allowed to moderate.",
    roles: ["admin", "moderator", "analyst"],
  },
  "conversation.embed.manage": {
    allows:
      "See and replace the secret with which the organization's own website signs participant ids when it embeds a conversation.",
    roles: ["admin"],
  },
  "conversation.kiosk": {
    allows:
      "Run a kiosk at an event or service point: start a kiosk session on a tablet (residents take part one after another, recorded as the event's channel), see and end the conversation's kiosk sessions.",
    roles: ["admin", "moderator", "facilitator"],
  },
} satisfies Record<string, PermissionDeclaration<Role>>;

/** Opinion conversations. */
export const conversationPermissions = declarePermissions({
  module: "conversations",
  title: "Conversations",
  permissions,
});

declare module "../../http/permissions.js" {
  interface PermissionRegistry extends Record<keyof typeof permissions, true> {}
}
