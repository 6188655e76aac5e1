import { describe, expect, it } from "vitest";
import { importableSurveys, importTarget } from "./import-target.js";

const base = { title: "", slug: "", surveyId: "" };

describe("the import page's target", () => {
  it("imports into a new survey with its name and address, trimmed", () => {
    expect(importTarget({ ...base, kind: "new", title: " Kysely ", slug: "kysely" })).toEqual({
      target: { kind: "new", title: "Kysely", slug: "kysely" },
      errors: [],
    });
  });

  it("names each missing field of a new survey", () => {
    expect(importTarget({ ...base, kind: "new", title: "  " }).errors).toEqual([
      { field: "import-title", key: "import.needTitle" },
      { field: "import-slug", key: "import.needSlug" },
    ]);
  });

  it("adds to an existing survey without a mapping, once one is chosen", () => {
    const id = "0b5f1d7e-9c1a-4c4e-8f55-3f1a2b3c4d5e";
    expect(importTarget({ ...base, kind: "existing", surveyId: id, title: "ignored" })).toEqual({
      target: { kind: "existing", surveyId: id },
      errors: [],
    });
    expect(importTarget({ ...base, kind: "existing" }).errors).toEqual([
      { field: "import-survey", key: "import.needSurvey" },
    ]);
  });

  it("offers only surveys with a published version", () => {
    const surveys = [
      { id: "a", version: 2 },
      { id: "b", version: null },
    ];
    expect(importableSurveys(surveys).map((s) => s.id)).toEqual(["a"]);
  });
});
