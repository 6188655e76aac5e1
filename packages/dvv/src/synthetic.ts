// Synthetic extracts for demos, tests and benchmarks: made-up names and addresses, and hetus
// from the temporary range (individual number 900–999) that no resident has.
import { syntheticHetu } from "./hetu.js";
import { DEFAULT_HEADERS, FIELDS } from "./mapping.js";
import { MUNICIPALITIES } from "./municipalities.js";

export interface SyntheticExtractOptions {
  rows: number;
  /** Same seed, same extract (default 1). */
  seed?: number;
  /** Default ";". */
  delimiter?: ";" | ",";
  /** Municipality codes to draw from (default: all). */
  municipalities?: readonly string[];
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ["Esimerkki", "Testinen", "Malli", "Kokeilu", "Näyte", "Exempel", "Provström"];
const FIRST_NAMES = ["Aino", "Eino", "Helmi", "Väinö", "Saga", "Elias", "Ilona", "Oskar"];
const STREETS = ["Esimerkkitie", "Testikatu", "Mallipolku", "Provgatan"];

/**
 * An extract with the default Finnish headers: about 2 % with turvakielto (no address, as the
 * register leaves it out), 1 % deceased, mother tongues fi/sv/se/other. Every row is valid.
 */
export function syntheticExtract(options: SyntheticExtractOptions): string {
  const next = random(options.seed ?? 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const codes = options.municipalities ?? [...MUNICIPALITIES.keys()];
  const d = options.delimiter ?? ";";
  const lines = [FIELDS.map((f) => DEFAULT_HEADERS[f]).join(d)];
  const used = new Set<string>();
  for (let i = 0; i < options.rows; i++) {
    let hetu: string;
    let birth: Date;
    do {
      birth = new Date(Date.UTC(1915, 0, 1) + Math.floor(next() * 36_500) * 86_400_000);
      hetu = syntheticHetu({
        birthDate: birth.toISOString().slice(0, 10),
        sex: next() < 0.5 ? 1 : 2,
        serial: Math.floor(next() * 50),
        sign:
          birth.getUTCFullYear() >= 2000
            ? pick(["A", "B", "C", "D", "E", "F"])
            : pick(["-", "Y", "X", "W", "V", "U"]),
      });
    } while (used.has(hetu));
    used.add(hetu);
    const r = next();
    const turvakielto = r < 0.02;
    const deceased = !turvakielto && r < 0.03;
    const postal = String(Math.floor(next() * 99_000) + 100).padStart(5, "0");
    const language = pick(["fi", "fi", "fi", "fi", "fi", "fi", "sv", "se", "en", "ru"]);
    lines.push(
      [
        hetu,
        pick(SURNAMES),
        `${pick(FIRST_NAMES)} ${pick(FIRST_NAMES)}`,
        language,
        pick(codes),
        turvakielto ? "" : `${pick(STREETS)} ${1 + Math.floor(next() * 99)}`,
        turvakielto ? "" : postal,
        turvakielto ? "" : "KUULOLA",
        turvakielto ? "K" : "E",
        deceased ? `${1 + Math.floor(next() * 28)}.${1 + Math.floor(next() * 12)}.2025` : "",
      ].join(d),
    );
  }
  return `${lines.join("\n")}\n`;
}
