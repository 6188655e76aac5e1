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
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    chunk += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]!;
    chunk += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : "=";
    chunk += i + 2 < bytes.length ? ALPHABET[n & 63]! : "=";
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const v = [0, 1, 2, 3].map((k) =>
      i + k < clean.length ? (DECODE[clean.charCodeAt(i + k)] ?? -1) : 0,
    );
    if (v.some((d) => d < 0))
      throw new OpinionError("INVALID_STATE", `bad base64 near character ${i}`);
    const n = (v[0]! << 18) | (v[1]! << 12) | (v[2]! << 6) | v[3]!;
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
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
