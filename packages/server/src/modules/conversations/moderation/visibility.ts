import type { Permission } from "../../../http/permissions.js";

/**
 * Statements waiting for moderation and rejected ones may hold what moderation keeps from view
 * (a phone number, an email address). Only staff who may moderate see them; everyone else on
 * the staff sees approved statements only, wherever statements' texts are shown to them
 * (results, the statement list, comments.csv).
 */
export function seesUnapproved(can: (permission: Permission) => boolean): boolean {
  return can("conversation.moderate");
}
