import type { Instance } from "./model.js";

/** One way a panel breaks the rules. */
export interface PanelViolation {
  rule: "size" | "quota" | "household" | "unknown-person" | "duplicate" | "already-selected";
  message: string;
}

/**
 * Checks a panel of person ids against the instance directly (independently of the
 * solvers): size k, every quota, at most one per household, the already-selected included.
 */
export function checkPanel(options: {
  instance: Instance;
  panel: readonly string[];
}): PanelViolation[] {
  const { instance, panel } = options;
  const violations: PanelViolation[] = [];
  const byId = new Map(instance.people.map((p) => [p.id, p]));
  if (panel.length !== instance.k) {
    violations.push({ rule: "size", message: `${panel.length} people, expected ${instance.k}` });
  }
  if (new Set(panel).size !== panel.length)
    violations.push({ rule: "duplicate", message: "someone appears twice" });
  for (const id of instance.alreadySelected ?? []) {
    if (!panel.includes(id))
      violations.push({ rule: "already-selected", message: `'${id}' is missing` });
  }
  const members = panel.flatMap((id) => {
    const person = byId.get(id);
    if (!person) violations.push({ rule: "unknown-person", message: `'${id}' is not in the pool` });
    return person ? [person] : [];
  });
  for (const q of instance.quotas) {
    const count = members.filter((m) => m.features[q.feature] === q.value).length;
    if (count < q.min || count > q.max) {
      violations.push({
        rule: "quota",
        message: `${q.feature}=${q.value}: ${count}, quota ${q.min}–${q.max}`,
      });
    }
  }
  const households = new Map<string, string>();
  for (const m of members) {
    if (m.household === undefined) continue;
    const other = households.get(m.household);
    if (other !== undefined) {
      violations.push({ rule: "household", message: `'${other}' and '${m.id}' share a household` });
    }
    households.set(m.household, m.id);
  }
  return violations;
}
