import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { startIntervalWorker } from "../../jobs/interval.js";
import { recordAudit } from "../audit/index.js";
import type { GuardianRecord } from "./members.js";
import { juries, juryMembers, juryTokens } from "./schema.js";

const DAY = 86_400_000;
/** How often the worker looks for finished juries whose contact data is due for erasure. */
export const RETENTION_INTERVAL_MS = 3_600_000;

/**
 * One pass: for every jury finished more than `retentionDays` ago (and not yet erased), its
 * members' contact data (jurors' and experts' email, phone, name) is deleted, a guardian's
 * record keeps only the day and way the consent was given, the links and sessions are deleted
 * and digests turned off. The pseudonymous labels, posts, answers and the statement stay.
 * One transaction per jury, audited `juries.contacts_erased`; a jury is claimed by setting
 * `contactsErasedAt` first, so two processes never erase it twice.
 */
export async function eraseExpiredContacts(
  db: Db,
  sealer: Sealer,
  options: { retentionDays: number; now?: Date },
): Promise<{ juries: number; members: number }> {
  const now = options.now ?? new Date();
  const before = new Date(now.getTime() - options.retentionDays * DAY);
  // A jury finished before finished_at was recorded counts from its last change.
  const due = await db
    .select({ id: juries.id, organizationId: juries.organizationId })
    .from(juries)
    .where(
      and(
        eq(juries.status, "finished"),
        isNull(juries.contactsErasedAt),
        lt(sql`coalesce(${juries.finishedAt}, ${juries.updatedAt})`, before),
      ),
    );
  let members = 0;
  for (const jury of due) {
    members += await db.transaction(async (tx) => {
      const claimed = await tx
        .update(juries)
        .set({ contactsErasedAt: now })
        .where(and(eq(juries.id, jury.id), isNull(juries.contactsErasedAt)))
        .returning({ id: juries.id });
      if (claimed.length === 0) return 0;
      const rows = await tx
        .select({ id: juryMembers.id, guardianSealed: juryMembers.guardianSealed })
        .from(juryMembers)
        .where(eq(juryMembers.juryId, jury.id));
      for (const member of rows) {
        await tx
          .update(juryMembers)
          .set({
            contactSealed: null,
            guardianSealed: member.guardianSealed
              ? sealer.seal(JSON.stringify(consentOnly(sealer, member.guardianSealed)))
              : null,
            digest: "none",
          })
          .where(eq(juryMembers.id, member.id));
      }
      if (rows.length > 0)
        await tx.delete(juryTokens).where(
          inArray(
            juryTokens.memberId,
            rows.map((m) => m.id),
          ),
        );
      await recordAudit(tx, {
        organizationId: jury.organizationId,
        actor: { label: "retention" },
        action: "juries.contacts_erased",
        targetType: "jury",
        targetId: jury.id,
        detail: { members: rows.length, retentionDays: options.retentionDays },
      });
      return rows.length;
    });
  }
  return { juries: due.length, members };
}

/** What stays of a guardian's record: that consent was given, when and how. */
function consentOnly(sealer: Sealer, sealed: string): GuardianRecord {
  const record: GuardianRecord = JSON.parse(sealer.open(sealed));
  return {
    ...(record.consentGivenOn ? { consentGivenOn: record.consentGivenOn } : {}),
    ...(record.how ? { how: record.how } : {}),
  };
}

export function startRetentionWorker(options: {
  db: Db;
  sealer: Sealer;
  retentionDays: number;
  onError: (error: unknown) => void;
}) {
  return startIntervalWorker({
    intervalMs: RETENTION_INTERVAL_MS,
    onError: options.onError,
    pass: () => eraseExpiredContacts(options.db, options.sealer, options),
  });
}
