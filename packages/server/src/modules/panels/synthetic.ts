import { seededRandom } from "@kuulo/sortition";
import type { PanelQuota } from "./schema.js";

/** Municipalities of the demo county (Central Finland) and their weight among sign-ups. */
const MUNICIPALITIES: [string, number][] = [
  ["179", 0.5],
  ["992", 0.15],
  ["182", 0.12],
  ["931", 0.12],
  ["249", 0.11],
];
const AGE_BANDS: [string, number, number][] = [
  ["15-29", 15, 29],
  ["30-44", 30, 44],
  ["45-64", 45, 64],
  ["65-80", 65, 80],
];

export interface SyntheticPerson {
  ref: string;
  age: number;
  attributes: Record<string, string>;
  language: string;
  contact: { name: string; email: string };
}

/** Synthetic sign-ups (ages 15–80, the demo county's municipalities), the same for a seed. */
export function syntheticSignUps(count: number, seed = "kuulo-demo"): SyntheticPerson[] {
  const random = seededRandom({ seed, purpose: "synthetic-panel-candidates" });
  const pick = (weights: [string, number][]) => {
    const x = random.nextFloat();
    let sum = 0;
    for (const [value, w] of weights) {
      sum += w;
      if (x < sum) return value;
    }
    return weights.at(-1)![0];
  };
  return Array.from({ length: count }, (_, i) => {
    // Older people sign up a little more often, as in the pilots.
    const age = 15 + Math.floor(Math.sqrt(random.nextFloat()) * 66);
    const band = AGE_BANDS.find(([, lo, hi]) => age >= lo && age <= hi)![0];
    const language = random.nextFloat() < 0.06 ? "sv" : "fi";
    return {
      ref: `synthetic:${seed}:${i + 1}`,
      age,
      attributes: {
        ageBand: band,
        gender: random.nextFloat() < 0.55 ? "woman" : "man",
        municipality: pick(MUNICIPALITIES),
        language,
      },
      language,
      contact: { name: `Asukas ${i + 1}`, email: `asukas-${i + 1}@example.invalid` },
    };
  });
}

/**
 * Quotas around each value's share of the sign-ups (±25 %, at least one seat of slack), for
 * the features given: a feasible set for a panel of `k`.
 */
export function shareQuotas(
  people: readonly { attributes: Record<string, string> }[],
  features: readonly string[],
  k: number,
): PanelQuota[] {
  return features.flatMap((feature) => {
    const counts = new Map<string, number>();
    for (const p of people)
      counts.set(p.attributes[feature]!, (counts.get(p.attributes[feature]!) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([value, n]) => {
        const expected = (n / people.length) * k;
        return {
          feature,
          value,
          min: Math.max(0, Math.floor(expected * 0.75) - 1),
          max: Math.min(n, k, Math.ceil(expected * 1.25) + 1),
        };
      });
  });
}
