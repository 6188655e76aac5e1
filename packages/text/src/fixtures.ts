import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lang } from "./lang.js";

const SIB_DIRS: Record<Lang, string> = { fi: "fin_Latn", sv: "swe_Latn", en: "eng_Latn" };

/** Path of a file under packages/text/test/fixtures. */
export function fixturePath(relative: string): string {
  return fileURLToPath(new URL(`../test/fixtures/${relative}`, import.meta.url));
}

/** SIB-200 sentences with topic labels (train + dev) for one language, from the copied fixtures. */
export function loadSib200(lang: Lang): { texts: string[]; labels: string[] } {
  const texts: string[] = [];
  const labels: string[] = [];
  for (const split of ["train", "dev"]) {
    const lines = readFileSync(fixturePath(`sib200/${SIB_DIRS[lang]}/${split}.tsv`), "utf8").split(
      "\n",
    );
    for (const line of lines.slice(1)) {
      const cols = line.split("\t");
      if (cols.length < 3) continue;
      labels.push(cols[1]!);
      texts.push(cols.slice(2).join("\t"));
    }
  }
  return { texts, labels };
}
