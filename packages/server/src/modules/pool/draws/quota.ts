import { drawPanel, findDistribution, type Instance, SortitionError } from "@kuulo/sortition";
import { AppError } from "../../../errors.js";
import type { DrawParameters, EligibleMember } from "../schema.js";

/**
 * A quota-fair selection as `kuulo select` makes it: LEXIMIN over the eligible members with the
 * quotas (every member as likely to be drawn as the quotas allow), then the seed draws one panel
 * of that lottery. The same list, quotas and seed give the same panel.
 */
export async function quotaDraw(
  eligible: readonly EligibleMember[],
  parameters: DrawParameters,
  seed: string,
): Promise<string[]> {
  const quotas = parameters.quotas ?? [];
  const features = [...new Set(quotas.map((q) => q.feature))];
  const instance: Instance = {
    quotas: quotas.map((q) => ({ feature: q.feature, value: q.value, min: q.min, max: q.max })),
    people: [...eligible]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((m) => ({
        id: m.id,
        features: Object.fromEntries(features.map((f) => [f, m.features?.[f] ?? ""])),
        columns: {},
      })),
    k: parameters.size,
  };
  try {
    const selection = await findDistribution({ instance });
    return drawPanel({ selection, seed }).panel;
  } catch (error) {
    if (!(error instanceof SortitionError)) throw error;
    throw new AppError("validation.failed", error.message, {
      errors: [{ path: "body.quotas", message: error.message, code: "invalid_value" }],
    });
  }
}
