import type { Person } from "@kuulo/dvv";
import { describe, expect, it } from "vitest";
import { letterFrame, letterOrder, parseAgeBands, parseStratify } from "./dvv-draw.js";

const person = (id: string, age: number, municipality: string, letter = true): Person => ({
  id,
  birthDate: "2000-01-01",
  age,
  sex: 1,
  language: "fi",
  municipality,
  county: "01",
  turvakielto: !letter,
  deceased: false,
  letter,
});

describe("the letters' draw", () => {
  const bands = parseAgeBands("18-29,30-64,65-");

  it("reads age bands, open at the top, and refuses overlaps", () => {
    expect(bands).toEqual([
      { label: "18-29", from: 18, to: 29 },
      { label: "30-64", from: 30, to: 64 },
      { label: "65-", from: 65, to: Number.POSITIVE_INFINITY },
    ]);
    expect(() => parseAgeBands("18-40,30-64")).toThrow(/overlaps/);
    expect(() => parseAgeBands("18-")).not.toThrow();
    expect(() => parseAgeBands("aikuiset")).toThrow(/FROM-TO/);
    expect(parseStratify("age,municipality")).toEqual(["municipality", "age"]);
  });

  it("keeps only people who may get a letter, within the ages, with their stratum", () => {
    const people = [
      person("a", 17, "091"),
      person("b", 18, "091"),
      person("c", 40, "049"),
      person("d", 90, "049"),
      person("e", 40, "049", false),
    ];
    const both = letterFrame(people, {
      minAge: 18,
      maxAge: 200,
      stratify: ["municipality", "age"],
      bands,
    });
    expect(both.items).toEqual([
      { id: "b", stratum: "091|18-29" },
      { id: "c", stratum: "049|30-64" },
      { id: "d", stratum: "049|65-" },
    ]);
    expect(both.outside).toBe(1);
    const plain = letterFrame(people, { minAge: 18, maxAge: 80, stratify: [], bands });
    expect(plain.items).toEqual([
      { id: "b", stratum: "" },
      { id: "c", stratum: "" },
    ]);
    // Outside every band (here 30-64 only) is outside the frame when stratifying by age.
    const narrow = letterFrame(people, {
      minAge: 18,
      maxAge: 200,
      stratify: ["age"],
      bands: parseAgeBands("30-64"),
    });
    expect(narrow.items.map((i) => i.id)).toEqual(["c"]);
  });

  it("orders letters by postal code, then name", () => {
    const letter = (id: string, postalCode: string, surname: string) => ({
      id,
      postalCode,
      surname,
      firstNames: "A",
    });
    expect(
      letterOrder([
        letter("1", "33100", "Ö"),
        letter("2", "00100", "Näyte"),
        letter("3", "33100", "Aalto"),
      ]).map((l) => l.id),
    ).toEqual(["2", "3", "1"]);
  });
});
