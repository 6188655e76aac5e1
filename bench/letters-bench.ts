// The letters part of `npm run bench pool`: N letters from a synthetic extract as one PDF
// written to a temporary file, with the time and the process's peak memory (resident set).
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkExtract, readAddresses, syntheticExtract } from "@kuulo/dvv";
import {
  generateCodes,
  type Letter,
  letterLanguages,
  parseTemplate,
  writeLettersPdf,
} from "@kuulo/letters";

const LIMIT_MS = 60_000;
const LIMIT_MIB = 500;
const MIB = 1024 * 1024;

export async function benchLetters(count: number): Promise<boolean> {
  const template = parseTemplate(
    await readFile(
      new URL("../packages/cli/fixtures/dvv/kirje.template.json", import.meta.url),
      "utf8",
    ),
  );
  const bytes = new TextEncoder().encode(
    syntheticExtract({ rows: Math.ceil(count * 1.1), seed: 5 }),
  );
  const { people } = checkExtract(bytes, { key: "bench", on: "2026-01-01" });
  const chosen = people.filter((p) => p.letter).slice(0, count);
  if (chosen.length < count) throw new Error("the synthetic extract has too few letters");
  const addresses = readAddresses(bytes, { key: "bench", ids: new Set(chosen.map((p) => p.id)) });
  const codes = generateCodes(count);
  function* letters(): Generator<Letter> {
    for (const [i, p] of chosen.entries())
      yield {
        number: i + 1,
        code: codes[i]!,
        ...addresses.get(p.id)!,
        languages: letterLanguages(p.language, template.bilingual),
      };
  }
  const dir = await mkdtemp(path.join(tmpdir(), "kuulo-letters-bench-"));
  const file = path.join(dir, "letters.pdf");
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const start = performance.now();
  const result = await writeLettersPdf(
    letters(),
    { template, url: "https://kuulo.example.fi/kuulola/ilmoittaudu", date: "2026-01-20" },
    createWriteStream(file),
  );
  const ms = performance.now() - start;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  const size = (await stat(file)).size;
  await rm(dir, { recursive: true, force: true });
  const mib = peak / MIB;
  console.log(
    `letters: ${result.letters.toLocaleString("en")} letters, ${result.pages.toLocaleString("en")} pages ` +
      `in one PDF (${(size / 1e6).toFixed(1)} MB) in ${(ms / 1000).toFixed(1)} s ` +
      `(${Math.round(result.letters / (ms / 1000))} letters/s; ${((ms / LIMIT_MS) * 100).toFixed(0)} % of the ${LIMIT_MS / 1000} s allowed); ` +
      `peak memory ${mib.toFixed(0)} MiB (${((mib / LIMIT_MIB) * 100).toFixed(0)} % of the ${LIMIT_MIB} MiB allowed)`,
  );
  return ms <= LIMIT_MS && mib <= LIMIT_MIB;
}
