import { describe, expect, it } from "vitest";
import {
  electronicIban,
  FINNISH_BICS,
  finnishBic,
  ibanFromBban,
  isValidBic,
  paperIban,
  SEPA_IBAN_LENGTHS,
  validateIban,
} from "./iban.js";

describe("validateIban", () => {
  it("accepts valid IBANs of SEPA countries, with spaces and in lower case", () => {
    for (const iban of [
      "FI2112345600000785",
      "FI21 1234 5600 0007 85",
      "fi21 1234 5600 0007 85",
      "DE89 3704 0044 0532 0130 00",
      "GB29NWBK60161331926819",
      "NO9386011117947",
      "BE68539007547034",
      "SE4550000000058398257466",
    ]) {
      const result = validateIban(iban);
      expect(result, iban).toMatchObject({ ok: true });
      if (result.ok) expect(result.iban).toBe(electronicIban(iban));
    }
  });

  it("names the problem: characters, country, length, checksum", () => {
    expect(validateIban("FI21-1234-5600-0007-85")).toMatchObject({ problem: "characters" });
    expect(validateIban("1234567")).toMatchObject({ problem: "characters" });
    expect(validateIban("US21123456000007851")).toMatchObject({ problem: "country" });
    expect(validateIban("FI211234560000078")).toMatchObject({ problem: "length" });
    expect(validateIban("FI2112345600000786")).toMatchObject({ problem: "checksum" });
    // Two swapped digits are caught by mod 97.
    expect(validateIban("FI2112345600007085")).toMatchObject({ problem: "checksum" });
  });

  it("never repeats the IBAN in the detail", () => {
    const result = validateIban("FI2112345600000786");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.detail).not.toContain("12345600000786");
  });

  it("computes check digits that validate, for every SEPA country's length", () => {
    for (const [country, length] of Object.entries(SEPA_IBAN_LENGTHS)) {
      const bban = "1".repeat(length - 4);
      expect(validateIban(ibanFromBban(country, bban)), country).toMatchObject({ ok: true });
    }
  });
});

describe("formats", () => {
  it("writes the paper format in groups of four and the electronic without spaces", () => {
    expect(paperIban("fi2112345600000785")).toBe("FI21 1234 5600 0007 85");
    expect(electronicIban(" FI21 1234 5600 0007 85 ")).toBe("FI2112345600000785");
    expect(paperIban("NO9386011117947")).toBe("NO93 8601 1117 947");
  });
});

describe("finnishBic", () => {
  const fi = (bban: string) => ibanFromBban("FI", bban);

  it("derives the BIC from the bank code, the longest matching code first", () => {
    expect(finnishBic(fi("12345600000785"))).toBe("NDEAFIHH");
    expect(finnishBic(fi("22345600000785"))).toBe("NDEAFIHH");
    expect(finnishBic(fi("31345600000785"))).toBe("HANDFIHH");
    expect(finnishBic(fi("33345600000785"))).toBe("ESSEFIHX");
    expect(finnishBic(fi("36345600000785"))).toBe("SBANFIHH");
    expect(finnishBic(fi("39345600000785"))).toBe("SBANFIHH");
    expect(finnishBic(fi("40500000000785"))).toBe("HELSFIHH");
    expect(finnishBic(fi("49700000000785"))).toBe("HELSFIHH");
    expect(finnishBic(fi("42500000000785"))).toBe("ITELFIHH");
    expect(finnishBic(fi("47100000000785"))).toBe("POPFFI22");
    expect(finnishBic(fi("50000120000005"))).toBe("OKOYFIHH");
    expect(finnishBic(fi("60000120000005"))).toBe("AABAFI22");
    expect(finnishBic(fi("71500000000785"))).toBe("ITELFIHH");
    expect(finnishBic(fi("79900000000785"))).toBe("HOLVFIHH");
    expect(finnishBic(fi("80000120000005"))).toBe("DABAFIHH");
  });

  it("gives null for codes not in the table and for other countries", () => {
    expect(finnishBic(fi("34000120000005"))).toBeNull(); // left out: sources disagree
    expect(finnishBic(fi("40100000000785"))).toBeNull(); // no bank has 401
    expect(finnishBic(fi("70000000000785"))).toBeNull();
    expect(finnishBic("DE89370400440532013000")).toBeNull();
  });

  it("has only well-formed BICs", () => {
    for (const bic of Object.values(FINNISH_BICS)) expect(isValidBic(bic), bic).toBe(true);
    expect(isValidBic("NDEAFIHHXXX")).toBe(true);
    expect(isValidBic("ndeafihh")).toBe(false);
    expect(isValidBic("NDEAFI")).toBe(false);
  });
});
