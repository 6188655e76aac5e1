import type { paths } from "./schema.js";

/**
 * Types of the API contract, read from the generated `schema.d.ts` (`npm run api:types`):
 * which paths take which method, their path and query parameters, their JSON body and their
 * success answer. Nothing here is written by hand about a route's shape.
 */

export type Method = "get" | "post" | "put" | "patch" | "delete";

/** The paths that answer `M`. */
export type PathFor<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

type SuccessStatus = 200 | 201 | 202 | 204;

type JsonOf<R> = R extends { content: { "application/json": infer B } } ? B : unknown;

/**
 * The JSON answer of a successful call. Every route declares its response schema
 * (api-contract.test.ts on the server), so this is never `unknown`.
 */
export type ApiResponse<P extends keyof paths, M extends Method = "get"> =
  Operation<P, M> extends { responses: infer R }
    ? JsonOf<R[Extract<keyof R, SuccessStatus>]>
    : never;

type JsonBody<B> = [B] extends [never]
  ? never
  : B extends { content: { "application/json": infer J } }
    ? J
    : never;

/** The JSON body a route takes (never: it takes none, or a raw body such as a file). */
export type ApiBody<P extends keyof paths, M extends Method> = JsonBody<
  NonNullable<Operation<P, M>["requestBody"]>
>;

/** The query parameters a route takes (never: none). */
export type ApiQuery<P extends keyof paths, M extends Method> = NonNullable<
  Operation<P, M>["parameters"]["query"]
>;

/** The path parameters a route takes, e.g. `{ slug: string }` (never: none). */
export type ApiParams<P extends keyof paths, M extends Method> = Operation<
  P,
  M
>["parameters"] extends {
  path: infer X;
}
  ? X
  : never;
