import { describe, expect, it } from "vitest";
import { evaluateClustering } from "./evaluate.js";
import { loadSib200 } from "./fixtures.js";
import type { Lang } from "./lang.js";
import { loadVoikko } from "./voikko.js";

// Floors a little below the figures measured on 2026-12-03 with IDF ln((N + 1) / df) (see
// README: NMF fi 0.216, fi Snowball 0.196, sv 0.188, en 0.183; bisecting k-means 0.136, 0.121,
// 0.092, 0.155); the prototype's figures to beat were fi+Voikko 0.107 k-means / 0.147 NMF,
// sv 0.113, en 0.151 NMF.
const FLOORS: { lang: Lang; voikko: boolean; nmf: number; kmeans: number }[] = [
  { lang: "fi", voikko: true, nmf: 0.2, kmeans: 0.125 },
  { lang: "fi", voikko: false, nmf: 0.18, kmeans: 0.11 },
  { lang: "sv", voikko: false, nmf: 0.17, kmeans: 0.085 },
  { lang: "en", voikko: false, nmf: 0.17, kmeans: 0.14 },
];
const hasVoikko = loadVoikko() !== null;

// Finnish runs once: with Voikko when it is installed, else with the Snowball fallback (both
// are printed by bench/text-eval.ts); this keeps the suite's time down on 2 cores.
describe("SIB-200 topic clustering, k = 7, mean NMI over 5 seeds", () => {
  for (const f of FLOORS) {
    const label = `${f.lang} ${f.voikko ? "with Voikko" : "Snowball"}`;
    const skip = f.lang === "fi" && f.voikko !== hasVoikko;
    const why = f.voikko ? "Voikko is off" : "Finnish is evaluated with Voikko here";
    // 120 s: the shared 2-core machine runs other suites at the same time.
    it.skipIf(skip)(
      `${label} stays above its floor${skip ? ` (skipped: ${why})` : ""}`,
      { timeout: 120_000 },
      () => {
        const { texts, labels } = loadSib200(f.lang);
        const e = evaluateClustering({
          texts,
          labels,
          lang: f.lang,
          k: 7,
          seeds: 5,
          voikko: f.voikko,
        });
        console.log(
          `${label}: k-means++ ${e.kmeans.toFixed(3)}, NMF ${e.nmf.toFixed(3)}, NMF→k-means ${e.nmfKmeans.toFixed(3)}`,
        );
        expect(e.usesVoikko).toBe(f.voikko);
        expect(e.nmf).toBeGreaterThan(f.nmf);
        expect(e.nmfKmeans).toBeGreaterThan(f.nmf);
        expect(e.kmeans).toBeGreaterThan(f.kmeans);
      },
    );
  }
});
