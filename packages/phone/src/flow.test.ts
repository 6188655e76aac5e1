import { describe, expect, it } from "vitest";
import { buildFlow, flowPrompts } from "./flow.js";
import { phoneSurvey } from "./testing.js";

describe("buildFlow", () => {
  const flow = buildFlow(phoneSurvey, { lang: "fi", caller: "Etelä-Karjalan hyvinvointialueen" });

  it("makes one keypad step per closed question the keypad can carry, in order", () => {
    expect(flow.steps.map((s) => s.question)).toEqual(["used", "satisfied", "grade", "age"]);
    expect(flow.skipped).toEqual([
      { question: "recommend", reason: "scale_from_zero" },
      { question: "comments", reason: "open_text" },
    ]);
  });

  it("puts yes on 1 and no on 2 and gives the survey's answer shape", () => {
    const used = flow.steps[0]!;
    expect(used.digits).toEqual({ "1": { choice: "yes" }, "2": { choice: "no" } });
    expect(used.prompt.text).toBe(
      "Käytitkö kotihoidon palveluja viime vuonna? Paina 1: Kyllä. Paina 2: Ei.",
    );
  });

  it("maps Likert points and can't-say to digits and prefers the plain-language wording", () => {
    const likert = flow.steps[1]!;
    expect(likert.digits).toMatchObject({ "1": 1, "5": 5, "6": "dont_know" });
    expect(Object.keys(likert.digits)).toHaveLength(6);
    expect(likert.prompt.text).toMatch(/^Olitko tyytyväinen kotihoitoon\? Paina 1: Täysin eri/);
    expect(likert.prompt.text).toContain("Jos et osaa sanoa, paina 6.");
    expect(likert.conditions).toEqual([{ question: "used", op: "is", value: "yes" }]);
  });

  it("asks 1–5 scales with their end labels and numbers with #", () => {
    expect(flow.steps[2]!.digits).toEqual({ "1": 1, "2": 2, "3": 3, "4": 4, "5": 5 });
    expect(flow.steps[2]!.prompt.text).toContain("1 tarkoittaa: huono. 5 tarkoittaa: hyvä.");
    expect(flow.steps[3]!.number).toEqual({ maxDigits: 3, min: 18, max: 120 });
    expect(flow.steps[3]!.prompt.text).toContain("risuaita");
  });

  it("introduces who calls, why, how long, and the 0 and 9 keys", () => {
    expect(flow.intro.text).toContain("Etelä-Karjalan hyvinvointialueen puolesta");
    expect(flow.intro.text).toContain("kyselyssä Palvelukokemus");
    expect(flow.intro.text).toContain("noin 2 minuuttia");
    expect(flow.intro.text).toContain("Paina nolla");
    expect(flow.intro.text).toContain("Paina yhdeksän");
  });

  it("speaks Swedish and carries the slow rate to every prompt", () => {
    const sv = buildFlow(phoneSurvey, {
      lang: "sv",
      caller: "Södra Karelens välfärdsområde",
      rate: "slow",
    });
    const prompts = flowPrompts(sv);
    expect(prompts.map((p) => p.id)).toEqual([
      "intro",
      "q.used",
      "q.satisfied",
      "q.grade",
      "q.age",
      "thanks",
      "opted_out",
      "goodbye",
    ]);
    expect(prompts.every((p) => p.lang === "sv" && p.rate === "slow")).toBe(true);
    expect(sv.steps[0]!.prompt.text).toBe(
      "Använde du hemvård förra året? Tryck 1: Ja. Tryck 2: Nej.",
    );
    expect(sv.steps[1]!.prompt.text).toContain("Helt av annan åsikt");
  });

  it("skips a question with no text in the call's language rather than speak another one", () => {
    const fiOnly = structuredClone(phoneSurvey);
    fiOnly.pages[0]!.questions[2]!.text = { fi: "Arvosana?" };
    const flowSv = buildFlow(fiOnly, { lang: "sv", caller: "X" });
    expect(flowSv.skipped).toContainEqual({ question: "grade", reason: "no_text_in_language" });
  });

  it("leaves out choice questions with more than 8 options", () => {
    const many = structuredClone(phoneSurvey);
    many.pages[0]!.questions[0] = {
      ...many.pages[0]!.questions[0]!,
      type: "single",
      options: Array.from({ length: 9 }, (_, i) => ({
        value: `o${i}`,
        label: { fi: `V${i}`, sv: `V${i}` },
      })),
      other: false,
    } as (typeof many.pages)[0]["questions"][0];
    expect(buildFlow(many, { lang: "fi", caller: "X" }).skipped[0]).toEqual({
      question: "used",
      reason: "too_many_options",
    });
  });
});
