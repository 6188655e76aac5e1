import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readAddresses } from "./addresses.js";
import { checkExtract } from "./check.js";

const FIXTURES = new URL("../../cli/fixtures/dvv/", import.meta.url);
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

describe("readAddresses", () => {
  it("gives the names and addresses of the ids asked for, from the first row of each", () => {
    const file = bytes("vaesto-utf8.csv");
    const { people } = checkExtract(file, { key: "k", on: "2026-01-01" });
    const letters = people.filter((p) => p.letter).map((p) => p.id);
    expect(letters).toHaveLength(2);
    const found = readAddresses(file, { key: "k", ids: new Set(letters) });
    expect([...found.values()]).toEqual([
      {
        firstNames: "Aino Helmi",
        surname: "Esimerkki",
        streetAddress: "Testikatu 1 A 2",
        postalCode: "00100",
        postOffice: "HELSINKI",
      },
      {
        firstNames: "Saga",
        surname: "Exempel",
        streetAddress: "Provgatan 3",
        postalCode: "02100",
        postOffice: "ESBO",
      },
    ]);
    // Another key gives other ids: nothing found.
    expect(readAddresses(file, { key: "other", ids: new Set(letters) }).size).toBe(0);
  });

  it("reads ISO-8859-1 (ä ö å) with the same encoding as the check", () => {
    const file = bytes("vaesto-latin1.csv");
    const { people } = checkExtract(file, { key: "k", on: "2026-01-01", encoding: "latin1" });
    const found = readAddresses(file, {
      key: "k",
      encoding: "latin1",
      ids: new Set(people.map((p) => p.id)),
    });
    expect(found.size).toBe(3);
    expect(JSON.stringify([...found.values()])).toMatch(/[äöå]/);
  });
});
