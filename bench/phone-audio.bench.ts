// Benchmark of @kuulo/phone/audio: the first call (loading eSpeak NG's WebAssembly and its
// 24 MB of voice data) and then the time to render the prompts of a 10-question phone survey
// in Finnish and Swedish, normal and slow, with the real-time factor (seconds of computing per
// second of audio). A campaign renders its prompts once, so what matters is that a whole
// survey takes seconds, not minutes.
// Run: npm run bench phone-audio
import { renderPrompt } from "@kuulo/phone/audio";

const FI = [
  "Hei! Soitamme Etelä-Karjalan hyvinvointialueelta. Kysymme kymmenen lyhyttä kysymystä terveysasemien palveluista. Kysely kestää noin neljä minuuttia. Paina 0 kuullaksesi kysymyksen uudelleen. Paina 9, jos et halua, että sinulle soitetaan enää.",
  ...Array.from(
    { length: 10 },
    (_, i) =>
      `Kysymys ${i + 1}. Kuinka tyytyväinen olet terveysaseman palveluihin viimeisen vuoden aikana? Paina 1: erittäin tyytymätön. Paina 2: tyytymätön. Paina 3: en osaa sanoa. Paina 4: tyytyväinen. Paina 5: erittäin tyytyväinen.`,
  ),
  "Kiitos vastauksistasi. Hyvää päivänjatkoa!",
];
const SV = FI.map(
  () =>
    "Fråga. Hur nöjd är du med hälsostationens tjänster under det senaste året? Tryck 1: mycket missnöjd. Tryck 2: missnöjd. Tryck 3: kan inte säga. Tryck 4: nöjd. Tryck 5: mycket nöjd.",
);

let start = performance.now();
const first = await renderPrompt({ text: "Hei.", language: "fi", rate: "normal" });
console.log(
  `first call (loads the engine): ${(performance.now() - start).toFixed(0)} ms (${first.seconds.toFixed(2)} s of audio)`,
);

for (const [language, texts] of [
  ["fi", FI],
  ["sv", SV],
] as const) {
  for (const rate of ["normal", "slow"] as const) {
    start = performance.now();
    let seconds = 0;
    let bytes = 0;
    for (const text of texts) {
      const prompt = await renderPrompt({ text, language, rate });
      seconds += prompt.seconds;
      bytes += prompt.bytes.length;
    }
    const ms = performance.now() - start;
    console.log(
      `${language} ${rate.padEnd(6)}: ${texts.length} prompts in ${ms.toFixed(0)} ms, ${seconds.toFixed(1)} s of audio (${(bytes / 1e6).toFixed(2)} MB), real-time factor ${(ms / 1000 / seconds).toFixed(3)}`,
    );
  }
}
