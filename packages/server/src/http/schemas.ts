import { z } from "zod";

/**
 * Shared request schemas for values that reach the database: every integer fits PostgreSQL's
 * `integer` (or the column it is compared with), every string has a length limit.
 * `routes.test.ts` walks every route and fails on a number or string without bounds.
 */

export const INT32_MAX = 2_147_483_647;

/** A row number, statement or participant id in a JSON body: 0 … 2^31−1. */
export const dbId = z
  .number()
  .int("must be an integer")
  .min(0, "must not be negative")
  .max(INT32_MAX, `must be at most ${INT32_MAX}`);

/** The same in a path parameter or query string (text, converted). */
export const dbIdParam = z.coerce
  .number()
  .int("must be an integer")
  .min(0, "must not be negative")
  .max(INT32_MAX, `must be at most ${INT32_MAX}`);

/** An organization's slug in a path (its full rules are checked where slugs are created). */
export const slugParam = z.string().min(1).max(63);

/** A public id of a conversation (`/api/p/c/:publicId`). */
export const publicIdParam = z
  .string()
  .min(4)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, "may contain only letters, digits, _ and -");

/** An idempotency key chosen by the client. */
export const requestIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[\x21-\x7E]+$/, "may contain only printable ASCII characters");
