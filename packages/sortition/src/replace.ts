import { SortitionError } from "./errors.js";
import type { Instance } from "./model.js";
import {
  type Algorithm,
  type Draw,
  drawPanel,
  findDistribution,
  type Selection,
} from "./select.js";

export interface Replacement {
  /** The new panel: everyone who stayed, plus the replacements (pool order). */
  panel: string[];
  replacements: string[];
  /** The lottery for the open seats: probabilities of the remaining pool (the stayers have 1). */
  selection: Selection;
  draw: Draw;
}

/**
 * Replaces withdrawn panel members: the others stay selected, the withdrawn leave the pool,
 * and the open seats are filled by a fresh lottery (default LEXIMIN) that keeps every quota
 * and the household rule, drawn reproducibly from `seed`.
 */
export async function replaceWithdrawn(options: {
  instance: Instance;
  panel: readonly string[];
  withdrawn: readonly string[];
  seed: string;
  algorithm?: Algorithm;
}): Promise<Replacement> {
  const { instance, panel, withdrawn, seed } = options;
  for (const id of withdrawn) {
    if (!panel.includes(id)) {
      throw new SortitionError({
        code: "UNKNOWN_PERSON",
        message: `'${id}' is not on the panel, so cannot withdraw`,
      });
    }
  }
  const gone = new Set(withdrawn);
  const stay = panel.filter((id) => !gone.has(id));
  const next: Instance = {
    ...instance,
    people: instance.people.filter((p) => !gone.has(p.id)),
    alreadySelected: stay,
  };
  const selection = await findDistribution({
    instance: next,
    ...(options.algorithm ? { algorithm: options.algorithm } : {}),
  });
  const draw = drawPanel({ selection, seed });
  const kept = new Set(stay);
  return {
    panel: draw.panel,
    replacements: draw.panel.filter((id) => !kept.has(id)),
    selection,
    draw,
  };
}
