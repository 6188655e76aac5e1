import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { type InvitationStatus, invitations } from "./schema.js";

/**
 * Moves an invitation's status forward, never back: queued → sent → delivered → opened →
 * took part; failed and suppressed only from queued or sent. Repeating a step changes nothing.
 */
const FROM: Record<InvitationStatus, InvitationStatus[]> = {
  queued: [],
  sent: ["queued", "failed"],
  delivered: ["queued", "sent", "failed"],
  opened: ["queued", "sent", "delivered", "failed"],
  took_part: ["queued", "sent", "delivered", "opened", "failed", "suppressed"],
  failed: ["queued", "sent"],
  suppressed: ["queued", "sent", "failed"],
};

const STAMP = {
  sent: "sentAt",
  delivered: "deliveredAt",
  opened: "openedAt",
  took_part: "tookPartAt",
} as const;

export async function advanceInvitation(
  db: Db,
  invitationId: string | null,
  status: InvitationStatus,
  at: Date = new Date(),
): Promise<boolean> {
  if (!invitationId) return false;
  const stamp = STAMP[status as keyof typeof STAMP];
  const changed = await db
    .update(invitations)
    .set({ status, ...(stamp ? { [stamp]: at } : {}) })
    .where(and(eq(invitations.id, invitationId), inArray(invitations.status, FROM[status])))
    .returning({ id: invitations.id });
  return changed.length > 0;
}
