import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { generateCodes } from "./codes.js";
import { LettersError } from "./errors.js";
import { ADDRESS_AREA, inside, mm, type PlacedLine, WINDOW } from "./geometry.js";
import { letterLanguages, type MotherTongue } from "./language.js";
import { type Letter, lettersPdf, signUpLink } from "./pdf.js";
import { PRINTING_HOUSE_COLUMNS, printingHouseRows } from "./printing-house.js";
import { qrMatrix } from "./qr.js";
import { type LetterTemplate, parseTemplate } from "./template.js";

const TEMPLATE = parseTemplate(
  readFileSync(new URL("../../cli/fixtures/dvv/kirje.template.json", import.meta.url), "utf8"),
);
const URL_ = "https://kuulo.example.fi/kuulola/ilmoittaudu";
const MONOLINGUAL: LetterTemplate = { ...TEMPLATE, bilingual: false };

function letters(tongues: MotherTongue[], template: LetterTemplate): Letter[] {
  const codes = generateCodes(tongues.length);
  return tongues.map((tongue, i) => ({
    number: i + 1,
    code: codes[i]!,
    firstNames: i === 0 ? "Väinö Åke" : "Saga",
    surname: i === 0 ? "Öhman-Jääskeläinen" : "Exempel",
    streetAddress: i === 0 ? "Ängsvägen 5 B 12" : "Provgatan 3",
    postalCode: "02100",
    postOffice: i === 0 ? "ESPOO" : "ESBO",
    languages: letterLanguages(tongue, template.bilingual),
  }));
}

async function pages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocumentProxy(bytes);
  const { text } = await extractText(pdf, { mergePages: false });
  return text;
}

describe("the letters PDF", () => {
  it("has one page per letter, with the name, the address, the code and the URL (ä ö å kept)", async () => {
    const input = letters(["fi", "sv", "other"], MONOLINGUAL);
    const result = await lettersPdf(input, {
      template: MONOLINGUAL,
      url: URL_,
      date: "2026-01-20",
    });
    expect(result).toMatchObject({ letters: 3, pages: 3 });
    expect(new TextDecoder().decode(result.bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pages(result.bytes);
    expect(text).toHaveLength(3);
    const first = text[0]!;
    for (const part of [
      "Väinö Åke Öhman-Jääskeläinen",
      "Ängsvägen 5 B 12",
      "02100 ESPOO",
      input[0]!.code,
      "kuulo.example.fi/kuulola/ilmoittaudu",
      "Kutsu asukasraatiin",
      "Hyvä Väinö Åke Öhman-Jääskeläinen,",
      "20.1.2026",
      "la 14.3.2026 klo 10–15",
      "Digi- ja väestötietoviraston",
    ])
      expect(first).toContain(part);
    // The Swedish speaker's letter is in Swedish only; "other" gets Finnish.
    expect(text[1]).toContain("Inbjudan till en invånarpanel");
    expect(text[1]).toContain("lö 14.3.2026 kl. 10–15");
    expect(text[1]).not.toContain("Kutsu asukasraatiin");
    expect(text[2]).toContain("Kutsu asukasraatiin");
  });

  it("has two pages per letter in a bilingual county, the mother tongue's first", async () => {
    const input = letters(["fi", "sv"], TEMPLATE);
    const result = await lettersPdf(input, { template: TEMPLATE, url: URL_ });
    expect(result).toMatchObject({ letters: 2, pages: 4 });
    const text = await pages(result.bytes);
    expect(text).toHaveLength(4);
    expect(text[0]).toContain("Kutsu asukasraatiin");
    expect(text[1]).toContain("Inbjudan till en invånarpanel");
    expect(text[2]).toContain("Inbjudan till en invånarpanel");
    expect(text[3]).toContain("Kutsu asukasraatiin");
    // The address only on the first page of a letter; the code on both.
    expect(text[0]).toContain("Ängsvägen 5 B 12");
    expect(text[1]).not.toContain("Ängsvägen 5 B 12");
    expect(text[1]).toContain(input[0]!.code);
  });

  it("draws every address line inside the envelope window", async () => {
    const drawn: PlacedLine[][] = [];
    const input = letters(["fi", "sv"], MONOLINGUAL);
    input[1] = {
      ...input[1]!,
      firstNames: "Maria Magdalena Aleksandra Kristiina Johanna Wilhelmiina",
      surname: "Wahlström-Lindqvist af Forselles",
      streetAddress: "Pohjoisesplanadi 11–13 C 123",
    };
    await lettersPdf(input, {
      template: MONOLINGUAL,
      url: URL_,
      onAddress: (_, lines) => drawn.push(lines),
    });
    // The window as documented: 20 mm from the left, 45 mm from the top, 90 × 45 mm.
    expect([WINDOW.x, WINDOW.y, WINDOW.width, WINDOW.height].map((v) => v / mm(1))).toEqual([
      20, 45, 90, 45,
    ]);
    expect(drawn).toHaveLength(2);
    for (const lines of drawn) {
      for (const line of lines) {
        expect(inside(line, ADDRESS_AREA)).toBe(true);
        expect(inside(line, WINDOW)).toBe(true);
        expect(line.size).toBeGreaterThanOrEqual(6.5 - 1.5);
      }
    }
    // The long name is split over two lines; the recipient's lines are in postal order.
    const long = drawn[1]!.map((l) => l.text);
    expect(long.length).toBe(5);
    expect(long.at(-1)).toBe("02100 ESBO");
    expect(long.at(-2)).toBe("Pohjoisesplanadi 11–13 C 123");
  });

  it("refuses an address that cannot fit, and a text longer than a page", async () => {
    const input = letters(["fi"], MONOLINGUAL);
    input[0]!.surname = "X".repeat(120);
    await expect(lettersPdf(input, { template: MONOLINGUAL, url: URL_ })).rejects.toMatchObject({
      code: "BAD_LETTER",
    });
    const badCode = letters(["fi"], MONOLINGUAL);
    badCode[0]!.code = "ABCD-EFGH";
    await expect(lettersPdf(badCode, { template: MONOLINGUAL, url: URL_ })).rejects.toMatchObject({
      code: "BAD_LETTER",
      message: "letter 1: not a valid sign-up code",
    });
    const long: LetterTemplate = {
      ...MONOLINGUAL,
      texts: {
        ...MONOLINGUAL.texts,
        fi: { ...MONOLINGUAL.texts.fi, body: Array(40).fill("Pitkä kappale. ".repeat(20)) },
      },
    };
    const error = await lettersPdf(letters(["fi"], long), { template: long, url: URL_ }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LettersError);
    expect(error).toMatchObject({ code: "TOO_LONG", field: "texts.fi" });
  });

  it("puts the sign-up link with the code in the QR code", () => {
    expect(signUpLink(URL_, "ABCD-EFGH")).toBe(`${URL_}?code=ABCD-EFGH`);
    expect(signUpLink(`${URL_}?lang=sv`, "ABCDEFGH")).toBe(`${URL_}?lang=sv&code=ABCD-EFGH`);
    const matrix = qrMatrix(signUpLink(URL_, "ABCD-EFGH"));
    // Version 4 or more (33+ modules) for a link of this length; finder patterns in the corners.
    expect(matrix.length).toBeGreaterThanOrEqual(33);
    for (const [r, c] of [
      [0, 0],
      [0, matrix.length - 7],
      [matrix.length - 7, 0],
    ] as const)
      expect(matrix[r]!.slice(c, c + 7).every(Boolean)).toBe(true);
  });
});

describe("the printing-house file", () => {
  it("has one row per letter with the columns a printing house needs", () => {
    const input = letters(["fi", "sv"], TEMPLATE);
    const rows = printingHouseRows(input, TEMPLATE.id);
    expect(rows[0]).toEqual([
      "letter",
      "code",
      "language",
      "name",
      "street_address",
      "postal_code",
      "post_office",
      "text_version",
    ]);
    expect(rows[0]).toEqual([...PRINTING_HOUSE_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        "1",
        input[0]!.code,
        "fi+sv",
        "Väinö Åke Öhman-Jääskeläinen",
        "Ängsvägen 5 B 12",
        "02100",
        "ESPOO",
        "kuulola-raati-2026-kutsu-1",
      ],
      ["2", input[1]!.code, "sv+fi", "Saga Exempel", "Provgatan 3", "02100", "ESBO", TEMPLATE.id],
    ]);
  });
});
