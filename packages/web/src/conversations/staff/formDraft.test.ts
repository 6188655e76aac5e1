import { describe, expect, it } from "vitest";
import {
  checkDraft,
  emptyDraft,
  fieldIdFor,
  fromLocalInput,
  seedLines,
  toInput,
  toLocalInput,
} from "./formDraft.js";

describe("conversation form draft", () => {
  it("maps API error paths to the inputs that show them", () => {
    expect(fieldIdFor("title.fi")).toBe("cf-title-fi");
    expect(fieldIdFor("segments.2.key")).toBe("cf-segment-2-key");
    expect(fieldIdFor("segments.0.name.sv")).toBe("cf-segment-0-name-sv");
    expect(fieldIdFor("segments")).toBe("cf-segments");
    expect(fieldIdFor("seedStatements.3")).toBe("cf-seeds");
    expect(fieldIdFor("somethingElse")).toBeUndefined();
  });

  it("round-trips times through datetime-local values", () => {
    const iso = "2026-12-01T08:30:00.000Z";
    expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    expect(fromLocalInput("")).toBeNull();
    expect(toLocalInput(null)).toBe("");
  });

  it("finds missing Finnish title, bad length, dates in the wrong order and bad segment keys", () => {
    const draft = emptyDraft();
    draft.statementMaxLength = "5";
    draft.opensAt = "2026-12-02T10:00";
    draft.closesAt = "2026-12-01T10:00";
    draft.segments = [
      { key: "Asukkaat", name: { fi: "Asukkaat", sv: "", en: "" } },
      { key: "staff", name: { fi: "", sv: "", en: "" } },
      { key: "staff", name: { fi: "Henkilöstö", sv: "", en: "" } },
    ];
    expect(checkDraft(draft)).toEqual([
      ["title.fi", "required"],
      ["statementMaxLength", "length"],
      ["closesAt", "order"],
      ["segments.0.key", "segmentKey"],
      ["segments.1.name.fi", "required"],
      ["segments.2.key", "segmentKeyTaken"],
    ]);
  });

  it("builds the API body with trimmed texts and numbers, and seeds one per line", () => {
    const draft = emptyDraft();
    draft.title.fi = "  Otsikko ";
    draft.statementMaxLength = "140";
    const input = toInput(draft);
    expect(input.title).toEqual({ fi: "Otsikko", sv: "", en: "" });
    expect(input.statementMaxLength).toBe(140);
    expect(input.opensAt).toBeNull();
    expect(checkDraft(draft)).toEqual([]);
    expect(seedLines("a\r\n\n  b  \n")).toEqual(["a", "b"]);
  });
});
