import { SortitionError } from "./errors.js";
import { featureNames, type Instance } from "./model.js";
import type { Random } from "./random.js";

/**
 * The LEGACY greedy method of the Sortition Foundation's stratification app, for
 * comparison: seat by seat, take the feature value whose unmet minimum is largest relative
 * to the people left with it (ties: first in the quota file), pick one of those people
 * uniformly at random, then drop their household and everyone whose value has reached its
 * maximum. An attempt that gets stuck or misses a minimum is retried.
 */
export function legacyPanel(options: {
  instance: Instance;
  random: Random;
  maxAttempts?: number;
}): string[] {
  const { instance, random } = options;
  const maxAttempts = options.maxAttempts ?? 100;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const panel = legacyAttempt(instance, random);
    if (panel) return panel;
  }
  throw new SortitionError({
    code: "LEGACY_FAILED",
    message: `the LEGACY method found no panel meeting the quotas in ${maxAttempts} attempts`,
  });
}

function legacyAttempt(instance: Instance, random: Random): string[] | null {
  const { quotas, people } = instance;
  const features = featureNames(quotas);
  const quotaIndex = new Map(quotas.map((q, i) => [`${q.feature}\u0000${q.value}`, i]));
  const valuesOf = people.map((p) =>
    features.map((f) => quotaIndex.get(`${f}\u0000${p.features[f]}`)!),
  );
  const selectedCount = quotas.map(() => 0);
  const remaining = quotas.map(() => 0);
  const inPool = people.map(() => true);
  const panel: number[] = [];

  const removeFromPool = (i: number) => {
    if (!inPool[i]) return;
    inPool[i] = false;
    for (const q of valuesOf[i]!) remaining[q]!--;
  };
  const take = (i: number) => {
    panel.push(i);
    removeFromPool(i);
    for (const q of valuesOf[i]!) selectedCount[q]!++;
    const household = people[i]!.household;
    if (household !== undefined) {
      people.forEach((p, j) => {
        if (p.household === household) removeFromPool(j);
      });
    }
    for (const q of valuesOf[i]!) {
      if (selectedCount[q]! >= quotas[q]!.max) {
        valuesOf.forEach((vs, j) => {
          if (inPool[j] && vs.includes(q)) removeFromPool(j);
        });
      }
    }
  };

  people.forEach((_, i) => {
    for (const q of valuesOf[i]!) remaining[q]!++;
  });
  const idIndex = new Map(people.map((p, i) => [p.id, i]));
  for (const id of instance.alreadySelected ?? []) take(idIndex.get(id)!);

  while (panel.length < instance.k) {
    let best = -1;
    let bestRatio = Number.NEGATIVE_INFINITY;
    for (let q = 0; q < quotas.length; q++) {
      const need = quotas[q]!.min - selectedCount[q]!;
      if (need > 0 && remaining[q]! < need) return null;
      if (remaining[q]! === 0 || quotas[q]!.max === 0) continue;
      const ratio = need / remaining[q]!;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = q;
      }
    }
    if (best < 0) return null;
    let pick = random.nextInt(remaining[best]!);
    const chosen = people.findIndex(
      (_, i) => inPool[i] && valuesOf[i]!.includes(best) && pick-- === 0,
    );
    take(chosen);
  }
  const ok = quotas.every((q, i) => selectedCount[i]! >= q.min && selectedCount[i]! <= q.max);
  return ok ? panel.map((i) => people[i]!.id) : null;
}
