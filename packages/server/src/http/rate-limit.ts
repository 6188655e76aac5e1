import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/client.js";
import { AppError } from "../errors.js";

/**
 * Fixed-window rate limit kept in the database, so that every server process counts together.
 * One atomic upsert per hit: the window restarts when it has passed.
 */
export async function hitRateLimit(
  db: Db,
  options: { key: string; limit: number; windowSeconds: number },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const [row] = rowsOf<{ hits: number; window_start: string | Date }>(
    await db.execute(sql`
      insert into rate_limit_buckets (key, window_start, hits) values (${options.key}, now(), 1)
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
