import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import type { Actor } from "../../audit/index.js";
import {
  type Channel,
  type InvitationComposer,
  isSuppressed,
  listInvitations,
  remindInvitations,
  sendInvitation,
} from "../../messaging/index.js";
import { openContact } from "../contact.js";
import { poolConsents, poolMembers } from "../schema.js";
import {
  actingOrganization,
  type PoolScope,
  partnerCondition,
  recordPoolAudit,
} from "../sharing/scope.js";
import { loadDraw } from "./draw.js";

export const DRAW_SUBJECT = "pool_draw";
const MAX_REMINDERS = 2;

type Language = "fi" | "sv" | "en";
const WORDS: Record<Language, { subject: string; body: string; reminder: string; stop: string }> = {
  fi: {
    subject: "Sinut on arvottu mukaan",
    body: "Sinut on arvottu asukaspoolista mukaan: {title}. Lue lisää ja ilmoittaudu: {link}",
    reminder: "Muistutus: ",
    stop: "Et halua enää viestejä? {unsubscribe}",
  },
  sv: {
    subject: "Du har lottats att delta",
    body: "Du har lottats ur invånarpoolen att delta: {title}. Läs mer och anmäl dig: {link}",
    reminder: "Påminnelse: ",
    stop: "Vill du inte längre få meddelanden? {unsubscribe}",
  },
  en: {
    subject: "You have been drawn to take part",
    body: "You have been drawn from the resident pool to take part: {title}. Read more and sign up: {link}",
    reminder: "Reminder: ",
    stop: "No more messages? {unsubscribe}",
  },
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** The invitation in the member's language; SMS carry no unsubscribe link (reply STOP). */
function composer(channel: Channel, language: string, title: string): InvitationComposer {
  const w = WORDS[(["fi", "sv", "en"].includes(language) ? language : "fi") as Language];
  return ({ link, unsubscribeUrl, reminder }) => {
    const text =
      (reminder ? w.reminder : "") + w.body.replace("{title}", title).replace("{link}", link);
    if (channel === "sms") return { channel: "sms", text };
    const stop = w.stop.replace("{unsubscribe}", unsubscribeUrl);
    return {
      channel: "email",
      subject: (reminder ? w.reminder : "") + w.subject,
      text: `${text}\n\n${stop}`,
      html: `<p>${escapeHtml(text)}</p><p>${escapeHtml(stop)}</p>`,
    };
  };
}

/**
 * Drawn members who are still active, each with the channel to invite by: the first of their
 * preferred channels that is email or SMS, consented to for the draw's purpose, with the address.
 */
async function reachable(db: Db, scope: PoolScope, drawn: string[], purpose: string) {
  if (drawn.length === 0) return [];
  const { organizationId } = scope;
  const members = await db
    .select()
    .from(poolMembers)
    .where(
      and(
        eq(poolMembers.organizationId, organizationId),
        eq(poolMembers.status, "active"),
        inArray(poolMembers.id, drawn),
        partnerCondition(scope),
      ),
    );
  const consents = await db
    .select({ memberId: poolConsents.memberId, channel: poolConsents.channel })
    .from(poolConsents)
    .where(
      and(
        eq(poolConsents.organizationId, organizationId),
        inArray(poolConsents.memberId, drawn),
        eq(poolConsents.purpose, purpose as "panels"),
        isNull(poolConsents.withdrawnAt),
      ),
    );
  return members.map((m) => {
    const allowed = new Set(consents.filter((c) => c.memberId === m.id).map((c) => c.channel));
    const order = [...m.channels, "email", "sms"] as string[];
    const has = { email: Boolean(m.emailSealed), sms: Boolean(m.phoneSealed) };
    const channel = order.find(
      (c): c is Channel => (c === "email" || c === "sms") && allowed.has(c) && has[c],
    );
    return { member: m, channel };
  });
}

/**
 * Invites the draw's members (audit: pool.draw_invited with member ids and channels, and the
 * organization that invited). Members already invited, no longer active (or no longer
 * consenting to the partner), or with no consented email or SMS are skipped and counted. The
 * invitations are the acting organization's: a partner's invitations are in its own records.
 */
export async function inviteDraw(
  db: Db,
  sealer: Sealer,
  options: PoolScope & {
    drawId: string;
    targetPath: string;
    publicUrl: string;
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const draw = await loadDraw(tx, options);
    const already = new Set(
      (
        await listInvitations(tx, {
          organizationId: actingOrganization(options),
          subjectType: DRAW_SUBJECT,
          subjectId: draw.id,
        })
      ).map((i) => i.recipientRef),
    );
    const invited: { memberId: string; channel: Channel }[] = [];
    let noChannel = 0;
    let skipped = 0;
    for (const { member, channel } of await reachable(
      tx,
      options,
      draw.drawn,
      draw.parameters.purpose,
    )) {
      if (already.has(member.id)) {
        skipped++;
        continue;
      }
      if (!channel) {
        noChannel++;
        continue;
      }
      const contact = openContact(sealer, member);
      const to = (channel === "email" ? contact.email : contact.phone)!;
      // A partner's invitation also respects the pool's own list: whoever unsubscribed from the
      // pool's messages is not reached through a partner either.
      if (
        options.partnerId &&
        (await isSuppressed(tx, { organizationId: options.organizationId, channel, address: to }))
      ) {
        noChannel++;
        continue;
      }
      await sendInvitation(tx, {
        sealer,
        organizationId: actingOrganization(options),
        subjectType: DRAW_SUBJECT,
        subjectId: draw.id,
        recipientRef: member.id,
        channel,
        to,
        targetPath: options.targetPath,
        publicUrl: options.publicUrl,
        compose: composer(channel, member.language, draw.title),
      });
      invited.push({ memberId: member.id, channel });
    }
    const notActive = draw.drawn.length - invited.length - noChannel - skipped;
    await recordPoolAudit(tx, options, {
      actor: options.actor,
      action: "pool.draw_invited",
      targetType: "pool_draw",
      targetId: draw.id,
      detail: { invited, noChannel, notActive, alreadyInvited: skipped },
    });
    return { invited: invited.length, alreadyInvited: skipped, noChannel, notActive };
  });
}

/** Each drawn member's invitation status, and the counts per status. */
export async function drawInvitations(db: Db, options: PoolScope & { drawId: string }) {
  const draw = await loadDraw(db, options);
  const rows = await listInvitations(db, {
    organizationId: actingOrganization(options),
    subjectType: DRAW_SUBJECT,
    subjectId: draw.id,
  });
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return {
    counts,
    invitations: rows.map((r) => ({
      memberId: r.recipientRef,
      channel: r.channel,
      status: r.status,
      reminders: r.reminders,
    })),
  };
}

/** Reminds those invited who have not taken part (audit: pool.draw_reminded). */
export async function remindDraw(
  db: Db,
  sealer: Sealer,
  options: PoolScope & { drawId: string; publicUrl: string; actor: Actor },
) {
  return db.transaction(async (tx) => {
    const draw = await loadDraw(tx, options);
    const members = new Map(
      draw.drawn.length === 0
        ? []
        : (
            await tx
              .select()
              .from(poolMembers)
              .where(
                and(
                  eq(poolMembers.organizationId, options.organizationId),
                  inArray(poolMembers.id, draw.drawn),
                  partnerCondition(options),
                ),
              )
          ).map((m) => [m.id, m]),
    );
    const reminded = await remindInvitations(tx, {
      sealer,
      organizationId: actingOrganization(options),
      subjectType: DRAW_SUBJECT,
      subjectId: draw.id,
      maxReminders: MAX_REMINDERS,
      publicUrl: options.publicUrl,
      contact: async (invitation) => {
        const m = members.get(invitation.recipientRef);
        if (m?.status !== "active") return null;
        const c = openContact(sealer, m);
        return invitation.channel === "email" ? c.email : c.phone;
      },
      compose: (invitation) =>
        composer(
          invitation.channel,
          members.get(invitation.recipientRef)?.language ?? "fi",
          draw.title,
        ),
    });
    await recordPoolAudit(tx, options, {
      actor: options.actor,
      action: "pool.draw_reminded",
      targetType: "pool_draw",
      targetId: draw.id,
      detail: { reminded },
    });
    return { reminded };
  });
}
