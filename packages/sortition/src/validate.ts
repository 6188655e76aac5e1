import { SortitionError } from "./errors.js";
import { featureNames, type Instance } from "./model.js";

/**
 * Checks what can be checked without a solver: k, every person has a known value for every
 * feature, the ids of already-selected people exist, and each feature's quotas can add up
 * to k. Throws a SortitionError naming the row and column.
 */
export function validateInstance(instance: Instance): void {
  const { quotas, people, k, files } = instance;
  const peopleFile = files?.people;
  const categoriesFile = files?.categories;
  if (!Number.isSafeInteger(k) || k < 1) {
    throw new SortitionError({
      code: "BAD_K",
      message: `the panel size k must be a whole number ≥ 1, got ${k}`,
    });
  }
  if (k > people.length) {
    throw new SortitionError({
      code: "BAD_K",
      message: `the panel size k=${k} is larger than the pool of ${people.length} people`,
      location: { file: peopleFile },
    });
  }
  const features = featureNames(quotas);
  for (const person of people) {
    for (const feature of features) {
      const value = person.features[feature];
      const location = { file: peopleFile, line: person.line, column: feature };
      if (value === undefined || value === "") {
        throw new SortitionError({
          code: "MISSING_VALUE",
          message: `person '${person.id}' has no value for the feature '${feature}'`,
          location,
        });
      }
      if (!quotas.some((q) => q.feature === feature && q.value === value)) {
        throw new SortitionError({
          code: "UNKNOWN_VALUE",
          message: `person '${person.id}' has the value '${value}' for '${feature}', which has no quota`,
          location,
        });
      }
    }
  }
  const ids = new Set(people.map((p) => p.id));
  for (const id of instance.alreadySelected ?? []) {
    if (!ids.has(id)) {
      throw new SortitionError({
        code: "UNKNOWN_PERSON",
        message: `already-selected person '${id}' is not in the pool`,
      });
    }
  }
  for (const feature of features) {
    const rows = quotas.filter((q) => q.feature === feature);
    const lines = rows.map((q) => q.line).filter((l) => l !== undefined);
    const where = { file: categoriesFile, line: lines[0], column: feature };
    const linesText = lines.length > 0 ? ` (lines ${lines.join(", ")})` : "";
    const minSum = rows.reduce((s, q) => s + q.min, 0);
    const maxSum = rows.reduce((s, q) => s + q.max, 0);
    if (minSum > k) {
      throw new SortitionError({
        code: "QUOTAS_DONT_SUM",
        message: `the minimums of '${feature}'${linesText} add up to ${minSum}, more than the panel size ${k}`,
        location: where,
      });
    }
    if (maxSum < k) {
      throw new SortitionError({
        code: "QUOTAS_DONT_SUM",
        message: `the maximums of '${feature}'${linesText} add up to ${maxSum}, less than the panel size ${k}`,
        location: where,
      });
    }
  }
}
