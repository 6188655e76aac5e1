// Synthesis runs in a worker thread: while a long prompt renders, the event loop of the process
// that asked keeps running its timers (with eSpeak on the main thread it would not tick once
// during the synthesis, which is one synchronous wasm call).
import { describe, expect, it } from "vitest";
import { MAX_PROMPT_LENGTH, renderPrompt } from "./index.js";
import { decodeWav } from "./wav.js";

const SENTENCE = "Paina yksi, jos olet samaa mieltä, ja kaksi, jos olet eri mieltä. ";

describe("speech synthesis off the main thread", () => {
  it("keeps the event loop ticking while a long prompt renders", async () => {
    await renderPrompt({ text: "Hei.", language: "fi", rate: "normal" }); // the engine loaded
    const text = SENTENCE.repeat(Math.floor(MAX_PROMPT_LENGTH / SENTENCE.length));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 2);
    const started = performance.now();
    try {
      const prompt = await renderPrompt({ text, language: "fi", rate: "slow" });
      const elapsed = performance.now() - started;
      expect(decodeWav(prompt.bytes).samples.length).toBeGreaterThan(60 * 8000); // over a minute
      // Timers fired all through the synthesis: at least one tick per 50 ms of it on average
      // (a 2 ms timer), where a blocked loop would tick a few times around the call at most.
      expect(ticks).toBeGreaterThan(elapsed / 50);
      expect(ticks).toBeGreaterThan(10);
    } finally {
      clearInterval(timer);
    }
  }, 120_000);

  it("answers several prompts asked at once, each with its own text", async () => {
    const texts = ["Yksi.", "Tack för dina svar, hej då.", "Kiitos vastauksistasi."];
    const rendered = await Promise.all(
      texts.map((text, i) =>
        renderPrompt({ text, language: i === 1 ? "sv" : "fi", rate: "normal" }),
      ),
    );
    const seconds = rendered.map((r) => r.seconds);
    expect(seconds[0]).toBeLessThan(seconds[1]!);
    expect(seconds[0]).toBeLessThan(seconds[2]!);
  }, 60_000);

  it("passes the engine's errors back as a rejected promise", async () => {
    await expect(
      renderPrompt({ text: "x", language: "xx" as "fi", rate: "normal" }),
    ).rejects.toThrow(/language/);
  });
});
