import { parseDefinition, QUESTION_TYPES } from "@kuulo/survey";
import { describe, expect, it } from "vitest";
import {
  earlierQuestions,
  freshKey,
  move,
  newQuestion,
  optionsToText,
  retype,
  starterDefinition,
  textToOptions,
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
