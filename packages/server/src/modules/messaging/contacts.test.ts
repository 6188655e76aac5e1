import { describe, expect, it } from "vitest";
import { maskPhone, normalizeAddress, normalizePhone } from "./contacts.js";
import { isStopReply } from "./suppression.js";

describe("contact addresses in one form", () => {
  it("writes Finnish and international mobile numbers in E.164", () => {
    expect(normalizePhone("040 123 4567")).toBe("+358401234567");
    expect(normalizePhone("+358 40-123 4567")).toBe("+358401234567");
    expect(normalizePhone("00358401234567")).toBe("+358401234567");
    expect(normalizePhone("358401234567")).toBe("+358401234567");
    expect(normalizePhone("+46 70 123 45 67")).toBe("+46701234567");
    expect(normalizePhone("12")).toBeNull();
    expect(normalizePhone("asukas@example.fi")).toBeNull();
  });

  it("writes email addresses in lower case, and knows which channel an address is of", () => {
    expect(normalizeAddress("email", " Asukas@Example.FI ")).toBe("asukas@example.fi");
    expect(normalizeAddress("email", "0401234567")).toBeNull();
    expect(normalizeAddress("sms", "asukas@example.fi")).toBeNull();
  });

  it("masks a number so that it cannot be called", () => {
    expect(maskPhone("+358401234567")).toBe("+35840…67");
  });
});

describe("STOP replies", () => {
  it("takes STOP, LOPETA and SLUTA in any case as the first word", () => {
    for (const reply of ["STOP", "stop", "Lopeta", "LOPETA kiitos", "sluta.", " Seis "]) {
      expect(isStopReply(reply), reply).toBe(true);
    }
    for (const reply of ["Kiitos", "En voi lopettaa nyt", "", "stoppari"]) {
      expect(isStopReply(reply), reply).toBe(false);
    }
  });
});
