import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/client.js";
import { instanceSecret } from "../db/secrets.js";
import { AppError } from "../errors.js";

/**
 * The key a bucket is stored under: a keyed hash, so that the table never holds what the key
 * is made of (client addresses, residents' keys, email addresses). The part before the first
 * colon (the kind of limit, e.g. `sign-in-link`) stays readable for operators.
 */
export async function bucketKey(db: Db, key: string): Promise<string> {
  const kind = key.slice(0, Math.max(0, key.indexOf(":")));
  const digest = createHmac("sha256", await instanceSecret(db, "rate-limit-keys"))
    .update(key)
    .digest("base64url")
    .slice(0, 32);
  return `${kind}:${digest}`;
}

/**
 * Fixed-window rate limit kept in the database, so that every server process counts together.
 * One atomic upsert per hit: the window restarts when it has passed.
 */
export async function hitRateLimit(
  db: Db,
  options: { key: string; limit: number; windowSeconds: number },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const key = await bucketKey(db, options.key);
  const [row] = rowsOf<{ hits: number; window_start: string | Date }>(
    await db.execute(sql`
      insert into rate_limit_buckets (key, window_start, hits) values (${key}, now(), 1)
      on conflict (key) do update set
        hits = case when rate_limit_buckets.window_start <= now() - make_interval(secs => ${options.windowSeconds})
                    then 1 else rate_limit_buckets.hits + 1 end,
        window_start = case when rate_limit_buckets.window_start <= now() - make_interval(secs => ${options.windowSeconds})
                    then now() else rate_limit_buckets.window_start end
      returning hits, window_start`),
  );
  const hits = Number(row!.hits);
  const windowStart = new Date(row!.window_start).getTime();
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart + options.windowSeconds * 1000 - Date.now()) / 1000),
  );
  return { allowed: hits <= options.limit, retryAfterSeconds };
}

export async function enforceRateLimit(
  db: Db,
  options: { key: string; limit: number; windowSeconds: number },
): Promise<void> {
  const result = await hitRateLimit(db, options);
  if (!result.allowed) {
    throw new AppError(
      "rate_limited",
      `Too many attempts. Try again in ${Math.ceil(result.retryAfterSeconds / 60)} min.`,
      {
        headers: { "retry-after": String(result.retryAfterSeconds) },
      },
    );
  }
}
