// Test helpers: JSON-stat 2 datasets shaped like StatFin table 11re, with made-up figures.

/** A dataset like 11re: Vuosi × Alue × Sukupuoli × Ikä × Tiedot, with SSS totals. */
export function syntheticTable(options: {
  years?: string[];
  municipalities: Record<string, string>;
  /** People of one age and sex in one municipality in the given year. */
  count: (municipality: string, age: number, sex: 1 | 2, year: string) => number;
  maxAge?: number;
}) {
  const years = options.years ?? ["2024"];
  const maxAge = options.maxAge ?? 100;
  const areas = ["SSS", ...Object.keys(options.municipalities).map((m) => `KU${m}`)];
  const sexes = ["SSS", "1", "2"];
  const ages = ["SSS", ...Array.from({ length: maxAge + 1 }, (_, a) => String(a).padStart(3, "0"))];
  const value: number[] = [];
  for (const year of years) {
    for (const area of areas) {
      for (const sex of sexes) {
        for (const age of ages) {
          const ms = area === "SSS" ? Object.keys(options.municipalities) : [area.slice(2)];
          const ss: (1 | 2)[] = sex === "SSS" ? [1, 2] : [Number(sex) as 1 | 2];
          const as =
            age === "SSS" ? Array.from({ length: maxAge + 1 }, (_, a) => a) : [Number(age)];
          let total = 0;
          for (const m of ms)
            for (const s of ss) for (const a of as) total += options.count(m, a, s, year);
          value.push(total);
        }
      }
    }
  }
  const category = (codes: string[], labels?: Record<string, string>) => ({
    index: Object.fromEntries(codes.map((c, i) => [c, i])),
    label: labels ?? Object.fromEntries(codes.map((c) => [c, c])),
  });
  return {
    version: "2.0",
    class: "dataset",
    label: "Väestö 31.12. muuttujina Vuosi, Alue, Sukupuoli ja Ikä (synthetic)",
    source: "Synthetic test data shaped like Statistics Finland table 11re",
    updated: "2025-04-01T05:00:00Z",
    id: ["Vuosi", "Alue", "Sukupuoli", "Ikä", "Tiedot"],
    size: [years.length, areas.length, 3, ages.length, 1],
    dimension: {
      Vuosi: { label: "Vuosi", category: category(years) },
      Alue: {
        label: "Alue",
        category: category(areas, {
          SSS: "KOKO MAA",
          ...Object.fromEntries(
            Object.entries(options.municipalities).map(([c, n]) => [`KU${c}`, n]),
          ),
        }),
      },
      Sukupuoli: {
        label: "Sukupuoli",
        category: category(sexes, { SSS: "Yhteensä", 1: "Miehet", 2: "Naiset" }),
      },
      Ikä: { label: "Ikä", category: category(ages) },
      Tiedot: { label: "Tiedot", category: category(["vaesto"], { vaesto: "Väestö 31.12." }) },
    },
    value,
  };
}
