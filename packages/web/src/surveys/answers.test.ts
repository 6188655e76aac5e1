import { parseDefinition } from "@kuulo/survey";
import { describe, expect, it } from "vitest";
import {
  kioskLink,
  linkTokens,
  problemsByQuestion,
  saveLink,
  surveyText,
  visiblePages,
  withCleared,
} from "./answers.js";

const definition = parseDefinition({
  languages: ["fi", "sv"],
  title: { fi: "Kysely" },
  pages: [
    {
      id: "a",
      questions: [
        {
          id: "used",
          type: "single",
          text: { fi: "Käytitkö?" },
          options: [
            { value: "yes", label: { fi: "Kyllä" } },
            { value: "no", label: { fi: "Ei" } },
          ],
        },
      ],
    },
    {
      id: "b",
      showIf: { question: "used", op: "is", value: "yes" },
      questions: [{ id: "why", type: "text", text: { fi: "Miksi?", sv: "Varför?" } }],
    },
  ],
});

describe("the answering page's helpers", () => {
  it("shows a page only when its condition holds", () => {
    expect(visiblePages(definition, { used: { choice: "no" } }).map((p) => p.page.id)).toEqual([
      "a",
    ]);
    expect(visiblePages(definition, { used: { choice: "yes" } }).map((p) => p.page.id)).toEqual([
      "a",
      "b",
    ]);
  });

  it("finds each question's first problem", () => {
    const found = problemsByQuestion([
      { path: "body.answers.why", code: "required", message: "", params: {} },
      { path: "body.answers.why", code: "too_long", message: "", params: {} },
      { path: "body.page", code: "invalid_value", message: "", params: {} },
    ]);
    expect(Object.keys(found)).toEqual(["why"]);
    expect(found.why!.code).toBe("required");
  });

  it("says when a text falls back to another language", () => {
    expect(surveyText({ fi: "Miksi?", sv: "Varför?" }, "sv", ["fi", "sv"])).toEqual({
      text: "Varför?",
      fallback: false,
    });
    expect(surveyText({ fi: "Kysely" }, "en", ["fi", "sv"])).toEqual({
      text: "Kysely",
      fallback: true,
    });
  });

  it("keeps the resume token in the fragment and reads it back", () => {
    const link = saveLink("https://kuulo.fi", "kunta", "palaute", "abc_DEF-1");
    expect(link).toBe("https://kuulo.fi/kunta/surveys/palaute#resume=abc_DEF-1");
    const url = new URL(link);
    expect(linkTokens({ hash: url.hash, search: "?invitation=id.sig" })).toEqual({
      resume: "abc_DEF-1",
      kiosk: undefined,
      invitation: "id.sig",
    });
  });

  it("reads a kiosk link's token", () => {
    const url = new URL(kioskLink("https://kuulo.fi", "kunta", "palaute", "p.s"));
    expect(linkTokens({ hash: url.hash, search: "" }).kiosk).toBe("p.s");
  });

  it("clears answers the respondent emptied", () => {
    expect(withCleared({ used: { choice: "yes" } }, ["used", "why"])).toEqual({
      used: { choice: "yes" },
      why: null,
    });
  });
});
