import { and, desc, eq, gte, lte, ne, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { openContact } from "./contact.js";
import { MEMBER_STATUSES, type MemberStatus, poolMembers } from "./schema.js";
import { type PoolScope, partnerCondition, recordPoolAudit } from "./sharing/scope.js";
import type { SearchInput } from "./validation.js";

/** Pool size, members by status and growth per month (joined and left), newest month first. */
export async function poolSummary(db: Db, options: PoolScope) {
  const inView = partnerCondition(options);
  const byStatus = await db
    .select({ status: poolMembers.status, count: sql<number>`count(*)::int` })
    .from(poolMembers)
    .where(and(eq(poolMembers.organizationId, options.organizationId), inView))
    .groupBy(poolMembers.status);
  const counts = Object.fromEntries(MEMBER_STATUSES.map((s) => [s, 0])) as Record<
    MemberStatus,
    number
  >;
  for (const row of byStatus) counts[row.status] = Number(row.count);
  const month = (column: SQL | typeof poolMembers.createdAt) =>
    sql<string>`to_char(${column} at time zone 'Europe/Helsinki', 'YYYY-MM')`;
  const joined = await db
    .select({ month: month(poolMembers.createdAt), count: sql<number>`count(*)::int` })
    .from(poolMembers)
    .where(and(eq(poolMembers.organizationId, options.organizationId), inView))
    .groupBy(month(poolMembers.createdAt));
  const left = await db
    .select({ month: month(sql`${poolMembers.leftAt}`), count: sql<number>`count(*)::int` })
    .from(poolMembers)
    .where(
      and(
        eq(poolMembers.organizationId, options.organizationId),
        sql`${poolMembers.leftAt} is not null`,
        inView,
      ),
    )
    .groupBy(month(sql`${poolMembers.leftAt}`));
  const months = new Map<string, { month: string; joined: number; left: number }>();
  for (const r of joined) months.set(r.month, { month: r.month, joined: Number(r.count), left: 0 });
  for (const r of left) {
    const m = months.get(r.month) ?? { month: r.month, joined: 0, left: 0 };
    m.left = Number(r.count);
    months.set(r.month, m);
  }
  return {
    size: counts.active,
    byStatus: counts,
    growth: [...months.values()].sort((a, b) => b.month.localeCompare(a.month)).slice(0, 36),
  };
}

function filters(scope: PoolScope, input: SearchInput, now: Date): SQL | undefined {
  const year = now.getUTCFullYear();
  const conditions: (SQL | undefined)[] = [
    eq(poolMembers.organizationId, scope.organizationId),
    partnerCondition(scope),
  ];
  if (input.status) conditions.push(eq(poolMembers.status, input.status));
  else conditions.push(ne(poolMembers.status, "left"));
  if (input.municipality) conditions.push(eq(poolMembers.municipality, input.municipality));
  if (input.gender) conditions.push(eq(poolMembers.gender, input.gender));
  if (input.ageBand) {
    const [from, to] = input.ageBand.split("-");
    // Age as the age reached this year.
    conditions.push(lte(poolMembers.birthYear, year - Number(from)));
    if (to) conditions.push(gte(poolMembers.birthYear, year - Number(to)));
  }
  return and(...conditions);
}

/** Members matching the filters, newest first, without contact data. */
export async function searchMembers(
  db: Db,
  options: PoolScope & { input: SearchInput; now?: Date },
) {
  const where = filters(options, options.input, options.now ?? new Date());
  const [total] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(poolMembers)
    .where(where);
  const rows = await db
    .select({
      id: poolMembers.id,
      status: poolMembers.status,
      municipality: poolMembers.municipality,
      birthYear: poolMembers.birthYear,
      gender: poolMembers.gender,
      motherTongue: poolMembers.motherTongue,
      source: poolMembers.source,
      interests: poolMembers.interests,
      channels: poolMembers.channels,
      createdAt: poolMembers.createdAt,
    })
    .from(poolMembers)
    .where(where)
    .orderBy(desc(poolMembers.createdAt), poolMembers.id)
    .limit(options.input.limit);
  return { total: Number(total?.count ?? 0), members: rows };
}

/**
 * The contact data of the members matching the filters (for a partner, only members who
 * consented to it). Every read is audit-logged (pool.contact_read) with the filters, the
 * members shown and the organization that read them.
 */
export async function memberContacts(
  db: Db,
  sealer: Sealer,
  options: PoolScope & { userId: string; input: SearchInput; now?: Date },
) {
  const rows = await db
    .select({
      id: poolMembers.id,
      emailSealed: poolMembers.emailSealed,
      phoneSealed: poolMembers.phoneSealed,
    })
    .from(poolMembers)
    .where(filters(options, options.input, options.now ?? new Date()))
    .orderBy(desc(poolMembers.createdAt), poolMembers.id)
    .limit(options.input.limit);
  const { limit: _l, pool: _p, ...filtered } = options.input;
  await recordPoolAudit(db, options, {
    actor: { userId: options.userId },
    action: "pool.contact_read",
    targetType: "pool_member",
    detail: { filters: filtered, count: rows.length, members: rows.map((r) => r.id) },
  });
  return rows.map((row) => ({ id: row.id, ...openContact(sealer, row) }));
}
