import { randomBytes } from "node:crypto";

/** A random, URL-safe secret (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}
