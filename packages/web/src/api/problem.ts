/** RFC 9457 problem details as the Kuulo API sends them, and the error the web app throws. */

export interface FieldProblem {
  /** Dotted path of the field, e.g. "name.fi" or "oidc.issuer". */
  path: string;
  /** The server's English wording, for developers; users see the code's text. */
  message: string;
  /** Stable code of what is wrong (`required`, `too_long` …); "invalid" when none was sent. */
  code: string;
  /** Values the code's text needs, e.g. `{ max: 200 }`. */
  params: Record<string, string | number>;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string | undefined;
  code: string;
  instance?: string | undefined;
  errors: FieldProblem[];
}

/** One error class for the web app; `code` is the API's stable code (or a client-side one). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly problem: Problem;
  /** Seconds the server asked the client to wait (`Retry-After`, e.g. on 503 or 429). */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, options: { retryAfterSeconds?: number | undefined } = {}) {
    super(problem.detail || problem.title || problem.code);
    this.name = "ApiError";
    this.status = problem.status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** Field errors keyed by dotted path. */
  get fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors) {
      if (!(e.path in out)) out[e.path] = e.message;
    }
    return out;
  }
}

/**
 * Normalises the path of a field error to dots: "/name/fi", ["name","fi"], "body.name.fi"
 * and "name[fi]" all become "name.fi".
 */
export function normalizePath(path: unknown): string {
  let parts: string[];
  if (Array.isArray(path)) {
    parts = path.map((p) => String(p));
  } else if (typeof path === "string") {
    const s = path.startsWith("/") ? path.slice(1).replace(/\//g, ".") : path;
    parts = s
      .replace(/\[(\w+)\]/g, ".$1")
      .split(".")
      .filter((p) => p.length > 0);
  } else {
    parts = [];
  }
  if (parts[0] === "body") parts = parts.slice(1);
  return parts.join(".");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function paramsOf(value: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (!isRecord(value)) return out;
  for (const [name, v] of Object.entries(value)) {
    if (typeof v === "string" || typeof v === "number") out[name] = v;
  }
  return out;
}

/** Turns any response body into a Problem; unknown shapes get a code from the status. */
export function toProblem(status: number, body: unknown, statusText = ""): Problem {
  const b = isRecord(body) ? body : {};
  const errors: FieldProblem[] = Array.isArray(b.errors)
    ? b.errors.filter(isRecord).map((e) => ({
        path: normalizePath(e.path),
        message: typeof e.message === "string" ? e.message : "",
        code: typeof e.code === "string" ? e.code : "invalid",
        params: paramsOf(e.params),
      }))
    : [];
  return {
    type: typeof b.type === "string" ? b.type : "about:blank",
    title: typeof b.title === "string" ? b.title : statusText,
    status: typeof b.status === "number" ? b.status : status,
    detail: typeof b.detail === "string" ? b.detail : undefined,
    code: typeof b.code === "string" ? b.code : codeForStatus(status),
    instance: typeof b.instance === "string" ? b.instance : undefined,
    errors,
  };
}

export function codeForStatus(status: number): string {
  if (status === 0) return "network";
  if (status === 400) return "validation.failed";
  if (status === 401) return "auth.required";
  if (status === 403) return "auth.forbidden";
  if (status === 404) return "not_found";
  if (status === 409) return "conflict";
  if (status === 413) return "payload_too_large";
  if (status === 429) return "rate_limited";
  return "server";
}

/** `Retry-After` in seconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}
