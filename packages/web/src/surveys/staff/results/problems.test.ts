import i18next, { type TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../../api/problem.js";
import en from "./i18n/en.json" with { type: "json" };
import fi from "./i18n/fi.json" with { type: "json" };
import sv from "./i18n/sv.json" with { type: "json" };
import { describeProblem, fileProblems } from "./problems.js";

async function translator(language: "fi" | "sv" | "en") {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: language,
    resources: { fi: { surveyResults: fi }, sv: { surveyResults: sv }, en: { surveyResults: en } },
    defaultNS: "surveyResults",
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as unknown as TFunction<"surveyResults">;
}

/** The import route's 400 for a value no option has, as the server sends it. */
const refused = new ApiError({
  type: "https://kuulo.fi/problems/validation.failed",
  title: "The request is not valid",
  status: 400,
  code: "validation.failed",
  errors: [
    {
      path: "body.file",
      code: "invalid_file",
      message: "line 4, column C: not an option",
      params: {
        line: 4,
        column: "C",
        header: "Tyytyväisyys",
        value: "kymmenen",
        reason: "invalid_value",
      },
    },
    { path: "body.target.slug", code: "invalid_value", message: "already used", params: {} },
  ],
});

describe("import problems in the user's language", () => {
  it("names the line, column, header and value, and words the problem's code", async () => {
    const problems = fileProblems(refused);
    expect(problems).toHaveLength(1);
    const expected = {
      fi: 'Rivi 4, sarake C (Tyytyväisyys), arvo "kymmenen": arvoa ei ole vaihtoehdoissa',
      sv: 'Rad 4, kolumn C (Tyytyväisyys), värde "kymmenen": värdet finns inte bland alternativen',
      en: 'Line 4, column C (Tyytyväisyys), value "kymmenen": the value is not among the options',
    };
    for (const language of ["fi", "sv", "en"] as const) {
      expect(describeProblem(problems[0]!, await translator(language))).toBe(expected[language]);
    }
  });

  it("falls back to the server's wording for an unknown code, and words an unreadable file", async () => {
    const t = await translator("fi");
    expect(
      describeProblem(
        { line: 2, column: "A", header: "x", value: "y", reason: "new_code", message: "odd" },
        t,
      ),
    ).toBe('Rivi 2, sarake A (x), arvo "y": odd');
    expect(describeProblem({ message: "line 3: unterminated quote" }, t)).toBe(
      "Tiedostoa ei voi lukea: line 3: unterminated quote",
    );
    expect(fileProblems(new Error("network"))).toEqual([]);
  });
});
