import { afterAll, describe, expect, it } from "vitest";
import { ApiError, toProblem } from "../api/problem.js";
import i18n from "../i18n/index.js";
import { errorMessage, fieldMessage } from "./errors.js";

/** A 400 problem as the server sends it, with one field error. */
function fieldProblem(error: Record<string, unknown>) {
  return toProblem(400, {
    code: "validation.failed",
    status: 400,
    detail: "body.name.fi: must be at most 200 characters",
    errors: [{ path: "body.name.fi", message: "must be at most 200 characters", ...error }],
  }).errors[0]!;
}

describe("problems in the user's language", () => {
  afterAll(() => i18n.changeLanguage("fi"));

  it("words a field's code in Finnish, Swedish and English, with its bound", async () => {
    const tooLong = fieldProblem({ code: "too_long", params: { max: 200 } });
    await i18n.changeLanguage("fi");
    expect(fieldMessage(tooLong, i18n.t)).toBe("Teksti on liian pitkä: enintään 200 merkkiä.");
    await i18n.changeLanguage("sv");
    expect(fieldMessage(tooLong, i18n.t)).toBe("Texten är för lång: högst 200 tecken.");
    await i18n.changeLanguage("en");
    expect(fieldMessage(tooLong, i18n.t)).toBe("The text is too long: at most 200 characters.");
  });

  it("never shows the server's English message in a Finnish form", async () => {
    await i18n.changeLanguage("fi");
    const cases = [
      fieldProblem({ code: "too_long", params: { max: 200 } }),
      fieldProblem({ code: "required" }),
      fieldProblem({ code: "invalid_format", params: { format: "email" } }),
      fieldProblem({ code: "invalid_format", params: { format: "regex" } }),
      fieldProblem({}), // an older server: no code
      fieldProblem({ code: "something_new" }),
      fieldProblem({ code: "too_long" }), // no bound to name
    ];
    const texts = cases.map((field) => fieldMessage(field, i18n.t));
    expect(texts).toEqual([
      "Teksti on liian pitkä: enintään 200 merkkiä.",
      "Tämä tieto tarvitaan.",
      "Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.",
      "Tieto ei ole oikeassa muodossa.",
      "Tarkista tämä tieto.",
      "Tarkista tämä tieto.",
      "Tarkista tämä tieto.",
    ]);
    for (const text of texts) expect(text).not.toMatch(/must|characters|at most/);
  });

  it("names an imported file's line and column and why it was refused", async () => {
    const field = fieldProblem({
      code: "invalid_file",
      params: { file: "votes.csv", line: 3, column: "comment-id", reason: "CSV_BAD_VALUE" },
    });
    await i18n.changeLanguage("fi");
    expect(fieldMessage(field, i18n.t)).toBe(
      "votes.csv, rivi 3, sarake comment-id: arvo ei kelpaa.",
    );
    await i18n.changeLanguage("sv");
    expect(fieldMessage(field, i18n.t)).toBe(
      "votes.csv, rad 3, kolumn comment-id: värdet är inte giltigt.",
    );
  });

  it("words a problem by its code, and an unknown one generally, never by its detail", async () => {
    await i18n.changeLanguage("fi");
    const problem = (code: string, status: number) =>
      new ApiError(toProblem(status, { code, status, detail: "English detail from the server" }));
    expect(errorMessage(problem("statement.queue_full", 429), i18n.t)).toBe(
      "Moderointia odottaa nyt liian monta väitettä. Yritä myöhemmin uudelleen.",
    );
    expect(errorMessage(problem("validation.failed", 400), i18n.t)).toBe(
      "Tiedoissa on virhe. Tarkista ne ja yritä uudelleen.",
    );
    expect(errorMessage(problem("brand.new_code", 418), i18n.t)).toBe(
      "Jokin meni vikaan. Yritä hetken päästä uudelleen.",
    );
    expect(errorMessage(new Error("boom"), i18n.t)).toBe(
      "Jokin meni vikaan. Yritä hetken päästä uudelleen.",
    );
  });
});
