import { z } from "zod";

/**
 * Response schemas for answers that are not JSON. Every route declares its 2xx (or redirect)
 * answer, so that /api/openapi.json describes every operation (`src/api-contract.test.ts`).
 * Fastify sends strings and buffers with a non-JSON content type as they are: these schemas
 * document the answer and are not run over it.
 */

// `z.undefined()` is written as `{ type: "null" }`, which @fastify/swagger shows as an answer
// without a body, and lets a handler call `reply.send()` with nothing.

/** 204: nothing in the body. */
export const noContent = z.undefined().describe("No content");

/** 302 to another page; `Location` says where. */
export function redirect(description: string) {
  return z.undefined().describe(description);
}

/** A file or stream in one of the given media types: text, or binary (images). */
export function mediaResponse(description: string, mediaTypes: readonly string[]) {
  return {
    description,
    content: Object.fromEntries(
      mediaTypes.map((type) => [
        type,
        {
          schema: type.startsWith("text/")
            ? z.string()
            : z.instanceof(Buffer).meta({ type: "string", format: "binary" }),
        },
      ]),
    ),
  };
}
