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
  it("opens the WebAssembly build by default, with no system library", () => {
    // A child process without any way to reach libvoikko: KUULO_VOIKKO=wasm and an empty
    // library path; the shipped build must still give Voikko lemmas.
    const script = `
      import { createLemmatizer } from "./packages/text/src/lemmatize.ts";
      const l = createLemmatizer({ lang: "fi" });
      console.log(JSON.stringify([l.morphology, l.analyze("hyvinvointialueella")]));`;
    const out = spawnSync(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", script],
      {
        env: { ...process.env, KUULO_VOIKKO: "wasm", LD_LIBRARY_PATH: "/nonexistent" },
        encoding: "utf8",
      },
    );
    expect(out.stderr).toBe("");
    expect(JSON.parse(out.stdout)).toEqual([
      "voikko-wasm",
      { lemma: "hyvinvointialue", parts: ["hyvinvointi", "alue"], known: true },
    ]);
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
