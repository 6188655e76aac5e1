import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { createTestApp, type TestApp } from "../test-app.js";
import { INT32_MAX } from "./schemas.js";

/**
 * Walks every route's request schema (params, query, body, headers) and fails when a number
 * could overflow a PostgreSQL integer or a string has no length limit: such values reach the
 * database and must be refused with 400 at the edge, never with a 500 from below.
 */

type JsonSchema = Record<string, unknown>;

/** Fields compared with a `bigint` column: up to the largest safe integer. */
const BIGINT_FIELDS = new Set(["querystring.before"]);

function problems(schema: JsonSchema, path: string, out: string[]): void {
  const type = schema.type;
  const types = Array.isArray(type) ? type : [type];
  if (types.includes("integer") || types.includes("number")) {
    const max = (schema.maximum ?? schema.exclusiveMaximum) as number | undefined;
    const min = (schema.minimum ?? schema.exclusiveMinimum) as number | undefined;
    const limit = BIGINT_FIELDS.has(path.split(" ").at(-1)!) ? Number.MAX_SAFE_INTEGER : INT32_MAX;
    if (max === undefined || max > limit) out.push(`${path}: number without maximum ≤ 2^31−1`);
    if (min === undefined || min < -INT32_MAX - 1) out.push(`${path}: number without minimum`);
  }
  if (types.includes("string")) {
    const bounded =
      schema.maxLength !== undefined ||
      schema.enum !== undefined ||
      schema.const !== undefined ||
      schema.format === "uuid";
    if (!bounded) out.push(`${path}: string without maxLength`);
  }
  for (const [key, value] of Object.entries(schema.properties ?? {}))
    problems(value as JsonSchema, `${path}.${key}`, out);
  if (schema.items && typeof schema.items === "object")
    problems(schema.items as JsonSchema, `${path}[]`, out);
  if (typeof schema.additionalProperties === "object")
    problems(schema.additionalProperties as JsonSchema, `${path}.*`, out);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = schema[key] as JsonSchema[] | undefined;
    for (const [i, item] of (list ?? []).entries()) problems(item, `${path}|${i}`, out);
  }
}

describe("every route bounds its input", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("has an integer maximum ≤ 2^31−1 and a string maxLength everywhere", () => {
    const found: string[] = [];
    let walked = 0;
    for (const route of t.app.routeTable) {
      const schema = (route.schema ?? {}) as Record<string, unknown>;
      for (const part of ["params", "querystring", "body", "headers"]) {
        const zod = schema[part];
        if (!(zod instanceof z.ZodType)) continue;
        walked++;
        const json = z.toJSONSchema(zod, { io: "input", unrepresentable: "any" }) as JsonSchema;
        problems(json, `${route.method} ${route.url} ${part}`, found);
      }
    }
    expect(walked).toBeGreaterThan(20);
    expect(found).toEqual([]);
  });
});
