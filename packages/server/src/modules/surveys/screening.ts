import type { Answers } from "@kuulo/survey";
import { redactIdentityCodes } from "@kuulo/text";

/**
 * Open answers screened as conversations screen statements: a Finnish personal identity code
 * in a text (or an "other, what?") is replaced before it is stored, so no one ever sees it.
 */
export function screenAnswers(answers: Answers): Answers {
  const out: Answers = {};
  for (const [id, answer] of Object.entries(answers)) {
    if (typeof answer === "string") out[id] = redactIdentityCodes(answer).text;
    else if (answer && typeof answer === "object" && !Array.isArray(answer) && "other" in answer) {
      const other = (answer as { other?: string }).other;
      out[id] = { ...answer, ...(other ? { other: redactIdentityCodes(other).text } : {}) };
    } else out[id] = answer;
  }
  return out;
}
