import { type Answers, checkAnswer, type Definition } from "@kuulo/survey";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { poolMembers } from "../pool/index.js";

/** What a pool member has that background questions may stand for (`attribute`). */
export interface MemberAttributes {
  birthYear: number;
  gender: string;
  motherTongue: string;
  municipality: string;
  /** The pool's own questions, by key (`pool.<key>`). */
  answers: Record<string, string>;
}

function attributeValue(member: MemberAttributes, attribute: string): string | number | undefined {
  if (attribute.startsWith("pool.")) return member.answers[attribute.slice(5)];
  if (attribute === "birthYear") return member.birthYear;
  if (attribute === "gender") return member.gender;
  if (attribute === "motherTongue") return member.motherTongue;
  if (attribute === "municipality") return member.municipality;
  return undefined;
}

/**
 * Answers to the background questions that stand for a pool attribute, from the member's
 * data: only where the value is a valid answer to that question (an option it offers, a
 * number within its bounds, one of its municipalities); other questions stay empty.
 */
export function prefillAnswers(
  definition: Definition,
  member: MemberAttributes,
): { answers: Answers; prefilled: string[] } {
  const answers: Answers = {};
  const prefilled: string[] = [];
  for (const page of definition.pages) {
    for (const question of page.questions) {
      if (!question.attribute) continue;
      const value = attributeValue(member, question.attribute);
      if (value === undefined) continue;
      const given =
        question.type === "single"
          ? { choice: String(value) }
          : question.type === "number" || question.type === "scale"
            ? Number(value)
            : question.type === "municipality"
              ? String(value)
              : undefined;
      if (given === undefined) continue;
      const checked = checkAnswer(question, given);
      if (checked.problem || checked.answer === undefined) continue;
      answers[question.id] = checked.answer;
      prefilled.push(question.id);
    }
  }
  return { answers, prefilled };
}

/** An active pool member's attributes, in the survey's organization; undefined otherwise. */
export async function memberAttributes(
  db: Db,
  options: { organizationId: string; memberId: string },
): Promise<MemberAttributes | undefined> {
  const [member] = await db
    .select({
      birthYear: poolMembers.birthYear,
      gender: poolMembers.gender,
      motherTongue: poolMembers.motherTongue,
      municipality: poolMembers.municipality,
      answers: poolMembers.answers,
    })
    .from(poolMembers)
    .where(
      and(
        eq(poolMembers.id, options.memberId),
        eq(poolMembers.organizationId, options.organizationId),
        eq(poolMembers.status, "active"),
      ),
    );
  return member;
}
