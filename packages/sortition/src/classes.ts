import { SortitionError } from "./errors.js";
import { featureNames, type Instance } from "./model.js";

/**
 * People with identical feature values and no household tie are interchangeable: any
 * fair distribution can give them the same probability, so the solvers work on classes
 * with a multiplicity instead of on people. People who share a household with another
 * candidate each form a class of their own.
 */
export interface AgentClass {
  /** Indices into `instance.people`. */
  members: number[];
  /** Quota index of the class's value for each feature (in `featureNames` order). */
  quotas: number[];
}

/** The problem as the solvers see it: classes, remaining seats and remaining quota bounds. */
export interface CompiledInstance {
  instance: Instance;
  features: string[];
  /** Seats still to fill (k minus the already-selected). */
  seats: number;
  /** Per quota (same order as `instance.quotas`): bounds for the seats still to fill. */
  bounds: { min: number; max: number }[];
  classes: AgentClass[];
  /** Groups of class indices sharing one household: at most one of each group is chosen. */
  households: number[][];
  /** Person indices already on the panel. */
  selected: number[];
  /** Person indices that cannot be chosen (they share a household with a selected person). */
  excluded: number[];
}

export function compileInstance(instance: Instance): CompiledInstance {
  const { quotas, people } = instance;
  const features = featureNames(quotas);
  const quotaIndex = new Map(quotas.map((q, i) => [`${q.feature}\u0000${q.value}`, i]));
  const personQuotas = people.map((p) =>
    features.map((f) => quotaIndex.get(`${f}\u0000${p.features[f]}`) ?? -1),
  );
  const idIndex = new Map(people.map((p, i) => [p.id, i]));
  const selected = (instance.alreadySelected ?? []).map((id) => {
    const index = idIndex.get(id);
    if (index === undefined) {
      throw new SortitionError({
        code: "UNKNOWN_PERSON",
        message: `already-selected person '${id}' is not in the pool`,
      });
    }
    return index;
  });
  const selectedSet = new Set(selected);
  const takenHouseholds = new Set(
    selected.map((i) => people[i]!.household).filter((h) => h !== undefined),
  );
  const excluded: number[] = [];
  const candidates: number[] = [];
  people.forEach((p, i) => {
    if (selectedSet.has(i)) return;
    if (p.household !== undefined && takenHouseholds.has(p.household)) excluded.push(i);
    else candidates.push(i);
  });

  const bounds = quotas.map((q) => ({ min: q.min, max: q.max }));
  for (const i of selected) {
    for (const q of personQuotas[i]!) {
      const b = bounds[q]!;
      b.min = Math.max(0, b.min - 1);
      b.max -= 1;
    }
  }
  bounds.forEach((b, q) => {
    if (b.max < 0) {
      const quota = quotas[q]!;
      throw new SortitionError({
        code: "INFEASIBLE_QUOTAS",
        message: `the already-selected people include more than max ${quota.max} with ${quota.feature}=${quota.value}`,
        location: { file: instance.files?.categories, line: quota.line, column: "max" },
      });
    }
  });
  const seats = instance.k - selected.length;
  if (seats < 0) {
    throw new SortitionError({
      code: "BAD_K",
      message: `${selected.length} people are already selected, more than the panel size ${instance.k}`,
    });
  }

  const householdSize = new Map<string, number>();
  for (const i of candidates) {
    const h = people[i]!.household;
    if (h !== undefined) householdSize.set(h, (householdSize.get(h) ?? 0) + 1);
  }
  const classes: AgentClass[] = [];
  const byKey = new Map<string, AgentClass>();
  const householdClasses = new Map<string, number[]>();
  for (const i of candidates) {
    const h = people[i]!.household;
    const tied = h !== undefined && (householdSize.get(h) ?? 0) > 1;
    const key = personQuotas[i]!.join(",");
    const existing = tied ? undefined : byKey.get(key);
    if (existing) {
      existing.members.push(i);
      continue;
    }
    const cls: AgentClass = { members: [i], quotas: personQuotas[i]! };
    classes.push(cls);
    if (tied) {
      const group = householdClasses.get(h) ?? [];
      group.push(classes.length - 1);
      householdClasses.set(h, group);
    } else {
      byKey.set(key, cls);
    }
  }
  return {
    instance,
    features,
    seats,
    bounds,
    classes,
    households: [...householdClasses.values()],
    selected,
    excluded,
  };
}
