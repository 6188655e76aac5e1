import { OpinionError } from "./errors.js";
import { computeColumnStats } from "./matrix.js";
import type { OpinionState } from "./types.js";

/** The JSON form of a state: typed arrays become {"$typed": name, "base64": …}. */
export type OpinionStateJSON = { format: "kuulo-opinion-state"; version: 1; state: unknown };

const TYPED = {
  Int8Array,
  Uint8Array,
  Int32Array,
  Float64Array,
} as const;
type TypedName = keyof typeof TYPED;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const ENCODE = Uint8Array.from(ALPHABET, (ch) => ch.charCodeAt(0));
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const PAD = "=".charCodeAt(0);
const ASCII = new TextDecoder();

/**
 * Standard base64 with padding. Encodes into a byte buffer and decodes it as text in one step
 * (a 100k-participant state has ~30 MiB of typed arrays; string concatenation took seconds).
 */
function toBase64(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = ENCODE[(v >> 18) & 63]!;
    out[o++] = ENCODE[(v >> 12) & 63]!;
    out[o++] = ENCODE[(v >> 6) & 63]!;
    out[o++] = ENCODE[v & 63]!;
  }
  if (i < n) {
    const two = i + 1 < n;
    const v = (bytes[i]! << 16) | (two ? bytes[i + 1]! << 8 : 0);
    out[o++] = ENCODE[(v >> 18) & 63]!;
    out[o++] = ENCODE[(v >> 12) & 63]!;
    out[o++] = two ? ENCODE[(v >> 6) & 63]! : PAD;
    out[o++] = PAD;
  }
  return ASCII.decode(out);
}

function fromBase64(text: string): Uint8Array {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === PAD) length--;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  const digit = (at: number): number => {
    if (at >= length) return 0;
    const code = text.charCodeAt(at);
    return code < 128 ? DECODE[code]! : -1;
  };
  let o = 0;
  for (let i = 0; i < length; i += 4) {
    const a = digit(i);
    const b = digit(i + 1);
    const c = digit(i + 2);
    const d = digit(i + 3);
    if ((a | b | c | d) < 0)
      throw new OpinionError("INVALID_STATE", `bad base64 near character ${i}`);
    const v = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (v >> 16) & 255;
    if (o < out.length) out[o++] = (v >> 8) & 255;
    if (o < out.length) out[o++] = v & 255;
  }
  return out;
}

function encode(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) {
    const name = value.constructor.name as TypedName;
    if (!(name in TYPED)) throw new OpinionError("INVALID_STATE", `cannot serialise a ${name}`);
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    return { $typed: name, base64: toBase64(bytes) };
  }
  if (value instanceof Map) return undefined;
  if (Array.isArray(value)) return value.map(encode);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const e = encode(v);
      if (e !== undefined) out[k] = e;
    }
    return out;
  }
  if (typeof value === "number" && !Number.isFinite(value)) return { $number: String(value) };
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value !== null && typeof value === "object") {
    const obj = value as Record<string, unknown>;
    if (typeof obj.$typed === "string" && typeof obj.base64 === "string") {
      const Ctor = TYPED[obj.$typed as TypedName];
      if (!Ctor) throw new OpinionError("INVALID_STATE", `unknown typed array ${obj.$typed}`);
      const bytes = fromBase64(obj.base64);
      const copy = new Uint8Array(bytes.length);
      copy.set(bytes);
      return new Ctor(copy.buffer, 0, bytes.length / Ctor.BYTES_PER_ELEMENT);
    }
    if (typeof obj.$number === "string") return Number(obj.$number);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = decode(v);
    return out;
  }
  return value;
}

/** A JSON-safe copy of the state (for storing between ticks). */
export function stateToJSON(state: OpinionState): OpinionStateJSON {
  return { format: "kuulo-opinion-state", version: 1, state: encode(state) };
}

/** Restores a state written by `stateToJSON` (also after JSON.stringify / JSON.parse). */
export function stateFromJSON(json: OpinionStateJSON): OpinionState {
  if (json?.format !== "kuulo-opinion-state" || json.version !== 1) {
    throw new OpinionError("INVALID_STATE", "not a kuulo-opinion-state version 1 document");
  }
  const state = decode(json.state) as OpinionState;
  const rowLookup = new Map<number, number>();
  state.matrix.rowIds.forEach((pid, r) => {
    rowLookup.set(pid, r);
  });
  const colLookup = new Map<number, number>();
  state.matrix.colIds.forEach((tid, c) => {
    colLookup.set(tid, c);
  });
  const matrix = { ...state.matrix, rowLookup, colLookup };
  // States written before per-column totals were kept: compute them once.
  if (!matrix.colStats) matrix.colStats = computeColumnStats(matrix);
  return { ...state, matrix };
}
