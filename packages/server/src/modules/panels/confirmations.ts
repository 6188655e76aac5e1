import { randomBytes } from "node:crypto";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { hashToken } from "../identity/index.js";
import { queueMail, queueSms } from "../messaging/index.js";
import type { CandidateContact, PanelCandidate } from "./candidates.js";
import { invitationMail, invitationSms } from "./mails.js";
import { panelCandidates, panels, panelTokens } from "./schema.js";
import { findPanel, type Panel } from "./setup.js";

const HOUR = 3_600_000;
/** A panelist's session in their space lasts this long after the link was used. */
export const SESSION_HOURS = 12;

/** The address of the panelists' space with a one-time token (the token after #). */
export function panelistUrl(
  publicUrl: string,
  orgSlug: string,
  language: string,
  token: string,
): string {
  const lang = language === "fi" ? "" : `?lang=${language}`;
  return `${publicUrl.replace(/\/$/, "")}/${orgSlug}/panels/me${lang}#${token}`;
}

/**
 * Invites the seated panelists not yet invited (and, after a replacement, the replacements): a
 * mail (or, without an email address, a text message) with a one-time link to the panelists'
 * space that holds until the deadline. Only the token's hash is stored. Audited panels.invited.
 */
export async function invitePanelists(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    orgSlug: string;
    panelId: string;
    deadline: Date;
    publicUrl: string;
    actor: Actor;
    now?: Date;
  },
): Promise<{ invited: number; byEmail: number; bySms: number; unreachable: number }> {
  const panel = await findPanel(db, options);
  const now = options.now ?? new Date();
  if (panel.status !== "selected" && panel.status !== "running")
    throw new AppError("conflict", "Invitations go out after the draw.");
  if (options.deadline <= now)
    throw new AppError("validation.failed", "body.deadline: must be in the future", {
      errors: [{ path: "body.deadline", message: "must be in the future", code: "invalid" }],
    });
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(panelCandidates)
      .where(
        and(
          eq(panelCandidates.panelId, panel.id),
          eq(panelCandidates.organizationId, panel.organizationId),
          eq(panelCandidates.status, "selected"),
          isNull(panelCandidates.invitedAt),
        ),
      )
      .for("update");
    const counts = { invited: 0, byEmail: 0, bySms: 0, unreachable: 0 };
    for (const candidate of due) {
      const contact: CandidateContact = candidate.contactSealed
        ? JSON.parse(sealer.open(candidate.contactSealed))
        : {};
      const token = randomBytes(32).toString("base64url");
      const url = panelistUrl(options.publicUrl, options.orgSlug, candidate.language, token);
      if (contact.email) {
        await queueMail(tx, {
          organizationId: panel.organizationId,
          to: contact.email,
          ...invitationMail({
            panel,
            language: candidate.language,
            url,
            deadline: options.deadline,
          }),
        });
        counts.byEmail++;
      } else if (contact.phone) {
        await queueSms(tx, {
          sealer,
          organizationId: panel.organizationId,
          to: contact.phone,
          text: invitationSms({
            panel,
            language: candidate.language,
            url,
            deadline: options.deadline,
          }),
          kind: "panels.invitation",
          suppressible: false,
        });
        counts.bySms++;
      } else {
        counts.unreachable++;
        continue;
      }
      await tx.insert(panelTokens).values({
        organizationId: panel.organizationId,
        panelId: panel.id,
        candidateId: candidate.id,
        purpose: "link",
        tokenHash: hashToken(token),
        expiresAt: options.deadline,
      });
      await tx
        .update(panelCandidates)
        .set({ invitedAt: now })
        .where(eq(panelCandidates.id, candidate.id));
      counts.invited++;
    }
    await tx
      .update(panels)
      .set({ responseDeadline: options.deadline, updatedAt: now })
      .where(eq(panels.id, panel.id));
    await recordAudit(tx, {
      organizationId: panel.organizationId,
      actor: options.actor,
      action: "panels.invited",
      targetType: "panel",
      targetId: panel.id,
      detail: { ...counts, deadline: options.deadline.toISOString() },
    });
    return counts;
  });
}

/**
 * Uses a one-time link: the link is spent, and a session token for the panelists' space of
 * that panel only is returned (its hash stored). 400/410 when unknown, used or expired.
 */
export async function signInWithLink(
  db: Db,
  options: { organizationId: string; token: string; now?: Date },
): Promise<{ session: string; candidate: PanelCandidate; expiresAt: Date }> {
  const now = options.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(panelTokens)
      .where(
        and(
          eq(panelTokens.tokenHash, hashToken(options.token)),
          eq(panelTokens.organizationId, options.organizationId),
          eq(panelTokens.purpose, "link"),
        ),
      )
      .for("update");
    if (!row) throw new AppError("auth.link_invalid", "The link is not valid.");
    if (row.usedAt) throw new AppError("auth.link_used", "The link has already been used.");
    if (row.expiresAt <= now) throw new AppError("auth.link_expired", "The link has expired.");
    await tx.update(panelTokens).set({ usedAt: now }).where(eq(panelTokens.id, row.id));
    const session = randomBytes(32).toString("base64url");
    const expiresAt = new Date(now.getTime() + SESSION_HOURS * HOUR);
    await tx.insert(panelTokens).values({
      organizationId: row.organizationId,
      panelId: row.panelId,
      candidateId: row.candidateId,
      purpose: "session",
      tokenHash: hashToken(session),
      expiresAt,
    });
    const [candidate] = await tx
      .select()
      .from(panelCandidates)
      .where(eq(panelCandidates.id, row.candidateId));
    return { session, candidate: candidate!, expiresAt };
  });
}

/** The panelist behind a session token; 400 when unknown, 410 when it has expired. */
export async function panelistOf(
  db: Db,
  options: { organizationId: string; session: string | undefined; now?: Date },
): Promise<{ candidate: PanelCandidate; panel: Panel }> {
  const [row] = options.session
    ? await db
        .select({ candidate: panelCandidates, panel: panels, expiresAt: panelTokens.expiresAt })
        .from(panelTokens)
        .innerJoin(panelCandidates, eq(panelCandidates.id, panelTokens.candidateId))
        .innerJoin(panels, eq(panels.id, panelTokens.panelId))
        .where(
          and(
            eq(panelTokens.tokenHash, hashToken(options.session)),
            eq(panelTokens.organizationId, options.organizationId),
            eq(panelTokens.purpose, "session"),
          ),
        )
    : [];
  if (!row) throw new AppError("auth.link_invalid", "Open the link of your invitation.");
  if (row.expiresAt <= (options.now ?? new Date()))
    throw new AppError("auth.link_expired", "Your session has ended. Open the link again.");
  return { candidate: row.candidate, panel: row.panel };
}

/**
 * The panelist's answer, recorded at once: confirm their seat, or decline it (the seat then goes through a
 * replacement, which the caller runs). Only a seated panelist before the deadline.
 */
export async function answerInvitation(
  db: Db,
  options: { candidate: PanelCandidate; panel: Panel; answer: "confirm" | "decline"; now?: Date },
): Promise<PanelCandidate> {
  const { candidate, panel } = options;
  const now = options.now ?? new Date();
  if (!["selected", "confirmed"].includes(candidate.status))
    throw new AppError("conflict", "Your seat is no longer open.");
  if (panel.responseDeadline && panel.responseDeadline < now && candidate.status === "selected")
    throw new AppError("conflict", "The time to answer has passed.");
  const status = options.answer === "decline" ? "declined" : "confirmed";
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(panelCandidates)
      .set({ status, respondedAt: now })
      .where(
        and(
          eq(panelCandidates.id, candidate.id),
          inArray(panelCandidates.status, ["selected", "confirmed"]),
        ),
      )
      .returning();
    await recordAudit(tx, {
      organizationId: panel.organizationId,
      actor: { label: "panelist" },
      action: options.answer === "decline" ? "panels.declined" : "panels.confirmed",
      targetType: "panel_candidate",
      targetId: candidate.id,
      detail: { panelId: panel.id },
    });
    return updated!;
  });
}
