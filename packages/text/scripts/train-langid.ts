// Builds src/data/langid.json: character n-gram log-probabilities for fi, sv and en, from the
// SIB-200 training sentences and the XED Finnish/Swedish lines in ../shared/data/text.
// Run from the repository root: npx tsx packages/text/scripts/train-langid.ts [DATA_DIR]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { charNgrams } from "../src/ngrams.js";

const dataDir =
  process.argv[2] ?? fileURLToPath(new URL("../../../../shared/data/text/", import.meta.url));
const read = (p: string) => readFileSync(`${dataDir}/${p}`, "utf8").split("\n");
const sib = (dir: string) =>
  read(`sib200/${dir}/train.tsv`)
    .slice(1)
    .map((l) => l.split("\t").slice(2).join(" "));
const texts: Record<string, string[]> = {
  fi: [
    ...sib("fin_Latn"),
    ...read("xed/fi-annotated.tsv").map((l) => l.split("\t")[0] ?? ""),
    ...read("xed/neu_fi.txt").map((l) => l.split("\t")[1] ?? ""),
  ],
  sv: [...sib("swe_Latn"), ...read("xed/sv-projections.tsv").map((l) => l.split("\t")[0] ?? "")],
  en: sib("eng_Latn"),
};
const TOP = 1500;
const out: Record<string, { grams: Record<string, number>; unseen: number }> = {};
for (const [lang, lines] of Object.entries(texts)) {
  const counts = new Map<string, number>();
  let total = 0;
  for (const line of lines) {
    for (const g of charNgrams(line)) {
      counts.set(g, (counts.get(g) ?? 0) + 1);
      total++;
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  const denom = total + TOP + 1;
  const grams: Record<string, number> = {};
  for (const [g, c] of top) grams[g] = Number(Math.log((c + 1) / denom).toFixed(3));
  out[lang] = { grams, unseen: Number(Math.log(1 / denom).toFixed(3)) };
  console.log(lang, lines.length, "lines,", total, "n-grams");
}
const target = fileURLToPath(new URL("../src/data/langid.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(out)}\n`);
console.log("wrote", target);
