import { describe, expect, it } from "vitest";
import { parseDefinition, pickText, referencedQuestions } from "./definition.js";
import { SurveyError } from "./errors.js";
import { everyType, everyTypeInput } from "./testing.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit the definition as plain JSON
const clone = () => structuredClone(everyTypeInput) as any;
const problemsOf = (input: unknown) => {
  try {
    parseDefinition(input);
  } catch (error) {
    if (error instanceof SurveyError) return error.problems;
    throw error;
  }
  return [];
};

describe("parseDefinition", () => {
  it("accepts every question type and fills defaults", () => {
    const satisfied = everyType.pages[1]?.questions[0];
    expect(satisfied).toMatchObject({ type: "likert", points: 5, dontKnow: true, required: true });
    expect(everyType.pages.flatMap((p) => p.questions.map((q) => q.type)).sort()).toEqual(
      [
        "grid",
        "likert",
        "multiple",
        "municipality",
        "number",
        "ranking",
        "scale",
        "single",
        "text",
        "text",
      ].sort(),
    );
  });

  it("names the field of a schema problem", () => {
    const input = clone();
    input.pages[0].questions[0].id = "Used Q";
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({ path: "pages.0.questions.0.id", code: "invalid_value" }),
    ]);
  });

  it("refuses duplicate question ids, duplicate options and the reserved other value", () => {
    const input = clone();
    input.pages[2].questions[0].id = "used";
    input.pages[0].questions[1].options.push({ value: "phone", label: { fi: "x" } });
    input.pages[0].questions[1].options.push({ value: "other", label: { fi: "muu" } });
    const paths = problemsOf(input).map((p) => `${p.path}:${p.code}`);
    expect(paths).toContain("pages.2.questions.0.id:duplicate");
    expect(paths).toContain("pages.0.questions.1.options.3.value:duplicate");
    expect(paths).toContain("pages.0.questions.1.options.4.value:invalid_value");
  });

  it("lets conditions read only earlier questions and values they can have", () => {
    const input = clone();
    input.pages[0].questions[1].showIf = { question: "home", op: "answered" };
    input.pages[1].showIf = { question: "used", op: "is", value: "maybe" };
    input.pages[1].questions[5].showIf = { question: "used", op: "at_least", value: 2 };
    const problems = problemsOf(input);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "pages.0.questions.1.showIf.question",
          code: "not_before",
        }),
        expect.objectContaining({ path: "pages.1.showIf.value", code: "invalid_value" }),
        expect.objectContaining({ path: "pages.1.questions.5.showIf.op", code: "invalid_value" }),
      ]),
    );
  });

  it("checks ranges: scale max above min, likert labels per point, choices within options", () => {
    const scale = clone();
    scale.pages[1].questions[1].min = 1;
    scale.pages[1].questions[1].max = 2;
    expect(problemsOf(scale)).toEqual([]);
    scale.pages[1].questions[1].max = 1;
    expect(problemsOf(scale)).toEqual([
      expect.objectContaining({ path: "pages.1.questions.1.max" }),
    ]);
    const input = clone();
    input.pages[1].questions[0].labels = [
      { fi: "a" },
      { fi: "b" },
      { fi: "c" },
      { fi: "d" },
      { fi: "e" },
      { fi: "f" },
    ];
    input.pages[0].questions[1].maxChoices = 9;
    const paths = problemsOf(input).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["pages.1.questions.0.labels", "pages.0.questions.1.maxChoices"]),
    );
  });

  it("lists the questions conditions read", () => {
    expect([...referencedQuestions(everyType)].sort()).toEqual(["satisfied", "used"]);
  });
});

describe("pickText", () => {
  it("falls back visibly to the survey's default language", () => {
    expect(pickText({ fi: "Hei", sv: "Hej" }, "sv", ["fi", "sv"])).toEqual({
      text: "Hej",
      lang: "sv",
      fallback: false,
    });
    expect(pickText({ fi: "Hei" }, "en", ["fi", "sv"])).toEqual({
      text: "Hei",
      lang: "fi",
      fallback: true,
    });
    expect(pickText({ sv: "Hej" }, "fi", ["fi"])).toEqual({
      text: "Hej",
      lang: "sv",
      fallback: true,
    });
    expect(pickText(undefined, "fi")).toBeUndefined();
  });
});
