import { spawnSync } from "node:child_process";
import { openVoikkoWasm } from "@kuulo/voikko";
import { describe, expect, it } from "vitest";
import { loadVoikko, parseWordbases } from "./voikko.js";
import { openSystemVoikko } from "./voikko-system.js";

// Words from survey answers, forum posts and SIB-200: inflection, compounds, derivations,
// names, hyphens, verbs, pronouns; and a few unknown words.
const SAMPLE = (
  "terveyskeskukseen kuuluu juoksin autoilla tuli turkkia Helsingissä hyvinvointialueella " +
  "kouluruokailu bussivuoroja lähikirjasto aukioloaikoja kävelytiellä öljylämmitys sairaanhoitajat " +
  "päätöksenteossa asukkaiden mielipiteitä nuorisotalo vanhuksille kotihoidon EU:n Porvoossa " +
  "jalkapallo-ottelussa yliopistossa tutkijat havaitsivat presidentti vaaleissa hallitus " +
  "olisivat emme heidän joita kannattaisi ehdottomasti nyymit xqzzyv kakkapöksyt"
).split(" ");

describe("Voikko", () => {
  it("analyses Finnish answers with Voikko lemmas while the system library is unreachable", () => {
    // A child process that cannot reach libvoikko (no library path, KUULO_VOIKKO unset = the
    // default): the shipped WebAssembly build must give Voikko base forms, and the report says so.
    const script = `
      import { analyzeAnswers } from "./packages/text/src/analyze.ts";
      import { buildReport } from "./packages/text/src/report.ts";
      const texts = ["Hyvinvointialueella jonot ovat pitkiä.", "Hyvinvointialueen palvelut ovat kaukana.",
        "Terveyskeskukseen on vaikea päästä.", "Terveyskeskuksissa jonotetaan."];
      const analysis = analyzeAnswers({ answers: texts.map((text, i) => ({ id: String(i), text })), lang: "fi", k: 2 });
      const r = buildReport({ analysis });
      console.log(JSON.stringify({ morphology: r.morphology, warnings: r.warnings, lemmas: analysis.corpus.docs.map((d) => d.lemmas[0]) }));`;
    const env: NodeJS.ProcessEnv = { ...process.env, LD_LIBRARY_PATH: "/nonexistent" };
    delete env.KUULO_VOIKKO;
    delete env.KUULO_NO_VOIKKO;
    const out = spawnSync(
      process.execPath,
      ["--conditions=kuulo-source", "--import", "tsx", "--input-type=module", "-e", script],
      { env, encoding: "utf8" },
    );
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual({
      morphology: "voikko-wasm",
      warnings: [],
      lemmas: ["hyvinvointialue", "hyvinvointialue", "terveyskeskus", "terveyskeskus"],
    });
  });

  it("turns Voikko's readings into base form, class, compound parts and structure", () => {
    const v = loadVoikko()!;
    expect(v.kind).toBe("voikko-wasm");
    expect(v.analyze("hyvinvointialueella")[0]).toEqual({
      baseform: "hyvinvointialue",
      wordClass: "nimisana",
      parts: ["hyvinvointi", "alue"],
      structureParts: 3, // hyvin=vointi=alue
    });
    expect(v.analyze("x".repeat(101))).toEqual([]);
    expect(parseWordbases("")).toEqual([]);
  });

  const system = openSystemVoikko();
  it.skipIf(!system)(
    `gives the same lemmas as the system libvoikko on a sample ${system ? "" : "(skipped: libvoikko1 + voikko-fi not installed)"}`,
    () => {
      const wasm = openVoikkoWasm();
      for (const w of SAMPLE) expect(wasm.analyze(w), w).toEqual(system!.analyze(w));
      const lemmas = SAMPLE.map((w) => loadVoikko()!.analyze(w)[0]?.baseform ?? null);
      expect(lemmas.filter((l) => l !== null).length).toBeGreaterThan(SAMPLE.length - 4);
    },
  );
});
