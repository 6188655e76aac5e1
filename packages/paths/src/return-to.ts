/**
 * Where a user may be sent back after signing in. The same check runs in the server (sign-in
 * link, OpenID Connect start and callback) and in the web app (wherever it follows a return
 * path), so that neither can be talked into leaving the site.
 */

const MAX_LENGTH = 1000;
/** Rounds of percent-decoding looked through; anything still encoded after them is refused. */
const DECODE_ROUNDS = 3;
/** A base that no real site has: a value that resolves to another origin is not a local path. */
const DUMMY_ORIGIN = "https://return-to.invalid";
/**
 * Control characters (C0, DEL, C1), format characters (zero-width, bidi, soft hyphen, BOM),
 * every kind of white space and line/paragraph separator (browsers drop tabs and new lines
 * from URLs, so "/\t/evil.example" becomes "//evil.example"), and backslashes (read as "/").
 */
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

function isLocalPath(value: string): boolean {
  return value.startsWith("/") && !value.startsWith("//") && !FORBIDDEN.test(value);
}

function isApiPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower === "/api" || lower.startsWith("/api/") || lower.startsWith("/api?");
}

/** The value and each of its percent-decodings is a local path outside the API. */
function isLocalAtEveryLayer(value: string): boolean {
  let layer = value;
  for (let round = 0; ; round++) {
    if (!isLocalPath(layer) || isApiPath(layer)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return false;
    }
    if (decoded === layer) return true;
    if (round === DECODE_ROUNDS) return false;
    layer = decoded;
  }
}

/**
 * The return path if it is a path on this site, else undefined. Refused: anything not starting
 * with a single "/", "//" and "/\" (another host to a browser), control, format and white-space
 * characters, backslashes, the same tricks percent-encoded (checked after each decoding), paths
 * that resolve to another origin or normalize to "//…" ("/..//evil.example"), and the API.
 * The answer is the path as a browser would normalize it.
 */
export function safeReturnTo(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) {
    return undefined;
  }
  if (!isLocalAtEveryLayer(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, DUMMY_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== DUMMY_ORIGIN) return undefined;
  const path = url.pathname + url.search + url.hash;
  return isLocalAtEveryLayer(path) ? path : undefined;
}
