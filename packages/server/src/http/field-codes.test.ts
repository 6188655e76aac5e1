import { describe, expect, it } from "vitest";
import { fieldCodeOf } from "./problems.js";

describe("field error codes", () => {
  it("name zod's issues by what is wrong, with the bound the wording needs", () => {
    expect(fieldCodeOf("too_big", { origin: "string", maximum: 200 }, "x")).toEqual({
      code: "too_long",
      params: { max: 200 },
    });
    expect(fieldCodeOf("too_big", { origin: "number", maximum: 5 }, 6)).toEqual({
      code: "too_large",
      params: { max: 5 },
    });
    expect(fieldCodeOf("too_big", { origin: "array", maximum: 3 }, [])).toEqual({
      code: "too_many",
      params: { max: 3 },
    });
    expect(fieldCodeOf("too_small", { origin: "string", minimum: 1 }, "")).toEqual({
      code: "required",
    });
    expect(fieldCodeOf("too_small", { origin: "string", minimum: 8 }, "abc")).toEqual({
      code: "too_short",
      params: { min: 8 },
    });
    expect(fieldCodeOf("too_small", { origin: "number", minimum: 0 }, -1)).toEqual({
      code: "too_small",
      params: { min: 0 },
    });
    expect(fieldCodeOf("too_small", { origin: "array", minimum: 1 }, [])).toEqual({
      code: "too_few",
      params: { min: 1 },
    });
    expect(fieldCodeOf("invalid_format", { format: "email" }, "x")).toEqual({
      code: "invalid_format",
      params: { format: "email" },
    });
    expect(fieldCodeOf("invalid_value", { values: ["fi", "sv"] }, "en")).toEqual({
      code: "invalid_value",
      params: { values: "fi,sv" },
    });
    expect(fieldCodeOf("invalid_type", { expected: "string" }, undefined)).toEqual({
      code: "required",
    });
    expect(fieldCodeOf("invalid_type", { expected: "string" }, 3)).toEqual({
      code: "invalid_type",
    });
    expect(fieldCodeOf("custom", {}, "x")).toEqual({ code: "invalid" });
  });

  it("name Fastify's own (JSON schema) errors the same way", () => {
    expect(fieldCodeOf("required", { missingProperty: "a" }, undefined)).toEqual({
      code: "required",
    });
    expect(fieldCodeOf("maxLength", { limit: 10 }, "x")).toEqual({
      code: "too_long",
      params: { max: 10 },
    });
    expect(fieldCodeOf("minLength", { limit: 1 }, "")).toEqual({ code: "required" });
    expect(fieldCodeOf("minLength", { limit: 4 }, "ab")).toEqual({
      code: "too_short",
      params: { min: 4 },
    });
    expect(fieldCodeOf("enum", { allowedValues: ["a", "b"] }, "c")).toEqual({
      code: "invalid_value",
      params: { values: "a,b" },
    });
    expect(fieldCodeOf("pattern", {}, "x")).toEqual({ code: "invalid_format" });
  });
});
