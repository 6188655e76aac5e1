import type { ApiBody, ApiParams, ApiQuery, ApiResponse, Method, PathFor } from "./contract.js";
import { ApiError, retryAfterSeconds, toProblem } from "./problem.js";
import type { paths } from "./schema.js";

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** JSON body; sent as application/json. */
  json?: unknown;
  /** Raw body (e.g. a logo file) with its content type. */
  raw?: { body: Blob; contentType: string } | undefined;
  /** More request headers (e.g. a resident's key). */
  headers?: Record<string, string> | undefined;
  /**
   * false for calls that are not staff writes (residents' votes and statements): no CSRF token
   * is fetched or sent. Default true.
   */
  csrf?: boolean;
  signal?: AbortSignal | undefined;
}

let csrfToken: string | null = null;

/** Remembers the CSRF token that GET /api/me returned (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { accept: "application/json", ...options.headers };
  let body: BodyInit | undefined;
  if (options.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(options.json);
  } else if (options.raw) {
    headers["content-type"] = options.raw.contentType;
    body = options.raw.body;
  }
  if (method !== "GET" && options.csrf !== false && csrfToken) headers["x-csrf-token"] = csrfToken;
  try {
    return await fetch(path, {
      method,
      headers,
      body,
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({
      type: "about:blank",
      title: "Network error",
      status: 0,
      code: "network",
      detail: cause instanceof Error ? cause.message : String(cause),
      errors: [],
    });
  }
}

/** Fetches the token for writes when none is known yet; signed-out users have none. */
async function ensureCsrfToken(): Promise<void> {
  if (csrfToken) return;
  const response = await send("/api/me", {});
  if (response.ok) {
    const me = (await readBody(response)) as { csrfToken: string };
    csrfToken = me.csrfToken;
  }
}

/**
 * The one way the web app talks to the API: same-origin credentials, JSON in and out,
 * `x-csrf-token` on every staff write, and problem+json turned into an ApiError. A write
 * refused with `csrf.failed` is retried once with a fresh token.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const isWrite = (options.method ?? "GET") !== "GET" && options.csrf !== false;
  if (isWrite) await ensureCsrfToken();
  let response = await send(path, options);
  if (isWrite && response.status === 403) {
    const body = await readBody(response.clone());
    if (toProblem(403, body).code === "csrf.failed") {
      csrfToken = null;
      await ensureCsrfToken();
      response = await send(path, options);
    }
  }
  const body = await readBody(response);
  if (!response.ok) {
    throw new ApiError(toProblem(response.status, body, response.statusText), {
      retryAfterSeconds: retryAfterSeconds(response.headers.get("retry-after")),
    });
  }
  return body as T;
}

type Choose<Key extends string, T> = [T] extends [never] ? { [K in Key]?: undefined } : T;

/** What a call of `P` with `M` takes besides the transport options. */
export type CallInit<P extends keyof paths, M extends Method> = Omit<
  RequestOptions,
  "method" | "json"
> &
  ([ApiParams<P, M>] extends [never] ? { params?: undefined } : { params: ApiParams<P, M> }) &
  ([ApiQuery<P, M>] extends [never]
    ? { query?: undefined }
    : { query?: Choose<"query", ApiQuery<P, M>> }) &
  ([ApiBody<P, M>] extends [never] ? { json?: undefined } : { json: ApiBody<P, M> });

type CallArgs<P extends keyof paths, M extends Method> =
  // biome-ignore lint/complexity/noBannedTypes: "no required option" is the empty object
  {} extends CallInit<P, M> ? [init?: CallInit<P, M>] : [init: CallInit<P, M>];

/** `/api/orgs/{slug}` with `{ slug: "a b" }` → `/api/orgs/a%20b`. */
export function fillPath(path: string, params: Record<string, unknown> = {}): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`${path}: no value for ${name}`);
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&b=x` from the defined values, or "" when there are none. */
export function queryString(query: Record<string, unknown> = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * A call of one API route, typed from the OpenAPI document: `call("get", "/api/orgs/{slug}",
 * { params: { slug } })` answers the route's declared JSON. Goes through `api`.
 */
export function call<M extends Method, P extends PathFor<M>>(
  method: M,
  path: P,
  ...[init]: CallArgs<P, M>
): Promise<ApiResponse<P, M>> {
  const { params, query, json, ...options } = (init ?? {}) as RequestOptions & {
    params?: Record<string, unknown>;
    query?: Record<string, unknown>;
  };
  const url = fillPath(path, params) + queryString(query);
  return api<ApiResponse<P, M>>(url, {
    ...options,
    method: method.toUpperCase() as RequestOptions["method"],
    ...(json === undefined ? {} : { json }),
  });
}
