import { redactIdentityCodes } from "@kuulo/text";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import {
  type Jury,
  type JuryMember,
  juryHearings,
  juryMaterials,
  juryMembers,
  juryQuestions,
} from "./schema.js";
import { findJury } from "./setup.js";
import { checkMaterial, type MaterialInput } from "./validation.js";

type Scope = { organizationId: string; juryId: string };

/** Adds a material to a phase (checked: an image's alt text, a video's captions). Audited. */
export async function addMaterial(db: Db, options: Scope & { input: MaterialInput; actor: Actor }) {
  checkMaterial(options.input);
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    const [saved] = await tx
      .insert(juryMaterials)
      .values({ organizationId: options.organizationId, juryId: jury.id, ...options.input })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "juries.material_added",
      targetType: "jury_material",
      targetId: saved!.id,
    });
    return saved!;
  });
}

export async function materialsOf(db: Db, jury: Jury) {
  return db
    .select()
    .from(juryMaterials)
    .where(
      and(eq(juryMaterials.juryId, jury.id), eq(juryMaterials.organizationId, jury.organizationId)),
    )
    .orderBy(asc(juryMaterials.position), asc(juryMaterials.createdAt));
}

/** A hearing with an expert of the jury. Audited juries.hearing_added. */
export async function addHearing(
  db: Db,
  options: Scope & { expertId: string; subject: Record<string, string>; actor: Actor },
) {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    const [expert] = await tx
      .select()
      .from(juryMembers)
      .where(and(eq(juryMembers.id, options.expertId), eq(juryMembers.juryId, jury.id)));
    if (expert?.kind !== "expert")
      throw new AppError("validation.failed", "body.expertId: not an expert of this jury", {
        errors: [{ path: "body.expertId", message: "not an expert of this jury", code: "invalid" }],
      });
    const [saved] = await tx
      .insert(juryHearings)
      .values({
        organizationId: jury.organizationId,
        juryId: jury.id,
        expertId: expert.id,
        subject: options.subject,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: jury.organizationId,
      actor: options.actor,
      action: "juries.hearing_added",
      targetType: "jury_hearing",
      targetId: saved!.id,
    });
    return saved!;
  });
}

/** The jury's hearings with their experts' labels and the questions and answers. */
export async function hearingsOf(db: Db, jury: Jury) {
  const hearings = await db
    .select({ hearing: juryHearings, expert: juryMembers.label })
    .from(juryHearings)
    .innerJoin(juryMembers, eq(juryMembers.id, juryHearings.expertId))
    .where(
      and(eq(juryHearings.juryId, jury.id), eq(juryHearings.organizationId, jury.organizationId)),
    )
    .orderBy(asc(juryHearings.createdAt));
  const ids = hearings.map((h) => h.hearing.id);
  const questions = ids.length
    ? await db
        .select({ q: juryQuestions, asker: juryMembers.label })
        .from(juryQuestions)
        .innerJoin(juryMembers, eq(juryMembers.id, juryQuestions.askedBy))
        .where(inArray(juryQuestions.hearingId, ids))
        .orderBy(asc(juryQuestions.createdAt))
    : [];
  return hearings.map(({ hearing, expert }) => ({
    ...hearing,
    expert,
    questions: questions
      .filter((q) => q.q.hearingId === hearing.id)
      .map((q) => ({ ...q.q, askedByLabel: q.asker })),
  }));
}

async function hearingOf(db: Db, member: JuryMember, hearingId: string) {
  const [hearing] = await db
    .select()
    .from(juryHearings)
    .where(
      and(
        eq(juryHearings.id, hearingId),
        eq(juryHearings.juryId, member.juryId),
        eq(juryHearings.organizationId, member.organizationId),
      ),
    );
  if (!hearing) throw new AppError("not_found", "No such hearing in your jury.");
  return hearing;
}

/** A juror asks the hearing's expert (during "hear experts"); identity codes removed. */
export async function askQuestion(
  db: Db,
  options: { member: JuryMember; jury: Jury; hearingId: string; question: string },
) {
  const { member, jury } = options;
  if (member.kind !== "juror") throw new AppError("auth.forbidden", "Only jurors ask the experts.");
  if (jury.status !== "running" || jury.phase !== "hear_experts")
    throw new AppError("conflict", "Questions to the experts are asked in the hearing phase.");
  const hearing = await hearingOf(db, member, options.hearingId);
  const [saved] = await db
    .insert(juryQuestions)
    .values({
      organizationId: member.organizationId,
      hearingId: hearing.id,
      askedBy: member.id,
      question: redactIdentityCodes(options.question).text,
    })
    .returning();
  return saved!;
}

/** The expert answers a question in THEIR hearing only: in writing, a video link, or both. */
export async function answerQuestion(
  db: Db,
  options: { member: JuryMember; questionId: string; answer: string; videoUrl: string | null },
) {
  const { member } = options;
  if (member.kind !== "expert")
    throw new AppError("auth.forbidden", "Only the invited expert answers.");
  if (!options.answer && !options.videoUrl)
    throw new AppError("validation.failed", "body.answer: write an answer or give a video link", {
      errors: [
        { path: "body.answer", message: "write an answer or give a video link", code: "required" },
      ],
    });
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ q: juryQuestions, hearing: juryHearings })
      .from(juryQuestions)
      .innerJoin(juryHearings, eq(juryHearings.id, juryQuestions.hearingId))
      .where(
        and(
          eq(juryQuestions.id, options.questionId),
          eq(juryQuestions.organizationId, member.organizationId),
        ),
      );
    if (!row || row.hearing.juryId !== member.juryId)
      throw new AppError("not_found", "No such question.");
    if (row.hearing.expertId !== member.id)
      throw new AppError("auth.forbidden", "You answer the questions of your own hearing only.");
    const [saved] = await tx
      .update(juryQuestions)
      .set({ answer: options.answer, answerVideoUrl: options.videoUrl, answeredAt: new Date() })
      .where(eq(juryQuestions.id, row.q.id))
      .returning();
    await recordAudit(tx, {
      organizationId: member.organizationId,
      actor: { label: `jury expert ${member.id}` },
      action: "juries.question_answered",
      targetType: "jury_question",
      targetId: row.q.id,
    });
    return saved!;
  });
}
