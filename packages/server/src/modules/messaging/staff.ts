import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import {
  addressHash,
  type Channel,
  normalizeAddress,
  type SuppressionChannel,
} from "./contacts.js";
import { SUPPRESSION_REASONS, type SuppressionReason, suppressions } from "./schema.js";
import { suppressHash } from "./suppression.js";

/**
 * Staff's side of the suppression list: a resident asks by phone, letter or at a desk to get no
 * more messages. Audit: suppression.added — without the address (only its channel).
 */
export async function addToSuppressionList(
  db: Db,
  options: { organizationId: string; channel: Channel; address: string; actor: Actor },
): Promise<void> {
  if (!normalizeAddress(options.channel, options.address)) {
    throw new AppError("validation.failed", "Not an address of that channel.", {
      errors: [
        {
          path: "body.address",
          code: "invalid_format",
          message: options.channel === "sms" ? "not a phone number" : "not an email address",
          params: { format: options.channel === "sms" ? "phone" : "email" },
        },
      ],
    });
  }
  await db.transaction(async (tx) => {
    await suppressHash(tx, {
      organizationId: options.organizationId,
      channel: options.channel,
      addressHash: await addressHash(tx, options.channel, options.address),
      reason: "staff",
    });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "suppression.added",
      detail: { channel: options.channel },
    });
  });
}

export interface SuppressionSummary {
  total: number;
  byChannel: Record<SuppressionChannel, number>;
  byReason: Record<SuppressionReason, number>;
}

/** How many addresses the organization's list holds, by channel and by reason. */
export async function suppressionSummary(
  db: Db,
  organizationId: string,
): Promise<SuppressionSummary> {
  const rows = await db
    .select({
      channel: suppressions.channel,
      reason: suppressions.reason,
      n: sql<number>`count(*)::int`,
    })
    .from(suppressions)
    .where(eq(suppressions.organizationId, organizationId))
    .groupBy(suppressions.channel, suppressions.reason);
  const summary: SuppressionSummary = {
    total: 0,
    byChannel: { email: 0, sms: 0, phone: 0 },
    byReason: Object.fromEntries(SUPPRESSION_REASONS.map((r) => [r, 0])) as Record<
      SuppressionReason,
      number
    >,
  };
  for (const row of rows) {
    summary.total += row.n;
    summary.byChannel[row.channel] += row.n;
    summary.byReason[row.reason] += row.n;
  }
  return summary;
}
