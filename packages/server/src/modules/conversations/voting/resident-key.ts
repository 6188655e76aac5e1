import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Db } from "../../../db/client.js";
import { instanceSecret } from "../../../db/secrets.js";

/**
 * Residents take part without an account. Their browser holds a random key, signed by the
 * server (`<key>.<signature>`), in the `kuulo_resident` cookie — or, inside an embedding iframe
 * where third-party cookies are blocked, in storage sent as the `x-kuulo-resident` header.
 * Only a hash of the key is stored: nothing identifies the resident to staff.
 */

export const RESIDENT_COOKIE = "kuulo_resident";
export const RESIDENT_HEADER = "x-kuulo-resident";
const SECRET_NAME = "resident-keys";

function sign(secret: string, key: string): string {
  return createHmac("sha256", secret).update(`resident:${key}`).digest("base64url").slice(0, 22);
}

export async function newResidentToken(db: Db): Promise<string> {
  const key = randomBytes(18).toString("base64url");
  return `${key}.${sign(await instanceSecret(db, SECRET_NAME), key)}`;
}

/** The key inside a signed token, or undefined for a missing or forged token. */
export async function verifyResidentToken(
  db: Db,
  token: string | undefined,
): Promise<string | undefined> {
  if (!token || token.length > 100) return undefined;
  const dot = token.indexOf(".");
  if (dot <= 0) return undefined;
  const key = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(sign(await instanceSecret(db, SECRET_NAME), key));
  return given.length === expected.length && timingSafeEqual(given, expected) ? key : undefined;
}
