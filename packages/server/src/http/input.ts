import type { FastifyInstance, FastifyRequest } from "fastify";
import { AppError, type FieldError } from "../errors.js";

/**
 * Refuses, before any route sees them, strings that PostgreSQL or a log reader must never get:
 * NUL and the other C0 control characters (tab, line feed and carriage return are allowed) in
 * path parameters, the query, the parsed body and the request headers. The answer is 400
 * problem+json naming each field and where in it the character is.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;

function describe(value: string, at: number): string {
  const code = value.charCodeAt(at).toString(16).toUpperCase().padStart(4, "0");
  const before = value.slice(0, at);
  const line = before.split("\n").length;
  const column = at - before.lastIndexOf("\n");
  const where = line > 1 ? `line ${line}, column ${column}` : `character ${at + 1}`;
  return `must not contain control characters (U+${code} at ${where})`;
}

/** Every string under `root` with a control character, as field errors; iterative, any depth. */
export function controlCharacterErrors(root: unknown, base: string): FieldError[] {
  const errors: FieldError[] = [];
  const stack: [unknown, string][] = [[root, base]];
  while (stack.length > 0 && errors.length < 20) {
    const [value, path] = stack.pop()!;
    if (typeof value === "string") {
      const at = value.search(CONTROL);
      if (at >= 0) errors.push({ path, message: describe(value, at), code: "control_character" });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], `${path}.${i}`]);
    } else if (value !== null && typeof value === "object" && !Buffer.isBuffer(value)) {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i]!;
        if (CONTROL.test(key))
          errors.push({
            path: `${path}.?`,
            message: describe(key, key.search(CONTROL)),
            code: "control_character",
          });
        stack.push([item, `${path}.${key}`]);
      }
    }
  }
  return errors;
}

function requestErrors(request: FastifyRequest): FieldError[] {
  return [
    ...controlCharacterErrors(request.params, "params"),
    ...controlCharacterErrors(request.query, "querystring"),
    ...controlCharacterErrors(request.headers, "headers"),
    ...controlCharacterErrors(request.body, "body"),
  ];
}

export function installInputGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    const errors = requestErrors(request);
    if (errors.length > 0) {
      throw new AppError(
        "validation.failed",
        errors.map((e) => `${e.path}: ${e.message}`).join("; "),
        { errors },
      );
    }
  });
}
