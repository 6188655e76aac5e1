import { type LookupAddress, lookup } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { BlockList, isIP } from "node:net";
import { Readable } from "node:stream";

/**
 * The one policy for every URL that an admin or a fetched document can make the server call:
 * OpenID Connect issuers and the endpoints their discovery documents name, an LLM endpoint,
 * future webhooks and telephony callbacks. Only https to public addresses, checked after DNS
 * resolution and again when the connection is made (so a name that resolves to a public address
 * at the check and to 127.0.0.1 at the connection is still refused), and on every redirect.
 * OUTBOUND_URL_ALLOW lists origins that are reachable anyway (development and tests).
 */

export interface OutboundAllowRule {
  protocol: "http:" | "https:";
  /** As the WHATWG URL parser writes it: "127.0.0.1", "[::1]", "localhost". */
  hostname: string;
  /** "" for the scheme's default port, or "*" for any port. */
  port: string;
}

export interface OutboundPolicy {
  allow: OutboundAllowRule[];
}

export const STRICT_OUTBOUND: OutboundPolicy = { allow: [] };

/** Why a URL was refused; for the server log only, never for the user. */
export class OutboundRefused extends Error {
  override name = "OutboundRefused";
}

const RULE = /^(https?):\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}|\*))?\/?$/;

/**
 * Parses OUTBOUND_URL_ALLOW: origins separated by commas, each `http(s)://host[:port]`, with
 * `*` for any port (`http://127.0.0.1:*`). Throws with a message naming the bad entry.
 */
export function parseOutboundAllow(value: string | undefined): OutboundPolicy {
  const entries = (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const allow = entries.map((entry): OutboundAllowRule => {
    const match = RULE.exec(entry);
    if (!match) {
      throw new Error(
        `"${entry}" is not an origin such as http://127.0.0.1:* or https://llm.example.fi:8443`,
      );
    }
    const [, scheme, host, port] = match;
    let url: URL;
    try {
      url = new URL(`${scheme}://${host}${port && port !== "*" ? `:${port}` : ""}`);
    } catch {
      throw new Error(`"${entry}" is not an origin`);
    }
    return {
      protocol: url.protocol as "http:" | "https:",
      hostname: url.hostname,
      port: port === "*" ? "*" : url.port,
    };
  });
  return { allow };
}

function isAllowListed(url: URL, policy: OutboundPolicy): boolean {
  return policy.allow.some(
    (rule) =>
      rule.protocol === url.protocol &&
      rule.hostname === url.hostname &&
      (rule.port === "*" || rule.port === url.port),
  );
}

const blocked = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // shared address space (carrier-grade NAT)
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata at 169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard
  ["2001::", 23], // IETF protocol assignments (Teredo, ORCHID …)
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, "ipv6");
}

/** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const dotted = /^(?:::(?:ffff:)?|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const groups = expandIpv6(lower);
  if (!groups) return undefined;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
  return undefined;
}

function expandIpv6(address: string): number[] | undefined {
  if (address.includes(".")) return undefined;
  const [head, tail, ...more] = address.split("::");
  if (more.length > 0) return undefined;
  const part = (s: string | undefined) =>
    s ? s.split(":").map((g) => Number.parseInt(g, 16)) : [];
  const left = part(head);
  const right = part(tail);
  const fill = tail === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...new Array(Math.max(fill, 0)).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** Whether an IP address is on the public internet (not private, loopback, link-local …). */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const family = isIP(bare);
  if (family === 4) return !blocked.check(bare, "ipv4");
  if (family !== 6) return false;
  const v4 = embeddedIpv4(bare);
  if (v4 !== undefined) return isPublicAddress(v4);
  return !blocked.check(bare, "ipv6");
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    lookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

/**
 * Checks a URL against the policy: an allow-listed origin passes; otherwise https only, no
 * credentials in the URL, and every address the host name resolves to must be public.
 * Throws OutboundRefused (with the reason, for the log) when it is not acceptable.
 */
export async function checkOutboundUrl(value: string | URL, policy: OutboundPolicy): Promise<URL> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OutboundRefused("not an absolute URL");
  }
  if (url.username || url.password) throw new OutboundRefused(`credentials in ${url.origin}`);
  if (isAllowListed(url, policy)) return url;
  if (url.protocol !== "https:") {
    throw new OutboundRefused(`${url.protocol} is not https and ${url.origin} is not allow-listed`);
  }
  if (isIP(url.hostname.replace(/^\[|\]$/g, ""))) {
    if (!isPublicAddress(url.hostname)) {
      throw new OutboundRefused(`${url.hostname} is not a public address`);
    }
    return url;
  }
  let addresses: LookupAddress[];
  try {
    addresses = await resolveAll(url.hostname);
  } catch (error) {
    throw new OutboundRefused(`${url.hostname} does not resolve: ${(error as Error).message}`);
  }
  const inside = addresses.find((a) => !isPublicAddress(a.address));
  if (addresses.length === 0 || inside) {
    throw new OutboundRefused(
      `${url.hostname} resolves to ${inside?.address ?? "nothing"}, not a public address`,
    );
  }
  return url;
}

export interface OutboundFetchOptions {
  /** Redirects followed for GET and HEAD when the caller asks to follow them (default 5). */
  maxRedirects?: number;
  /** Whole-request time limit (default 15 s), on top of the caller's own signal. */
  timeoutMs?: number;
}

type FetchInput = string | URL;

/**
 * A `fetch` whose every request (and every redirect it follows) goes through the policy, with
 * the resolved addresses checked again when the connection is made. Give it to openid-client
 * (`customFetch`) or to `@kuulo/text`'s LLM calls (`LlmConfig.fetch`).
 */
export function outboundFetch(
  policy: OutboundPolicy,
  options: OutboundFetchOptions = {},
): (input: FetchInput, init?: RequestInit) => Promise<Response> {
  const maxRedirects = options.maxRedirects ?? 5;
  const timeoutMs = options.timeoutMs ?? 15_000;
  return async function guardedFetch(input, init = {}) {
    const signal = init.signal
      ? AbortSignal.any([init.signal, AbortSignal.timeout(timeoutMs)])
      : AbortSignal.timeout(timeoutMs);
    let url = await checkOutboundUrl(input, policy);
    let method = (init.method ?? "GET").toUpperCase();
    let request = new Request(url, { ...init, method, redirect: "manual", signal });
    for (let hop = 0; ; hop++) {
      const body = ["GET", "HEAD"].includes(method)
        ? undefined
        : Buffer.from(await request.arrayBuffer());
      const response = await send(url, { method, headers: request.headers, body, signal, policy });
      const location = response.headers.get("location");
      const follow =
        (init.redirect ?? "follow") === "follow" &&
        [301, 302, 303, 307, 308].includes(response.status) &&
        location !== null;
      if (!follow) return response;
      if (init.redirect === "error" || hop >= maxRedirects || !["GET", "HEAD"].includes(method)) {
        throw new OutboundRefused(`redirect from ${url.origin} not followed`);
      }
      await response.body?.cancel();
      url = await checkOutboundUrl(new URL(location, url), policy);
      method = method === "HEAD" ? "HEAD" : "GET";
      request = new Request(url, { method, headers: request.headers, signal });
    }
  };
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * The `lookup` used when connecting: resolves again and refuses a non-public answer (a name that
 * resolved to a public address at the check may resolve to 127.0.0.1 a moment later).
 */
export function connectLookup(
  allowListed: boolean,
): (hostname: string, options: { all?: boolean }, callback: LookupCallback) => void {
  return (hostname, lookupOptions, callback) => {
    resolveAll(hostname).then(
      (addresses): void => {
        const inside = addresses.find((a) => !isPublicAddress(a.address));
        if (!allowListed && (addresses.length === 0 || inside)) {
          callback(
            new OutboundRefused(`${hostname} resolves to ${inside?.address ?? "nothing"}`),
            "",
            0,
          );
        } else if (lookupOptions.all) {
          callback(null, addresses);
        } else {
          callback(null, addresses[0]!.address, addresses[0]!.family);
        }
      },
      (error: NodeJS.ErrnoException): void => callback(error, "", 0),
    );
  };
}

function send(
  url: URL,
  options: {
    method: string;
    headers: Headers;
    body: Buffer | undefined;
    signal: AbortSignal;
    policy: OutboundPolicy;
  },
): Promise<Response> {
  const guardedLookup = connectLookup(isAllowListed(url, options.policy));
  const headers: Record<string, string> = {};
  options.headers.forEach((value, key) => {
    headers[key] = value;
  });
  if (options.body) headers["content-length"] = String(options.body.length);
  return new Promise((resolve, reject) => {
    const request = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      { method: options.method, headers, lookup: guardedLookup as never, signal: options.signal },
      (incoming) => resolve(toResponse(incoming, options.method)),
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

function toResponse(incoming: IncomingMessage, method: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const status = incoming.statusCode ?? 502;
  const noBody = method === "HEAD" || [101, 204, 205, 304].includes(status);
  if (noBody) incoming.resume();
  return new Response(
    noBody ? null : (Readable.toWeb(incoming) as unknown as ReadableStream<Uint8Array>),
    { status, statusText: incoming.statusMessage ?? "", headers },
  );
}
