import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { and, eq, isNotNull, max } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";
import { AppError } from "../../errors.js";
import { hashToken } from "../identity/index.js";
import { queueMail } from "../messaging/index.js";
import type { Language, Organization } from "../organizations/index.js";
import { escapeHtml, MAILS, mailText } from "./mails.js";
import { actionHistory, actionSubscriptions } from "./schema.js";
import type { ActionTable } from "./tables.js";

const newToken = () => randomBytes(24).toString("base64url");

/**
 * A subscription's unsubscribe token: the same in every mail (signed from the subscription's
 * id with an instance secret), so that an older mail's link works too; only its hash is stored.
 */
async function unsubscribeTokenOf(db: Db, subscriptionId: string): Promise<string> {
  const secret = await instanceSecret(db, "action_unsubscribe");
  return createHmac("sha256", secret).update(subscriptionId).digest("base64url");
}

export function tablePageUrl(publicUrl: string, orgSlug: string, tableSlug: string): string {
  return `${publicUrl.replace(/\/$/, "")}/${orgSlug}/actions/${tableSlug}`;
}

function unsubscribeUrl(publicUrl: string, orgSlug: string, token: string): string {
  return `${publicUrl.replace(/\/$/, "")}/api/orgs/${orgSlug}/actions/unsubscribe/${token}`;
}

/**
 * A resident subscribes to a published table's changes: a confirmation mail (double opt-in);
 * the same answer whether or not the address was already subscribed.
 */
export async function subscribe(
  db: Db,
  options: {
    organization: Organization;
    table: ActionTable;
    email: string;
    language: Language;
    publicUrl: string;
  },
): Promise<void> {
  const email = options.email.trim().toLowerCase();
  const confirm = newToken();
  await db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(actionSubscriptions)
      .where(
        and(
          eq(actionSubscriptions.tableId, options.table.id),
          eq(actionSubscriptions.email, email),
        ),
      );
    if (existing?.confirmedAt) return;
    if (existing) {
      await tx
        .update(actionSubscriptions)
        .set({ confirmTokenHash: hashToken(confirm), language: options.language })
        .where(eq(actionSubscriptions.id, existing.id));
    } else {
      const id = randomUUID();
      await tx.insert(actionSubscriptions).values({
        id,
        organizationId: options.organization.id,
        tableId: options.table.id,
        email,
        language: options.language,
        confirmTokenHash: hashToken(confirm),
        unsubscribeTokenHash: hashToken(await unsubscribeTokenOf(tx, id)),
      });
    }
    const page = tablePageUrl(options.publicUrl, options.organization.slug, options.table.slug);
    const lang = options.language === "fi" ? "" : `?lang=${options.language}`;
    const url = `${page}/confirm${lang}#${confirm}`;
    const w = mailText("confirm", options.language, { table: options.table.title });
    await queueMail(tx, {
      organizationId: options.organization.id,
      to: email,
      subject: w.subject,
      text: `${w.body}\n\n${w.link}: ${url}\n`,
      html: `<p>${escapeHtml(w.body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(w.link)}</a></p>`,
    });
  });
}

/** Confirms a subscription by the mail's token; changes from now on are sent. */
export async function confirmSubscription(
  db: Db,
  options: { organizationId: string; token: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [subscription] = await tx
      .select()
      .from(actionSubscriptions)
      .where(
        and(
          eq(actionSubscriptions.organizationId, options.organizationId),
          eq(actionSubscriptions.confirmTokenHash, hashToken(options.token)),
        ),
      );
    if (!subscription) throw new AppError("not_found", "No such confirmation link.");
    const [latest] = await tx
      .select({ id: max(actionHistory.id) })
      .from(actionHistory)
      .where(eq(actionHistory.tableId, subscription.tableId));
    await tx
      .update(actionSubscriptions)
      .set({ confirmedAt: new Date(), confirmTokenHash: null, notifiedUpTo: latest?.id ?? 0 })
      .where(eq(actionSubscriptions.id, subscription.id));
  });
}

/** One-click unsubscribe: the subscription is deleted. False when the link is unknown. */
export async function unsubscribe(
  db: Db,
  options: { organizationId: string; token: string },
): Promise<boolean> {
  const deleted = await db
    .delete(actionSubscriptions)
    .where(
      and(
        eq(actionSubscriptions.organizationId, options.organizationId),
        eq(actionSubscriptions.unsubscribeTokenHash, hashToken(options.token)),
      ),
    )
    .returning({ id: actionSubscriptions.id });
  return deleted.length > 0;
}

/** Confirmed subscriptions of a table (the notice worker). */
export async function confirmedSubscriptions(db: Db, tableId: string) {
  return db
    .select()
    .from(actionSubscriptions)
    .where(
      and(eq(actionSubscriptions.tableId, tableId), isNotNull(actionSubscriptions.confirmedAt)),
    );
}

/**
 * Queues one "you said, we did" notice with the changes, and a one-click unsubscribe link
 * (List-Unsubscribe, RFC 8058), the same link in every mail.
 */
export async function queueNotice(
  db: Db,
  options: {
    organization: Organization;
    table: ActionTable;
    subscription: typeof actionSubscriptions.$inferSelect;
    changes: string[];
    upTo: number;
    publicUrl: string;
  },
): Promise<void> {
  const { subscription } = options;
  const token = await unsubscribeTokenOf(db, subscription.id);
  const language = subscription.language as Language;
  const w = mailText("notice", language, { table: options.table.title });
  const page = tablePageUrl(options.publicUrl, options.organization.slug, options.table.slug);
  const leave = unsubscribeUrl(options.publicUrl, options.organization.slug, token);
  const unsubscribeWord = MAILS.unsubscribe[language];
  await db
    .update(actionSubscriptions)
    .set({ notifiedUpTo: options.upTo })
    .where(eq(actionSubscriptions.id, subscription.id));
  await queueMail(db, {
    organizationId: options.organization.id,
    to: subscription.email,
    subject: w.subject,
    text: `${w.body}\n\n${options.changes.map((c) => `- ${c}`).join("\n")}\n\n${w.link}: ${page}\n\n${unsubscribeWord}: ${leave}\n`,
    html: `<p>${escapeHtml(w.body)}</p><ul>${options.changes.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul><p><a href="${escapeHtml(page)}">${escapeHtml(w.link)}</a></p><p><a href="${escapeHtml(leave)}">${escapeHtml(unsubscribeWord)}</a></p>`,
    headers: {
      "List-Unsubscribe": `<${leave}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  });
}
