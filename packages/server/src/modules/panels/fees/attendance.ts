import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import type { CandidateContact } from "../candidates.js";
import { panelAttendance, panelCandidates, panelSessions } from "../schema.js";
import { findPanel } from "../setup.js";

/** Seated panelists: the ones whose attendance and fees count. */
export const SEATED = ["selected", "confirmed"] as const;

interface SessionScope {
  organizationId: string;
  panelId: string;
  sessionId: string;
}

async function sessionOf(db: Db, scope: SessionScope) {
  await findPanel(db, scope);
  const [session] = await db
    .select()
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.id, scope.sessionId),
        eq(panelSessions.panelId, scope.panelId),
        eq(panelSessions.organizationId, scope.organizationId),
      ),
    );
  if (!session) throw new AppError("not_found", "No such session.");
  return session;
}

/**
 * The check-in list of a session: every seated panelist (number, name from the sealed contact)
 * and when they were checked in. Names are personal data: the read is audited.
 */
export async function attendanceList(
  db: Db,
  sealer: Sealer,
  options: SessionScope & { actor: Actor },
) {
  const session = await sessionOf(db, options);
  const seated = await db
    .select()
    .from(panelCandidates)
    .where(
      and(
        eq(panelCandidates.panelId, options.panelId),
        eq(panelCandidates.organizationId, options.organizationId),
        inArray(panelCandidates.status, [...SEATED]),
      ),
    )
    .orderBy(asc(panelCandidates.number));
  const checked = await db
    .select()
    .from(panelAttendance)
    .where(
      and(
        eq(panelAttendance.sessionId, session.id),
        eq(panelAttendance.organizationId, options.organizationId),
      ),
    );
  const at = new Map(checked.map((c) => [c.candidateId, c.checkedInAt]));
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action: "panels.attendance_read",
    targetType: "panel_session",
    targetId: session.id,
    detail: { panelId: options.panelId },
  });
  return {
    session,
    panelists: seated.map((c) => {
      const contact: CandidateContact = c.contactSealed
        ? (JSON.parse(sealer.open(c.contactSealed)) as CandidateContact)
        : {};
      return {
        candidateId: c.id,
        number: c.number,
        name: contact.name ?? "",
        checkedInAt: at.get(c.id)?.toISOString() ?? null,
      };
    }),
  };
}

/** Check a seated panelist in at a session (present: true) or undo it; audited both ways. */
export async function setAttendance(
  db: Db,
  options: SessionScope & { candidateId: string; present: boolean; actor: Actor },
): Promise<{ checkedInAt: string | null }> {
  return db.transaction(async (tx) => {
    const session = await sessionOf(tx, options);
    const [candidate] = await tx
      .select()
      .from(panelCandidates)
      .where(
        and(
          eq(panelCandidates.id, options.candidateId),
          eq(panelCandidates.panelId, options.panelId),
          eq(panelCandidates.organizationId, options.organizationId),
        ),
      );
    if (!candidate) throw new AppError("not_found", "No such panelist.");
    if (!(SEATED as readonly string[]).includes(candidate.status))
      throw new AppError("conflict", "Only seated panelists are checked in.", {
        errors: [{ path: "body.candidateId", message: "is not a seated panelist" }],
      });
    const where = and(
      eq(panelAttendance.sessionId, session.id),
      eq(panelAttendance.candidateId, candidate.id),
    );
    let checkedInAt: Date | null = null;
    if (options.present) {
      const [row] = await tx
        .insert(panelAttendance)
        .values({
          organizationId: options.organizationId,
          panelId: options.panelId,
          sessionId: session.id,
          candidateId: candidate.id,
          checkedInBy: "userId" in options.actor ? options.actor.userId : null,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        const [existing] = await tx.select().from(panelAttendance).where(where);
        return { checkedInAt: existing?.checkedInAt.toISOString() ?? null };
      }
      checkedInAt = row.checkedInAt;
    } else {
      const [existing] = await tx.select().from(panelAttendance).where(where);
      if (existing?.travelBatchId)
        throw new AppError("conflict", "A batch has paid this session's travel; it stays.");
      const removed = await tx.delete(panelAttendance).where(where).returning();
      if (removed.length === 0) return { checkedInAt: null };
    }
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: options.present ? "panels.checked_in" : "panels.check_in_undone",
      targetType: "panel_candidate",
      targetId: candidate.id,
      detail: { panelId: options.panelId, sessionId: session.id },
    });
    return { checkedInAt: checkedInAt?.toISOString() ?? null };
  });
}

/** Sessions attended per seated candidate id, over the whole panel. */
export async function sessionsAttended(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<Map<string, number>> {
  const rows = await db
    .select({ candidateId: panelAttendance.candidateId })
    .from(panelAttendance)
    .where(
      and(
        eq(panelAttendance.panelId, options.panelId),
        eq(panelAttendance.organizationId, options.organizationId),
      ),
    );
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.candidateId, (counts.get(r.candidateId) ?? 0) + 1);
  return counts;
}
