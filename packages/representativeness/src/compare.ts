// A group of people (a pool, a sample, sign-ups, a panel, respondents) against the population of
// a population table: per dimension shares, ratios, D and χ²; the R-indicator when the whole
// invited frame is known; raking weights to the population's margins.
import { type AgeBand, bandOf, DEFAULT_AGE_BANDS, parseAgeBands } from "./bands.js";
import { RepresentativenessError } from "./errors.js";
import type { PopulationCell, PopulationTable } from "./jsonstat.js";
import { type DimensionMeasures, measureDimension } from "./measures.js";
import { type RIndicator, rIndicator } from "./r-indicator.js";
import { type RakingResult, rake } from "./raking.js";

export const DIMENSIONS = ["age", "sex", "municipality"] as const;
export type DimensionName = (typeof DIMENSIONS)[number];

export interface Person {
  id: string;
  age: number | null;
  sex: number | null;
  /** Three-digit municipality code. */
  municipality: string | null;
  /** Set when the people are a whole invited frame: whether this person responded. */
  responded?: boolean | undefined;
}

export interface CompareOptions {
  population: PopulationTable;
  people: Person[];
  by: DimensionName[];
  /** Age bands; the default DEFAULT_AGE_BANDS. People outside them are left out. */
  ageBands?: AgeBand[] | undefined;
  /** Compute raking weights for the group. */
  weights?: boolean | undefined;
  trim?: { lower: number; upper: number } | undefined;
}

export interface RepresentativenessReport {
  population: {
    label: string;
    source: string | null;
    updated: string | null;
    year: string | null;
    /** People in the population within the ages compared. */
    people: number;
    ageBands: string[];
  };
  people: {
    rows: number;
    /** People compared (in the frame, when `responded` is given). */
    included: number;
    /** The group compared with the population: the responded ones when a frame is given. */
    group: number;
    excluded: { reason: string; count: number }[];
  };
  dimensions: Partial<Record<DimensionName, DimensionMeasures>>;
  rIndicator: RIndicator | null;
  weights: Omit<RakingResult, "weights"> | null;
}

export interface CompareResult {
  report: RepresentativenessReport;
  /** One weight per person of the group, in input order (with `weights`). */
  weights: { id: string; weight: number }[] | null;
}

function categoriesOf(dimension: DimensionName, population: PopulationTable, bands: AgeBand[]) {
  if (dimension === "age") return bands.map((b) => b.label);
  if (dimension === "sex") return ["1", "2"];
  return Object.keys(population.municipalityNames).sort();
}

export function compareWithPopulation(options: CompareOptions): CompareResult {
  const { population, by } = options;
  if (by.length === 0) throw new RepresentativenessError("name at least one dimension (--by)");
  const bands = options.ageBands ?? parseAgeBands(DEFAULT_AGE_BANDS);
  const names = new Map(by.map((d) => [d, categoriesOf(d, population, bands)] as const));
  const index = new Map(by.map((d) => [d, new Map(names.get(d)!.map((c, i) => [c, i]))] as const));

  const categoryOf = (dimension: DimensionName, p: Person): number | string => {
    if (dimension === "age") {
      if (p.age === null) return "age missing";
      const band = bandOf(bands, p.age);
      return band
        ? index.get("age")!.get(band.label)!
        : `age outside the bands (${bands.map((b) => b.label).join(", ")})`;
    }
    if (dimension === "sex") return p.sex === 1 ? 0 : p.sex === 2 ? 1 : "sex not 1 or 2";
    if (p.municipality === null) return "municipality missing";
    return (
      index.get("municipality")!.get(p.municipality) ?? "municipality not in the population file"
    );
  };

  const excluded = new Map<string, number>();
  const included: { person: Person; cats: number[] }[] = [];
  for (const person of options.people) {
    const cats: number[] = [];
    let reason: string | undefined;
    for (const d of by) {
      const c = categoryOf(d, person);
      if (typeof c === "string") {
        reason = c;
        break;
      }
      cats.push(c);
    }
    if (reason) excluded.set(reason, (excluded.get(reason) ?? 0) + 1);
    else included.push({ person, cats });
  }
  const isFrame = options.people.some((p) => p.responded !== undefined);
  const group = isFrame ? included.filter((x) => x.person.responded) : included;

  // The population within the ages compared.
  const inUniverse = (cell: PopulationCell) => bandOf(bands, cell.age) !== undefined;
  const cells = population.cells.filter(inUniverse);
  const dimensions: Partial<Record<DimensionName, DimensionMeasures>> = {};
  by.forEach((d, di) => {
    const list = names.get(d)!;
    const pop = new Array<number>(list.length).fill(0);
    for (const cell of cells) {
      const key =
        d === "age"
          ? bandOf(bands, cell.age)!.label
          : d === "sex"
            ? String(cell.sex)
            : cell.municipality;
      const at = index.get(d)!.get(key);
      if (at !== undefined) pop[at]! += cell.count;
    }
    const people = new Array<number>(list.length).fill(0);
    for (const x of group) people[x.cats[di]!]!++;
    dimensions[d] = measureDimension({
      names: list,
      population: pop,
      people,
      ordered: d === "age",
    });
  });

  let r: RIndicator | null = null;
  if (isFrame && included.length > 1) {
    r = rIndicator({
      categories: by.map((_, di) => Int32Array.from(included, (x) => x.cats[di]!)),
      sizes: by.map((d) => names.get(d)!.length),
      responded: Uint8Array.from(included, (x) => (x.person.responded ? 1 : 0)),
    });
  }

  let weights: CompareResult["weights"] = null;
  let raking: RepresentativenessReport["weights"] = null;
  if (options.weights) {
    const result = rake({
      categories: by.map((_, di) => Int32Array.from(group, (x) => x.cats[di]!)),
      targets: by.map((d) => dimensions[d]!.groups.map((g) => g.populationShare)),
      names: by.map((d) => names.get(d)!.map((c) => `${d} ${c}`)),
      trim: options.trim,
    });
    const { weights: w, ...rest } = result;
    raking = rest;
    weights = group.map((x, i) => ({ id: x.person.id, weight: w[i]! }));
  }

  return {
    report: {
      population: {
        label: population.label,
        source: population.source,
        updated: population.updated,
        year: population.year,
        people: cells.reduce((s, c) => s + c.count, 0),
        ageBands: bands.map((b) => b.label),
      },
      people: {
        rows: options.people.length,
        included: included.length,
        group: group.length,
        excluded: [...excluded].map(([reason, count]) => ({ reason, count })),
      },
      dimensions,
      rIndicator: r,
      weights: raking,
    },
    weights,
  };
}
