import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { panelCandidates, panels } from "../panels/index.js";
import { jurorLabel, type MemberContact, membersOf } from "./members.js";
import { juries, juryMembers } from "./schema.js";
import { findJury } from "./setup.js";
import { fieldError } from "./validation.js";

const LANGUAGES = new Set(["fi", "sv", "en"]);

/** A panelist's age, when the panel's attributes hold it as a whole number (else unknown). */
function ageOf(attributes: Record<string, string>): number | null {
  const age = attributes.age;
  return age !== undefined && /^\d{1,3}$/.test(age) ? Number(age) : null;
}

/**
 * Recruitment from a sortition draw: the panel's seated panelists (status `confirmed`: drawn
 * and confirmed their seat) become the jury's jurors, with their contact data (re-sealed),
 * language and, when the panel knows it, age. A panelist already taken (`sourceRef`
 * `panel:<candidate id>`) is kept as is, so it can be run again after replacements; one whose
 * known age is under the jury's minimum is skipped (add them by hand with a guardian). The jury
 * records the panel as its recruitment (`sortition`, ref the panel id). Audited
 * juries.panelists_added.
 */
export async function addPanelists(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; juryId: string; panelId: string; actor: Actor },
): Promise<{ added: number; kept: number; skipped: number }> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    if (jury.status === "finished") throw new AppError("conflict", "The jury has finished.");
    const [panel] = await tx
      .select({ id: panels.id })
      .from(panels)
      .where(
        and(eq(panels.id, options.panelId), eq(panels.organizationId, options.organizationId)),
      );
    if (!panel) throw fieldError("body.panelId", "no such panel in the organization");
    // One writer at a time numbers the jurors of a jury.
    await tx.select({ id: juries.id }).from(juries).where(eq(juries.id, jury.id)).for("update");
    const seated = await tx
      .select()
      .from(panelCandidates)
      .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.status, "confirmed")))
      .orderBy(panelCandidates.number);
    if (seated.length === 0)
      throw fieldError("body.panelId", "the panel has no confirmed panelists yet");
    const members = await membersOf(tx, options);
    const taken = new Set(members.map((m) => m.sourceRef));
    let jurors = members.filter((m) => m.kind === "juror").length;
    let added = 0;
    let skipped = 0;
    for (const candidate of seated) {
      const ref = `panel:${candidate.id}`;
      if (taken.has(ref)) continue;
      const age = ageOf(candidate.attributes);
      if (age !== null && age < jury.minimumAge) {
        skipped++;
        continue;
      }
      const contact: MemberContact = candidate.contactSealed
        ? JSON.parse(sealer.open(candidate.contactSealed))
        : {};
      await tx.insert(juryMembers).values({
        organizationId: options.organizationId,
        juryId: jury.id,
        kind: "juror",
        label: jurorLabel(++jurors),
        contactSealed: sealer.seal(JSON.stringify(contact)),
        sourceRef: ref,
        language: (LANGUAGES.has(candidate.language) ? candidate.language : "fi") as
          | "fi"
          | "sv"
          | "en",
        age,
      });
      added++;
    }
    await tx
      .update(juries)
      .set({ recruitment: "sortition", recruitmentRef: panel.id, updatedAt: new Date() })
      .where(eq(juries.id, jury.id));
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.panelists_added",
      targetType: "jury",
      targetId: jury.id,
      detail: { panelId: panel.id, added, skipped },
    });
    return { added, kept: seated.length - added - skipped, skipped };
  });
}
