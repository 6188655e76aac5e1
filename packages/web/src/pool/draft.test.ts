import { describe, expect, it } from "vitest";
import { EMPTY_DRAFT, fieldOf, missingFields, toJoinInput } from "./draft.js";

describe("the join form's draft", () => {
  it("links the API's field paths to the inputs, with or without body.", () => {
    expect(fieldOf("body.email")).toBe("pool-email");
    expect(fieldOf("birthYear")).toBe("pool-birth-year");
    expect(fieldOf("body.answers.education")).toBe("pool-q-education");
    expect(fieldOf("interests.2")).toBe("pool-interests");
    expect(fieldOf("consents.channels")).toBe("pool-consent-channels");
    expect(fieldOf("body.nothing")).toBeUndefined();
  });

  it("names what is missing before sending, and sends only what was given", () => {
    expect(missingFields(EMPTY_DRAFT)).toEqual([
      "pool-email",
      "pool-municipality",
      "pool-birth-year",
      "pool-gender",
      "pool-mother-tongue",
    ]);
    const draft = {
      ...EMPTY_DRAFT,
      phone: " 040 123 4567 ",
      municipality: "179",
      birthYear: "1980",
      gender: "man",
      motherTongue: "sv",
      answers: { education: "", children: "yes" },
      purposes: ["panels" as const],
      consentChannels: ["sms" as const],
    };
    expect(missingFields(draft)).toEqual([]);
    expect(toJoinInput(draft, "sv")).toEqual({
      phone: "040 123 4567",
      municipality: "179",
      birthYear: 1980,
      gender: "man",
      motherTongue: "sv",
      language: "sv",
      answers: { children: "yes" },
      interests: [],
      channels: [],
      consents: { purposes: ["panels"], channels: ["sms"] },
      partners: [],
    });
  });
});
