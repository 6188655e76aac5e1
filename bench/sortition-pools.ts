// Synthetic Finnish volunteer pools for the sortition benchmark: skewed like real sign-ups
// (older, educated women over-represented; other-language speakers and young men scarce),
// with rare combinations present. Quotas follow population shares of the panel size.
import {
  type Instance,
  type Person,
  type Quota,
  type Random,
  seededRandom,
} from "@kuulo/sortition";

interface FeatureSpec {
  name: string;
  values: string[];
  /** Population shares: the quotas' targets. */
  population: number[];
}

const MUNICIPALITIES_6 = [
  "Hyvinkää",
  "Järvenpää",
  "Mäntsälä",
  "Nurmijärvi",
  "Pornainen",
  "Tuusula",
];
const MUNICIPALITY_SHARES_6 = [0.23, 0.2, 0.1, 0.22, 0.025, 0.225];
const MUNICIPALITIES_10 = [
  "Tampere",
  "Nokia",
  "Ylöjärvi",
  "Kangasala",
  "Lempäälä",
  "Pirkkala",
  "Sastamala",
  "Valkeakoski",
  "Orivesi",
  "Mänttä-Vilppula",
];
const MUNICIPALITY_SHARES_10 = [0.49, 0.068, 0.066, 0.067, 0.05, 0.04, 0.05, 0.043, 0.019, 0.017];

const AGES = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"];
const AGE_POPULATION = [0.13, 0.16, 0.15, 0.15, 0.15, 0.14, 0.12];
const AGE_POOL = [0.05, 0.08, 0.12, 0.15, 0.21, 0.25, 0.14];

function pick(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((s, w) => s + w, 0);
  let u = random.nextFloat() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** One volunteer, with the correlations that make real pools hard. */
function volunteer(
  random: Random,
  municipalityShares: number[],
  municipalities: string[],
): Record<string, string> {
  const female = random.nextFloat() < 0.62;
  const age = pick(random, AGE_POOL);
  const tertiary = 0.3 + (female ? 0.15 : 0) + (age >= 2 && age <= 5 ? 0.1 : 0);
  const education = ["basic", "upper secondary", "tertiary"][
    pick(random, [0.5 * (1 - tertiary), 0.5 * (1 - tertiary) + 0.1, tertiary])
  ]!;
  const situation =
    age === 0
      ? ["student", "employed", "unemployed"][pick(random, [0.65, 0.28, 0.07])]!
      : age >= 5
        ? ["retired", "employed"][pick(random, [0.9, 0.1])]!
        : ["employed", "unemployed", "student", "other"][pick(random, [0.78, 0.07, 0.05, 0.1])]!;
  const language = ["fi", "sv", "other"][pick(random, [0.91, 0.035, 0.055])]!;
  const housing = ["owner", "renter", "other"][
    pick(random, age <= 1 ? [0.25, 0.7, 0.05] : [0.72, 0.25, 0.03])
  ]!;
  return {
    gender: female ? "female" : "male",
    age: AGES[age]!,
    municipality: municipalities[pick(random, municipalityShares)]!,
    language,
    education,
    situation,
    housing,
  };
}

function specs(features: number, large: boolean): FeatureSpec[] {
  const all: FeatureSpec[] = [
    { name: "gender", values: ["female", "male"], population: [0.51, 0.49] },
    { name: "age", values: AGES, population: AGE_POPULATION },
    large
      ? { name: "municipality", values: MUNICIPALITIES_10, population: MUNICIPALITY_SHARES_10 }
      : { name: "municipality", values: MUNICIPALITIES_6, population: MUNICIPALITY_SHARES_6 },
    { name: "language", values: ["fi", "sv", "other"], population: [0.86, 0.03, 0.11] },
    {
      name: "education",
      values: ["basic", "upper secondary", "tertiary"],
      population: [0.25, 0.42, 0.33],
    },
    {
      name: "situation",
      values: ["employed", "unemployed", "student", "retired", "other"],
      population: [0.47, 0.07, 0.08, 0.3, 0.08],
    },
    { name: "housing", values: ["owner", "renter", "other"], population: [0.63, 0.33, 0.04] },
  ];
  return all.slice(0, features);
}

/** Quotas ⌊0.9·target⌋ … ⌈1.1·target⌉ around the population share of k (at least ±1). */
function quotasFor(spec: FeatureSpec[], k: number): Quota[] {
  return spec.flatMap((f) =>
    f.values.map((value, i) => {
      const target = f.population[i]! * k;
      return {
        feature: f.name,
        value,
        min: Math.max(0, Math.min(Math.floor(0.9 * target), Math.ceil(target) - 1)),
        max: Math.max(Math.ceil(1.1 * target), Math.floor(target) + 1),
      };
    }),
  );
}

/** A seeded synthetic pool of n volunteers for a panel of k with 6 or 7 features. */
export function finnishPool(options: {
  n: number;
  k: number;
  features: 6 | 7;
  seed: string;
}): Instance {
  const { n, k } = options;
  const random = seededRandom({ seed: options.seed, purpose: "bench-pool" });
  const large = options.features === 7;
  const spec = specs(options.features, large);
  const municipalities = large ? MUNICIPALITIES_10 : MUNICIPALITIES_6;
  const shares = large ? MUNICIPALITY_SHARES_10 : MUNICIPALITY_SHARES_6;
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const all = volunteer(random, shares, municipalities);
    // Rare combinations: a few young Swedish-speaking unemployed men with basic education.
    if (i % 97 === 13)
      Object.assign(all, {
        gender: "male",
        age: "16-24",
        language: "sv",
        situation: "unemployed",
        education: "basic",
      });
    const features = Object.fromEntries(spec.map((f) => [f.name, all[f.name]!]));
    const id = String(i + 1);
    people.push({ id, features, columns: { id, ...features } });
  }
  return { quotas: quotasFor(spec, k), people, k };
}
