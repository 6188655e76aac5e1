// Helpers for the package's tests: the copied replication instances and tiny hand-made pools.
import { readFileSync } from "node:fs";
import { parseCategories } from "../formats/categories.js";
import { parsePeople } from "../formats/people.js";
import type { Instance, Person, Quota } from "../model.js";

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
