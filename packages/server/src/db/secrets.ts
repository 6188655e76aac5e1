import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./client.js";
import { instanceSecrets } from "./platform-schema.js";

/**
 * A secret generated once per installation and shared by every server process through the
 * database (e.g. for signing residents' cookies and invitation links).
 */
const cache = new WeakMap<object, Map<string, string>>();

export async function instanceSecret(db: Db, name: string): Promise<string> {
  // A secret never changes once written, so each process may keep what it has read.
  const known = cache.get(db)?.get(name);
  if (known) return known;
  await db
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing({ target: instanceSecrets.name });
  const [row] = await db.select().from(instanceSecrets).where(eq(instanceSecrets.name, name));
  const perDb = cache.get(db) ?? new Map<string, string>();
  cache.set(db, perDb);
  perDb.set(name, row!.value);
  return row!.value;
}
