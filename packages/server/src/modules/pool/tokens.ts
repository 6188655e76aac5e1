import { randomInt } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { hashToken } from "../identity/index.js";
import { newToken } from "./random.js";
import { poolTokens, type TokenPurpose } from "./schema.js";

const MINUTE = 60_000;

/** How long each kind of token holds. */
export const TOKEN_MINUTES: Record<TokenPurpose, number> = {
  confirm: 7 * 24 * 60,
  sms_code: 30,
  self_service: 60,
  session: 30,
};

/** A one-time token for the member; only its hash is stored. */
export async function issueToken(
  db: Db,
  options: { organizationId: string; memberId: string; purpose: TokenPurpose; now?: Date },
): Promise<string> {
  const token = newToken();
  const now = options.now ?? new Date();
  await db.insert(poolTokens).values({
    organizationId: options.organizationId,
    memberId: options.memberId,
    purpose: options.purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + TOKEN_MINUTES[options.purpose] * MINUTE),
  });
  return token;
}

/** Uses a one-time token: its member, or 400/410 when it is unknown, used or expired. */
export async function consumeToken(
  db: Db,
  options: { organizationId: string; token: string; purpose: TokenPurpose; now?: Date },
): Promise<string> {
  const now = options.now ?? new Date();
  const [row] = await db
    .select()
    .from(poolTokens)
    .where(
      and(
        eq(poolTokens.tokenHash, hashToken(options.token)),
        eq(poolTokens.organizationId, options.organizationId),
        eq(poolTokens.purpose, options.purpose),
      ),
    );
  if (!row) throw new AppError("auth.link_invalid", "The link is not valid.");
  if (row.usedAt) throw new AppError("auth.link_used", "The link has already been used.");
  if (row.expiresAt <= now) throw new AppError("auth.link_expired", "The link has expired.");
  const used = await db
    .update(poolTokens)
    .set({ usedAt: now })
    .where(and(eq(poolTokens.id, row.id), isNull(poolTokens.usedAt)))
    .returning({ id: poolTokens.id });
  if (used.length === 0) throw new AppError("auth.link_used", "The link has already been used.");
  return row.memberId;
}

/** A 6-digit SMS code; stored as a salted hash bound to the member. */
export async function issueSmsCode(
  db: Db,
  options: { organizationId: string; memberId: string; now?: Date },
): Promise<string> {
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const now = options.now ?? new Date();
  const salt = newToken().slice(0, 16);
  await db.insert(poolTokens).values({
    organizationId: options.organizationId,
    memberId: options.memberId,
    purpose: "sms_code",
    tokenHash: `${salt}.${codeHash(options.memberId, code, salt)}`,
    expiresAt: new Date(now.getTime() + TOKEN_MINUTES.sms_code * MINUTE),
  });
  return code;
}

function codeHash(memberId: string, code: string, salt: string): string {
  return hashToken(`sms:${salt}:${memberId}:${code}`);
}

/** Uses the member's SMS code; false when it is wrong, used or expired. */
export async function consumeSmsCode(
  db: Db,
  options: { memberId: string; code: string; now?: Date },
): Promise<boolean> {
  const now = options.now ?? new Date();
  const open = await db
    .select({ id: poolTokens.id, tokenHash: poolTokens.tokenHash })
    .from(poolTokens)
    .where(
      and(
        eq(poolTokens.memberId, options.memberId),
        eq(poolTokens.purpose, "sms_code"),
        isNull(poolTokens.usedAt),
        gt(poolTokens.expiresAt, now),
      ),
    );
  const match = open.find((row) => {
    const [salt, hash] = row.tokenHash.split(".");
    return hash === codeHash(options.memberId, options.code, salt ?? "");
  });
  if (!match) return false;
  const used = await db
    .update(poolTokens)
    .set({ usedAt: now })
    .where(and(eq(poolTokens.id, match.id), isNull(poolTokens.usedAt)))
    .returning({ id: poolTokens.id });
  return used.length > 0;
}

/** The member behind a self-service session token (not one-time: it holds 30 minutes). */
export async function sessionMember(
  db: Db,
  options: { organizationId: string; token: string; now?: Date },
): Promise<string> {
  const [row] = await db
    .select({ memberId: poolTokens.memberId })
    .from(poolTokens)
    .where(
      and(
        eq(poolTokens.tokenHash, hashToken(options.token)),
        eq(poolTokens.organizationId, options.organizationId),
        eq(poolTokens.purpose, "session"),
        gt(poolTokens.expiresAt, options.now ?? new Date()),
      ),
    );
  if (!row) throw new AppError("auth.link_expired", "The self-service session has ended.");
  return row.memberId;
}
