// Population tables in JSON-stat 2 as Statistics Finland publishes them (StatFin table 11re,
// "Population according to age (1-year) and sex by area"): dimensions for area (Alue), age
// (Ikä), sex (Sukupuoli), year (Vuosi) and the measure (Tiedot). Ids and codes are read as the
// Finnish, Swedish and English versions of the table write them; totals (SSS) are left out.
import { RepresentativenessError } from "./errors.js";

/** People of one age and sex in one municipality. */
export interface PopulationCell {
  /** Municipality code, three digits ("091"). */
  municipality: string;
  /** Age in whole years; the table's last age ("100") stands for that age and over. */
  age: number;
  /** 1 male, 2 female, as Statistics Finland codes sex. */
  sex: 1 | 2;
  count: number;
}

export interface PopulationTable {
  label: string;
  source: string | null;
  updated: string | null;
  /** The year of the figures (the latest in the file unless asked otherwise). */
  year: string | null;
  /** Municipality names by code, as the file gives them. */
  municipalityNames: Record<string, string>;
  cells: PopulationCell[];
}

interface Category {
  index: Record<string, number> | string[];
  label?: Record<string, string>;
}
interface Dimension {
  label?: string;
  category: Category;
}
interface Dataset {
  version?: string;
  class?: string;
  label?: string;
  source?: string;
  updated?: string;
  id: string[];
  size: number[];
  dimension: Record<string, Dimension>;
  value: (number | null)[] | Record<string, number | null>;
}

const ROLES = {
  area: ["alue", "area", "region", "område", "kunta", "municipality", "kommun"],
  age: ["ikä", "age", "ålder", "ika"],
  sex: ["sukupuoli", "sex", "kön", "gender"],
  year: ["vuosi", "year", "år", "time"],
  measure: ["tiedot", "information", "uppgifter", "contentscode"],
} as const;
type Role = keyof typeof ROLES;

const AREA_TOTAL = /^(sss|total|yhteensä|totalt|00?0?0?)$/i;

function codesOf(category: Category): string[] {
  const { index } = category;
  if (Array.isArray(index)) return index;
  return Object.entries(index)
    .sort((a, b) => a[1] - b[1])
    .map(([code]) => code);
}

/** "KU091", "091", "91" → "091"; undefined for totals, regions and other area kinds. */
export function municipalityCode(code: string): string | undefined {
  const m = /^(?:KU)?(\d{1,3})$/i.exec(code.trim());
  return m ? m[1]!.padStart(3, "0") : undefined;
}

function roleOf(id: string, dimension: Dimension): Role | undefined {
  const names = [id, dimension.label ?? ""].map((n) => n.trim().toLowerCase());
  for (const role of Object.keys(ROLES) as Role[]) {
    if (names.some((n) => (ROLES[role] as readonly string[]).includes(n))) return role;
  }
  return undefined;
}

/**
 * Reads a JSON-stat 2 dataset of population by municipality, age and sex. `year` picks one
 * year when the file has several (default: the latest); `measure` one measure (default: the
 * first, which in 11re is the population at year end).
 */
export function readPopulation(
  json: unknown,
  options: { year?: string | undefined; file?: string | undefined } = {},
): PopulationTable {
  const where = options.file ?? "the population file";
  const data = json as Dataset;
  if (!data || typeof data !== "object" || !Array.isArray(data.id) || !data.dimension) {
    throw new RepresentativenessError(
      `${where}: not a JSON-stat 2 dataset (expected "id", "size", "dimension" and "value"; save the table from StatFin as JSON-stat2)`,
    );
  }
  const roles = new Map<Role, number>();
  data.id.forEach((id, i) => {
    const dimension = data.dimension[id];
    if (!dimension)
      throw new RepresentativenessError(`${where}: dimension "${id}" is not described`);
    const role = roleOf(id, dimension);
    if (role && !roles.has(role)) roles.set(role, i);
  });
  for (const role of ["area", "age", "sex"] as const) {
    if (!roles.has(role)) {
      throw new RepresentativenessError(
        `${where}: no ${role} dimension (found ${data.id.join(", ")}; expected e.g. Alue, Ikä, Sukupuoli as in StatFin table 11re)`,
      );
    }
  }
  const codes = data.id.map((id) => codesOf(data.dimension[id]!.category));
  codes.forEach((list, i) => {
    if (list.length !== data.size[i]) {
      throw new RepresentativenessError(
        `${where}: dimension "${data.id[i]}" has ${list.length} categories but size says ${data.size[i]}`,
      );
    }
  });
  // One fixed category for every dimension that is not area, age or sex.
  const fixed = new Map<number, number>();
  let year: string | null = null;
  data.id.forEach((id, i) => {
    if (i === roles.get("area") || i === roles.get("age") || i === roles.get("sex")) return;
    const list = codes[i]!;
    if (i === roles.get("year")) {
      const wanted = options.year ?? [...list].sort().at(-1)!;
      const at = list.indexOf(wanted);
      if (at < 0) {
        throw new RepresentativenessError(
          `${where}: no year ${wanted} (the file has ${list.join(", ")})`,
        );
      }
      fixed.set(i, at);
      year = wanted;
    } else {
      if (list.length > 1 && i !== roles.get("measure")) {
        throw new RepresentativenessError(
          `${where}: dimension "${id}" has ${list.length} categories; keep one (or none) besides area, age, sex and year`,
        );
      }
      fixed.set(i, 0);
    }
  });

  const strides = data.size.map((_, i) => data.size.slice(i + 1).reduce((a, b) => a * b, 1));
  const valueAt = (position: number): number => {
    const v = Array.isArray(data.value) ? data.value[position] : data.value[String(position)];
    return typeof v === "number" && Number.isFinite(v) ? v : 0;
  };
  const areaDim = roles.get("area")!;
  const ageDim = roles.get("age")!;
  const sexDim = roles.get("sex")!;
  const areaLabels = data.dimension[data.id[areaDim]!]!.category.label ?? {};
  const cells: PopulationCell[] = [];
  const municipalityNames: Record<string, string> = {};
  codes[areaDim]!.forEach((areaCode, a) => {
    const municipality = municipalityCode(areaCode);
    if (!municipality || AREA_TOTAL.test(areaCode)) return;
    municipalityNames[municipality] = areaLabels[areaCode] ?? municipality;
    codes[ageDim]!.forEach((ageCode, g) => {
      if (!/^\d{1,3}$/.test(ageCode.trim())) return; // SSS and other totals
      codes[sexDim]!.forEach((sexCode, s) => {
        const sex = sexCode.trim() === "1" ? 1 : sexCode.trim() === "2" ? 2 : undefined;
        if (!sex) return;
        let position = a * strides[areaDim]! + g * strides[ageDim]! + s * strides[sexDim]!;
        for (const [dim, at] of fixed) position += at * strides[dim]!;
        cells.push({ municipality, age: Number(ageCode), sex, count: valueAt(position) });
      });
    });
  });
  if (cells.length === 0) {
    throw new RepresentativenessError(
      `${where}: no figures by municipality, single-year age and sex (only totals?)`,
    );
  }
  return {
    label: data.label ?? "",
    source: data.source ?? null,
    updated: data.updated ?? null,
    year,
    municipalityNames,
    cells,
  };
}
