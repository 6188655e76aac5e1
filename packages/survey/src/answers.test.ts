import { describe, expect, it } from "vitest";
import { checkAnswer, checkAnswers } from "./answers.js";
import { holds, visibleSurvey } from "./conditions.js";
import type { Question } from "./model.js";
import { everyType } from "./testing.js";

const question = (id: string) => {
  const q = everyType.pages.flatMap((p) => p.questions).find((x) => x.id === id);
  if (!q) throw new Error(id);
  return q as Question;
};
const codeOf = (id: string, answer: unknown) =>
  checkAnswer(question(id), answer as never).problem?.code;

describe("checkAnswer, per question type", () => {
  it("single: an option, or other with its text", () => {
    expect(checkAnswer(question("used"), { choice: "yes" }).answer).toEqual({ choice: "yes" });
    expect(codeOf("used", { choice: "maybe" })).toBe("invalid_value");
    expect(codeOf("used", { choice: "other", other: "x" })).toBe("invalid_value");
    expect(codeOf("used", "yes")).toBe("invalid_type");
  });

  it("multiple: options in the definition's order, other needs its text, at most maxChoices", () => {
    expect(
      checkAnswer(question("channels"), { choices: ["web", "other", "phone"], other: " chat " })
        .answer,
    ).toEqual({
      choices: ["phone", "web", "other"],
      other: "chat",
    });
    expect(codeOf("channels", { choices: ["other"] })).toBe("required");
    expect(codeOf("channels", { choices: ["web", "web"] })).toBe("duplicate");
    expect(codeOf("channels", { choices: ["fax"] })).toBe("invalid_value");
  });

  it("likert and scale: points within range, can't say where offered", () => {
    expect(checkAnswer(question("satisfied"), 5).answer).toBe(5);
    expect(checkAnswer(question("satisfied"), "dont_know").answer).toBe("dont_know");
    expect(codeOf("satisfied", 6)).toBe("too_large");
    expect(codeOf("satisfied", 0)).toBe("too_small");
    expect(checkAnswer(question("recommend"), 0).answer).toBe(0);
    expect(codeOf("recommend", 11)).toBe("too_large");
    expect(codeOf("recommend", "dont_know")).toBe("invalid_value");
    expect(codeOf("recommend", 2.5)).toBe("invalid_type");
  });

  it("number, text, municipality", () => {
    expect(codeOf("visits", 366)).toBe("too_large");
    expect(codeOf("visits", 1.5)).toBe("invalid_type");
    expect(checkAnswer(question("comments"), "  kiitos  ").answer).toBe("kiitos");
    expect(codeOf("comments", "x".repeat(301))).toBe("too_long");
    expect(checkAnswer(question("home"), "837").answer).toBe("837");
    expect(checkAnswer(question("home"), "other").answer).toBe("other");
    expect(codeOf("home", "091")).toBe("invalid_value");
  });

  it("grid: known rows and columns; ranking: known, unique, at most rankCount", () => {
    expect(checkAnswer(question("aspects"), { speed: "4" }).answer).toEqual({ speed: "4" });
    expect(codeOf("aspects", { speed: "9" })).toBe("invalid_value");
    expect(codeOf("aspects", { price: "1" })).toBe("unknown_field");
    expect(checkAnswer(question("priorities"), ["c", "a"]).answer).toEqual(["c", "a"]);
    expect(codeOf("priorities", ["a", "a"])).toBe("duplicate");
    expect(codeOf("priorities", ["a", "b", "c"])).toBe("too_many");
  });
});

describe("conditions", () => {
  it("show a page and a question only when earlier answers match", () => {
    const yes = visibleSurvey(everyType, { used: { choice: "yes" }, satisfied: 2 });
    expect(yes.pages.map((p) => p.page.id)).toEqual(["start", "experience", "end"]);
    expect(yes.pages[1]?.questions.map((q) => q.id)).toContain("why");
    const no = visibleSurvey(everyType, {
      used: { choice: "no" },
      satisfied: 2,
      channels: { choices: ["web"] },
    });
    expect(no.pages.map((p) => p.page.id)).toEqual(["start", "end"]);
    expect(no.answers).toEqual({ used: { choice: "no" } });
  });

  it("all, any, is_not, excludes, at_least, not_answered", () => {
    const answers = { used: { choice: "yes" }, channels: { choices: ["web"] }, recommend: 7 };
    expect(
      holds(
        {
          all: [
            { question: "used", op: "is", value: "yes" },
            { question: "recommend", op: "at_least", value: 7 },
          ],
        },
        answers,
      ),
    ).toBe(true);
    expect(
      holds(
        {
          any: [
            { question: "used", op: "is_not", value: "yes" },
            { question: "channels", op: "excludes", value: "web" },
          ],
        },
        answers,
      ),
    ).toBe(false);
    expect(holds({ question: "visits", op: "not_answered" }, answers)).toBe(true);
    expect(holds({ question: "used", op: "is_not", value: "no" }, {})).toBe(false);
  });
});

describe("checkAnswers", () => {
  it("requires answers only on the submitted pages, and all at the end", () => {
    const page1 = checkAnswers(everyType, { used: { choice: "yes" } }, { pages: ["start"] });
    expect(page1.problems).toEqual([]);
    const end = checkAnswers(everyType, { used: { choice: "yes" } }, { requireAll: true });
    expect(end.problems).toEqual([
      expect.objectContaining({ path: "answers.satisfied", code: "required" }),
    ]);
    const hidden = checkAnswers(everyType, { used: { choice: "no" } }, { requireAll: true });
    expect(hidden.problems).toEqual([]);
  });

  it("drops answers to questions hidden by a changed earlier answer, reports unknown ones", () => {
    const result = checkAnswers(everyType, { used: { choice: "no" }, satisfied: 4, nope: "x" });
    expect(result.answers).toEqual({ used: { choice: "no" } });
    expect(result.problems).toEqual([
      expect.objectContaining({ path: "answers.nope", code: "unknown_question" }),
    ]);
  });
});
