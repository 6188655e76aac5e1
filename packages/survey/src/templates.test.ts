import { describe, expect, it } from "vitest";
import { checkAnswers } from "./answers.js";
import { allQuestions } from "./conditions.js";
import { parseDefinition } from "./definition.js";
import { LANGUAGES, type LocalText } from "./model.js";
import { SURVEY_TEMPLATES, surveyTemplate } from "./templates.js";

const complete = (text: LocalText | undefined) =>
  text === undefined || LANGUAGES.every((lang) => Boolean(text[lang]));

describe("templates", () => {
  it.each(SURVEY_TEMPLATES)("%s passes parseDefinition, with every text in fi, sv and en", (id) => {
    const template = surveyTemplate(id, { municipalities: ["167", "276", "422"] });
    const definition = parseDefinition(template.definition);
    expect(definition.languages).toEqual(["fi", "sv", "en"]);
    expect(complete(template.name) && complete(template.description)).toBe(true);
    expect(complete(definition.title) && complete(definition.intro)).toBe(true);
    for (const page of definition.pages) expect(complete(page.title)).toBe(true);
    for (const { question } of allQuestions(definition)) {
      expect(complete(question.text), question.id).toBe(true);
      expect(complete(question.plain), question.id).toBe(true);
      if ("options" in question)
        for (const o of question.options) expect(complete(o.label)).toBe(true);
    }
  });

  it("the participant feedback asks about ease, being heard, learning, taking part again and improvements", () => {
    const definition = parseDefinition(surveyTemplate("participant_feedback").definition);
    const types = Object.fromEntries(
      allQuestions(definition).map(({ question: q }) => [q.id, q.type]),
    );
    expect(types).toMatchObject({
      easy: "likert",
      heard: "likert",
      learned: "likert",
      again: "likert",
      improve: "text",
    });
  });

  it("the service survey has NPS 0–10 and background questions for cross-tabs", () => {
    const definition = parseDefinition(
      surveyTemplate("service_experience", { municipalities: ["167"] }).definition,
    );
    const byId = new Map(allQuestions(definition).map(({ question: q }) => [q.id, q]));
    expect(byId.get("recommend")).toMatchObject({ type: "scale", min: 0, max: 10 });
    expect(byId.get("birth_year")).toMatchObject({ attribute: "birthYear" });
    expect(byId.get("gender")).toMatchObject({ attribute: "gender" });
    expect(byId.get("home")).toMatchObject({ attribute: "municipality", municipalities: ["167"] });
    const answered = checkAnswers(
      definition,
      {
        service: { choice: "health_centre" },
        satisfaction: 4,
        recommend: 9,
        home: "167",
        birth_year: 1961,
      },
      { requireAll: true },
    );
    expect(answered.problems).toEqual([]);
    expect(checkAnswers(definition, {}, { requireAll: true }).problems.map((p) => p.path)).toEqual([
      "answers.service",
      "answers.satisfaction",
    ]);
    // without the organization's municipalities the question is left out
    const without = parseDefinition(surveyTemplate("service_experience").definition);
    expect(allQuestions(without).some(({ question }) => question.id === "home")).toBe(false);
  });
});
