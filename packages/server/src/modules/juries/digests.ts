import { and, desc, eq, gt, isNotNull, isNull, lt, ne, or, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { startIntervalWorker } from "../../jobs/interval.js";
import { queueMail, queueSms } from "../messaging/index.js";
import { digestMail, digestSms, juryUrl } from "./mails.js";
import type { MemberContact } from "./members.js";
import { juries, juryHearings, juryMembers, juryPosts, juryQuestions } from "./schema.js";

const DAY = 86_400_000;
/** How often the worker looks for digests due; a member gets at most one a day. */
export const DIGEST_INTERVAL_MS = 3_600_000;

/**
 * One pass: every active member of a running jury who chose digests (email or SMS), whose last
 * digest is at least a day old, and for whom there is new activity since (visible posts by
 * others, answered expert questions), gets one through the messaging queue. The member's
 * `lastDigestAt` moves on in the same transaction, so a digest is never sent twice.
 */
export async function sendDigests(
  db: Db,
  sealer: Sealer,
  options: {
    publicUrl: string;
    orgSlugOf: (organizationId: string) => Promise<string>;
    now?: Date;
  },
): Promise<{ sent: number }> {
  const now = options.now ?? new Date();
  const due = await db
    .select({ member: juryMembers, jury: juries })
    .from(juryMembers)
    .innerJoin(juries, eq(juries.id, juryMembers.juryId))
    .where(
      and(
        eq(juries.status, "running"),
        eq(juryMembers.active, true),
        ne(juryMembers.digest, "none"),
        or(
          isNull(juryMembers.lastDigestAt),
          lt(juryMembers.lastDigestAt, new Date(now.getTime() - DAY)),
        ),
      ),
    );
  let sent = 0;
  for (const { member, jury } of due) {
    const since = member.lastDigestAt ?? member.invitedAt ?? member.createdAt;
    const posts = await db
      .select({ body: juryPosts.body })
      .from(juryPosts)
      .where(
        and(
          eq(juryPosts.juryId, jury.id),
          eq(juryPosts.status, "visible"),
          gt(juryPosts.createdAt, since),
          or(isNull(juryPosts.authorMemberId), ne(juryPosts.authorMemberId, member.id)),
        ),
      )
      .orderBy(desc(juryPosts.createdAt));
    const [answers] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(juryQuestions)
      .innerJoin(juryHearings, eq(juryHearings.id, juryQuestions.hearingId))
      .where(
        and(
          eq(juryHearings.juryId, jury.id),
          isNotNull(juryQuestions.answeredAt),
          gt(juryQuestions.answeredAt, since),
        ),
      );
    const answered = answers?.n ?? 0;
    if (posts.length === 0 && answered === 0) continue;
    const contact: MemberContact = member.contactSealed
      ? JSON.parse(sealer.open(member.contactSealed))
      : {};
    const url = juryUrl(
      options.publicUrl,
      await options.orgSlugOf(jury.organizationId),
      member.language,
    );
    const words = {
      title: jury.title,
      language: member.language,
      posts: posts.length,
      answers: answered,
      url,
    };
    const delivered = await db.transaction(async (tx) => {
      // Claim the digest first: a second process's pass finds it done.
      const claimed = await tx
        .update(juryMembers)
        .set({ lastDigestAt: now })
        .where(
          and(
            eq(juryMembers.id, member.id),
            member.lastDigestAt
              ? eq(juryMembers.lastDigestAt, member.lastDigestAt)
              : isNull(juryMembers.lastDigestAt),
          ),
        )
        .returning({ id: juryMembers.id });
      if (claimed.length === 0) return false;
      if (member.digest === "email" && contact.email) {
        const excerpts = posts
          .slice(0, 5)
          .map((p) => (p.body.length > 120 ? `${p.body.slice(0, 117)}…` : p.body));
        await queueMail(tx, {
          organizationId: jury.organizationId,
          to: contact.email,
          ...digestMail({ ...words, excerpts }),
          suppressible: true,
        });
        return true;
      }
      if (member.digest === "sms" && contact.phone) {
        await queueSms(tx, {
          sealer,
          organizationId: jury.organizationId,
          to: contact.phone,
          text: digestSms(words),
          kind: "juries.digest",
        });
        return true;
      }
      return false;
    });
    if (delivered) sent++;
  }
  return { sent };
}

export function startDigestWorker(options: {
  db: Db;
  sealer: Sealer;
  publicUrl: string;
  orgSlugOf: (organizationId: string) => Promise<string>;
  onError: (error: unknown) => void;
}) {
  return startIntervalWorker({
    intervalMs: DIGEST_INTERVAL_MS,
    onError: options.onError,
    pass: () => sendDigests(options.db, options.sealer, options),
  });
}
