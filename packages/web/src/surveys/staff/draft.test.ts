import { parseDefinition, QUESTION_TYPES, type QuestionInput } from "@kuulo/survey";
import { describe, expect, it } from "vitest";
import {
  conditionChoices,
  earlierQuestions,
  editCondition,
  freshKey,
  move,
  newQuestion,
  optionsToText,
  questionsBeforePage,
  retype,
  starterDefinition,
  textToOptions,
  withLimit,
} from "./draft.js";

describe("the builder's draft operations", () => {
  it("makes a valid question of every type", () => {
    for (const type of QUESTION_TYPES) {
      const q = newQuestion(type, "q1");
      if (type === "municipality") (q as { municipalities: string[] }).municipalities = ["179"];
      expect(
        () =>
          parseDefinition({
            languages: ["fi"],
            title: { fi: "K" },
            pages: [{ id: "p1", questions: [q] }],
          }),
        type,
      ).not.toThrow();
    }
    expect(() => parseDefinition(starterDefinition("Palaute"))).not.toThrow();
  });

  it("finds a fresh key and moves items", () => {
    const d = {
      languages: ["fi" as const],
      title: { fi: "K" },
      pages: [{ id: "p1", questions: [newQuestion("text", "q1"), newQuestion("text", "q2")] }],
    };
    expect(freshKey(d, "q")).toBe("q3");
    expect(freshKey(d, "p")).toBe("p2");
    expect(move(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(move(["a", "b"], 0, -1)).toEqual(["a", "b"]);
    expect(earlierQuestions(d.pages, 0, 1).map((q) => q.id)).toEqual(["q1"]);
  });

  it("keeps the key, texts and options when the type changes", () => {
    const q = { ...newQuestion("single", "q4", { fi: "Mikä?" }), required: true };
    const m = retype(q, "multiple");
    expect(m).toMatchObject({ id: "q4", type: "multiple", text: { fi: "Mikä?" }, required: true });
    expect((m as { options: unknown[] }).options).toEqual((q as { options: unknown[] }).options);
  });

  it("reads and writes options as lines in three languages", () => {
    const options = [
      { value: "yes", label: { fi: "Kyllä", sv: "Ja", en: "Yes" } },
      { value: "no", label: { fi: "Ei" } },
    ];
    const text = optionsToText(options);
    expect(text).toBe("yes = Kyllä | Ja | Yes\nno = Ei");
    expect(textToOptions(`${text}\n\n`)).toEqual(options);
  });
});

describe("the builder's conditions and limits", () => {
  const colour = {
    id: "colour",
    type: "single",
    text: { fi: "Väri" },
    options: [
      { value: "red", label: { fi: "Punainen" } },
      { value: "blue", label: { fi: "Sininen" } },
    ],
    other: true,
  } as QuestionInput;
  const age = { id: "age", type: "number", text: { fi: "Ikä" } } as QuestionInput;
  const earlier = [colour, age];

  it("offers a choice question's options (and 'other') as condition values, none for numbers", () => {
    expect(conditionChoices(colour)?.map((c) => c.value)).toEqual(["red", "blue", "other"]);
    expect(conditionChoices(age)).toBeUndefined();
    expect(conditionChoices(newQuestion("municipality", "m"))).toBeUndefined();
    expect(conditionChoices(newQuestion("ranking", "r"))?.map((c) => c.value)).toEqual([
      "yes",
      "no",
    ]);
  });

  it("edits a condition into one @kuulo/survey accepts", () => {
    const picked = editCondition(undefined, { question: "colour" }, earlier);
    expect(picked).toEqual({ question: "colour", op: "is", value: "red" });
    expect(editCondition(picked, { value: "blue" }, earlier)?.value).toBe("blue");
    expect(editCondition(picked, { value: "green" }, earlier)?.value).toBe("red");
    expect(editCondition(picked, { op: "answered" }, earlier)).toEqual({
      question: "colour",
      op: "answered",
    });
    // Moving to a number question drops the option value; "at least" takes a number.
    const onAge = editCondition(picked, { question: "age", op: "at_least" }, earlier);
    expect(onAge).toEqual({ question: "age", op: "at_least", value: undefined });
    expect(editCondition(onAge, { value: "65" }, earlier)?.value).toBe(65);
    expect(editCondition(onAge, { value: "x" }, earlier)).toEqual({
      question: "age",
      op: "at_least",
    });
    expect(editCondition(picked, { question: "gone" }, earlier)).toBeUndefined();
    // Each result passes the package's own check, as a page condition on a later page.
    for (const showIf of [picked, editCondition(onAge, { value: "65" }, earlier)]) {
      const definition = {
        languages: ["fi"],
        title: { fi: "K" },
        pages: [
          { id: "p1", questions: earlier },
          { id: "p2", showIf, questions: [newQuestion("text", "q9")] },
        ],
      };
      expect(() => parseDefinition(definition)).not.toThrow();
    }
  });

  it("sets and clears number limits, and lists the questions a page condition may read", () => {
    const limited = withLimit(age, "min", "0");
    expect(limited).toMatchObject({ min: 0 });
    expect(withLimit(limited, "max", "12,5")).toMatchObject({ min: 0, max: 12.5 });
    expect("min" in withLimit(limited, "min", " ")).toBe(false);
    expect(withLimit(limited, "min", "abc")).toBe(limited);
    const text = withLimit(newQuestion("text", "t"), "maxLength", "500");
    expect(() =>
      parseDefinition({
        languages: ["fi"],
        title: { fi: "K" },
        pages: [{ id: "p1", questions: [{ ...text, long: true } as QuestionInput] }],
      }),
    ).not.toThrow();
    const pages = [
      { id: "p1", questions: [colour] },
      { id: "p2", questions: [age] },
      { id: "p3", questions: [newQuestion("text", "t")] },
    ];
    expect(questionsBeforePage(pages, 0)).toEqual([]);
    expect(questionsBeforePage(pages, 2).map((q) => q.id)).toEqual(["colour", "age"]);
  });
});
