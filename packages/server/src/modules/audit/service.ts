import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { staffUsers } from "../identity/index.js";
import { auditEvents } from "./schema.js";

/** Who did something: a signed-in staff user, or a named system actor (CLI, OIDC, demo). */
export type Actor = { userId: string } | { label: string };

export interface RecordAuditOptions {
  organizationId: string;
  actor: Actor;
  /** Dotted verb, e.g. "staff.added", "organization.settings_changed". */
  action: string;
  targetType?: string;
  targetId?: string;
  detail?: Record<string, unknown>;
}

/** Appends one event. Call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, options: RecordAuditOptions): Promise<void> {
  await db.insert(auditEvents).values({
    organizationId: options.organizationId,
    actorUserId: "userId" in options.actor ? options.actor.userId : null,
    actorLabel: "label" in options.actor ? options.actor.label : null,
    action: options.action,
    targetType: options.targetType ?? null,
    targetId: options.targetId ?? null,
    detail: options.detail ?? {},
  });
}

/**
 * Records that a staff member read personal data: the staff list, statements for moderation,
 * results, exports. One call per such route, after access has been checked.
 */
export async function recordRead(
  db: Db,
  options: {
    organizationId: string;
    userId: string;
    /** e.g. "staff.list_read", "conversation.results_read". */
    action: string;
    targetType?: string;
    targetId?: string;
    detail?: Record<string, unknown>;
  },
): Promise<void> {
  const { userId, ...rest } = options;
  await recordAudit(db, { ...rest, actor: { userId } });
}

export interface ListAuditOptions {
  organizationId: string;
  limit: number;
  /** Only events older than this id (paging). */
  before?: number | undefined;
  action?: string | undefined;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actor: { id: string; email: string } | { label: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: Record<string, unknown>;
}

export async function listAudit(
  db: Db,
  options: ListAuditOptions,
): Promise<{ events: AuditEntry[]; nextBefore: number | null }> {
  const rows = await db
    .select({ event: auditEvents, actorEmail: staffUsers.email })
    .from(auditEvents)
    .leftJoin(staffUsers, eq(staffUsers.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.organizationId, options.organizationId),
        options.before !== undefined ? lt(auditEvents.id, options.before) : undefined,
        options.action ? eq(auditEvents.action, options.action) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  return {
    events: page.map(({ event, actorEmail }) => ({
      id: event.id,
      at: event.createdAt,
      actor:
        event.actorUserId && actorEmail
          ? { id: event.actorUserId, email: actorEmail }
          : event.actorLabel
            ? { label: event.actorLabel }
            : null,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      detail: event.detail,
    })),
    nextBefore: rows.length > options.limit ? (page[page.length - 1]?.event.id ?? null) : null,
  };
}
