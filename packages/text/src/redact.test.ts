import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidHetu } from "./hetu.js";
import { clean, redact } from "./redact.js";

// Examples published by the Digital and Population Data Services Agency (DVV), incl. 2023 signs.
const HETUS = [
  "131052-308T",
  "010594Y9032",
  "010594Y9021",
  "020502E902X",
  "020502A902X",
  "131052W308T",
  "010199+123Y",
];
const PHONES = [
  "040 123 4567",
  "0401234567",
  "040-1234567",
  "+358 40 123 4567",
  "+358401234567",
  "00358 50 765 4321",
  "+358 (0)40 123 4567",
  "09 1234 5678",
  "(09) 123 4567",
  "044 9876543",
  "0800 123 456",
  "+358 9 310 1234",
];
const EMAILS = [
  "matti.meikalainen@example.fi",
  "anna+kuulo@pirha.fi",
  "Åsa.Öberg@kommun.ax",
  "x_y@sub.domain.org",
];

describe("redact", () => {
  it("accepts only identity codes with a valid check character and date", () => {
    for (const h of HETUS) expect(isValidHetu(h), h).toBe(true);
    expect(isValidHetu("131052-308U")).toBe(false);
    expect(isValidHetu("310252-308T")).toBe(false);
    expect(isValidHetu("131052G308T")).toBe(false);
  });

  it("always redacts identity codes, phone numbers and e-mail addresses", () => {
    for (const h of HETUS) {
      const r = redact(`Hetuni on ${h}, soittakaa.`);
      expect(r.text, h).toBe("Hetuni on [HETU], soittakaa.");
      expect(r.counts.hetu).toBe(1);
    }
    for (const p of PHONES) {
      const r = redact(`Soita numeroon ${p} iltaisin.`);
      expect(r.text, p).toBe("Soita numeroon [PHONE] iltaisin.");
    }
    for (const e of EMAILS) {
      const r = redact(`Viestit: ${e}.`);
      expect(r.text, e).toBe("Viestit: [EMAIL].");
    }
  });

  it("leaves an identity code with a wrong check character as it is", () => {
    expect(redact("koodi 131052-308U").text).toBe("koodi 131052-308U");
  });

  it("leaves ordinary numbers untouched", () => {
    const texts = [
      "Vuonna 2023 maksu oli 1 500 euroa ja 10 000 asukasta.",
      "Jono kesti 3-4 viikkoa, 15.3.2024 klo 14.30.",
      "Bussi 12 kulkee 20 minuutin välein, 0,5 km.",
      "Sain 01.02.2024 kirjeen, 123456 ja 7.",
      "Osoite Mannerheimintie 5, 00100 Helsinki; Y-tunnus 1234567-8; 2 × 40 min.",
    ];
    for (const t of texts) expect(redact(t).text).toBe(t);
  });

  it("never changes text that has no 0 or + before digits, @ or URL (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 99_999 }), { maxLength: 8 }), (nums) => {
        const t = `luvut ${nums.join(" ja ")} loppu`;
        return redact(t).text === t;
      }),
    );
  });

  it("strips URLs and normalises whitespace", () => {
    const r = clean("Katso https://example.com/a?b=1 ja  www.pirha.fi/sivu.\n Kiitos");
    expect(r.text).toBe("Katso ja . Kiitos");
    expect(r.counts.url).toBe(2);
  });
});
