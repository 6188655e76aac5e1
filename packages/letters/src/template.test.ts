import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LettersError } from "./errors.js";
import { formatDay, letterLanguages } from "./language.js";
import { fill, parseTemplate } from "./template.js";

const EXAMPLE = readFileSync(
  new URL("../../cli/fixtures/dvv/kirje.template.json", import.meta.url),
  "utf8",
);

function fails(change: (t: Record<string, unknown>) => void): LettersError {
  const template = JSON.parse(EXAMPLE) as Record<string, unknown>;
  change(template);
  try {
    parseTemplate(template);
  } catch (error) {
    expect(error).toBeInstanceOf(LettersError);
    return error as LettersError;
  }
  throw new Error("the template was accepted");
}

describe("letter templates", () => {
  it("read the example with both languages, the sender and the sessions", () => {
    const template = parseTemplate(EXAMPLE);
    expect(template).toMatchObject({
      id: "kuulola-raati-2026-kutsu-1",
      bilingual: true,
      organization: { fi: "Kuulolan hyvinvointialue", sv: "Kuulola välfärdsområde" },
      deadline: "2026-02-27",
    });
    expect(template.sessions).toHaveLength(3);
    expect(template.texts.sv.title).toBe("Inbjudan till en invånarpanel");
    expect(template.texts.fi.signature).toContain("");
  });

  it("name the field that is wrong", () => {
    expect(fails((t) => delete (t.texts as Record<string, unknown>).sv).field).toBe("texts.sv");
    expect(
      fails((t) => {
        (t.texts as { fi: { body: string[] } }).fi.body.push("Hei {etunimi}");
      }).message,
    ).toMatch(/texts\.fi\.body\[4\]: unknown placeholder \{etunimi\}/);
    expect(fails((t) => (t.deadline = "27.2.2026")).field).toBe("deadline");
    expect(fails((t) => (t.bilingual = "yes")).field).toBe("bilingual");
    expect(fails((t) => (t.colour = "red")).message).toMatch(/colour: unknown key/);
    expect(fails((t) => (t.organization = { fi: "A", sv: "B", en: "C" })).field).toBe(
      "organization.en",
    );
    expect(fails((t) => ((t.sessions as { date: string }[])[1]!.date = "2026-02-30")).field).toBe(
      "sessions[1].date",
    );
    expect(() => parseTemplate("{")).toThrow(/template: not JSON/);
  });

  it("fill the placeholders", () => {
    expect(
      fill("Hyvä {first_names} {surname}: {code} / {url} / {deadline} / {organization}", {
        first_names: "Aino",
        surname: "Näyte",
        code: "ABCD-EFGH",
        url: "kuulo.fi/x",
        deadline: "27.2.2026",
        organization: "Kuulola",
      }),
    ).toBe("Hyvä Aino Näyte: ABCD-EFGH / kuulo.fi/x / 27.2.2026 / Kuulola");
  });
});

describe("the letter's language", () => {
  it("is Swedish for Swedish speakers and Finnish for everyone else", () => {
    expect(letterLanguages("fi", false)).toEqual(["fi"]);
    expect(letterLanguages("sv", false)).toEqual(["sv"]);
    expect(letterLanguages("se", false)).toEqual(["fi"]);
    expect(letterLanguages("other", false)).toEqual(["fi"]);
  });

  it("is both in a bilingual county, the mother tongue first", () => {
    expect(letterLanguages("fi", true)).toEqual(["fi", "sv"]);
    expect(letterLanguages("sv", true)).toEqual(["sv", "fi"]);
    expect(letterLanguages("other", true)).toEqual(["fi", "sv"]);
  });

  it("writes days as Finland does", () => {
    expect(formatDay("2026-03-14", "fi")).toBe("la 14.3.2026");
    expect(formatDay("2026-03-14", "sv")).toBe("lö 14.3.2026");
  });
});
