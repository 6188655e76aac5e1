// Helpers for the package's tests: the copied replication instances and tiny hand-made pools.
import { readFileSync } from "node:fs";
import { parseCategories } from "../formats/categories.js";
import { parsePeople } from "../formats/people.js";
import type { Instance, Person, Quota } from "../model.js";
import { seededRandom } from "../random.js";

const FIXTURES = new URL("../../test/fixtures/", import.meta.url);

/** example_small_20 (k = 20) or example_large_200 (k = 200), read through the parsers. */
export function replicationInstance(name: "example_small_20" | "example_large_200"): Instance {
  const dir = new URL(`${name}/`, FIXTURES);
  const { quotas } = parseCategories({
    text: readFileSync(new URL("categories.csv", dir), "utf8"),
    file: "categories.csv",
  });
  const people = parsePeople({
    text: readFileSync(new URL("respondents.csv", dir), "utf8"),
    quotas,
    file: "respondents.csv",
  });
  return { quotas, people, k: name === "example_small_20" ? 20 : 200 };
}

/** A quota row. */
export function quota(feature: string, value: string, min: number, max: number): Quota {
  return { feature, value, min, max };
}

/** People from compact specs: `["a1", {g: "f", age: "young"}, "household?"]`. */
export function people(...specs: [string, Record<string, string>, string?][]): Person[] {
  return specs.map(([id, features, household]) => {
    const person: Person = { id, features, columns: { id, ...features } };
    if (household !== undefined) person.household = household;
    return person;
  });
}

/**
 * A random pool of `n` people with `features` features of 2–4 values each (skewed so that
 * some values are scarce) and quotas of ±20 % around equal shares of k.
 */
export function randomInstance(options: {
  n: number;
  k: number;
  features: number;
  seed: string;
}): Instance {
  const random = seededRandom({ seed: options.seed, purpose: "test-instance" });
  const specs = Array.from({ length: options.features }, (_, f) => ({
    name: `f${f}`,
    values: Array.from({ length: 2 + (f % 3) }, (_, v) => `v${v}`),
  }));
  const pool: Person[] = Array.from({ length: options.n }, (_, i) => {
    const features: Record<string, string> = {};
    for (const spec of specs) {
      // Value v is drawn with weight 1/(v + 1): the last values are scarce.
      const weights = spec.values.map((_, v) => 1 / (v + 1));
      let u = random.nextFloat() * weights.reduce((s, w) => s + w, 0);
      let chosen = spec.values.length - 1;
      for (let v = 0; v < weights.length; v++) {
        u -= weights[v]!;
        if (u < 0) {
          chosen = v;
          break;
        }
      }
      features[spec.name] = spec.values[chosen]!;
    }
    const id = `p${i + 1}`;
    return { id, features, columns: { id, ...features } };
  });
  const quotas = specs.flatMap((spec) =>
    spec.values.map((value) => {
      const share = options.k / spec.values.length;
      return quota(spec.name, value, Math.floor(0.8 * share), Math.ceil(1.2 * share));
    }),
  );
  return { k: options.k, quotas, people: pool };
}

/**
 * An odd cycle: any two of p1, p2, p3 share a value whose quota allows one, so every panel of
 * 2 is p4 with one of them (p4 gets 1, p1–p3 1/3 each), while the LP relaxation would give
 * all four 1/2 (x1 = x2 = x3 = x4 = 1/2 meets every quota) — which no lottery reaches.
 */
export const oddCycle: Instance = {
  k: 2,
  quotas: ["a", "b", "c"].flatMap((f) => [quota(f, "1", 0, 1), quota(f, "0", 0, 2)]),
  people: people(
    ["p1", { a: "1", b: "1", c: "0" }],
    ["p2", { a: "1", b: "0", c: "1" }],
    ["p3", { a: "0", b: "1", c: "1" }],
    ["p4", { a: "0", b: "0", c: "0" }],
  ),
};

/**
 * Two LEXIMIN levels, solved by hand. Panels of 2 need one woman, one man, one young, one
 * old: either {fy, mo} or {fo, my}. With λ on {fy, mo}: p(fy) = p(mo) = λ, p(fo) = (1 − λ)/2,
 * p(my) = (1 − λ)/3. Level 1: λ = 1/4 gives fy, mo, my 1/4; then fo = 3/8. Equal shares
 * would be k/n = 2/7.
 */
export const twoLevels: Instance = {
  k: 2,
  quotas: [
    quota("g", "f", 1, 1),
    quota("g", "m", 1, 1),
    quota("age", "young", 1, 1),
    quota("age", "old", 1, 1),
  ],
  people: people(
    ["fy", { g: "f", age: "young" }],
    ["fo1", { g: "f", age: "old" }],
    ["fo2", { g: "f", age: "old" }],
    ["my1", { g: "m", age: "young" }],
    ["my2", { g: "m", age: "young" }],
    ["my3", { g: "m", age: "young" }],
    ["mo", { g: "m", age: "old" }],
  ),
};
