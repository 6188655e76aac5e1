// Real synthesis with eSpeak NG (WebAssembly, offline): the first call loads the engine.
import { beforeAll, describe, expect, it } from "vitest";
import {
  type AudioLanguage,
  type AudioRate,
  MAX_PROMPT_LENGTH,
  PROMPT_SAMPLE_RATE,
  PromptError,
  promptText,
  type RenderedPrompt,
  renderPrompt,
} from "./index.js";
import { soundDistance } from "./testing.js";
import { decodeWav } from "./wav.js";

const render = (text: string, language: AudioLanguage = "fi", rate: AudioRate = "normal") =>
  renderPrompt({ text, language, rate });

function loudness(prompt: RenderedPrompt) {
  const { samples } = decodeWav(prompt.bytes);
  let sum = 0;
  let peak = 0;
  let voiced = 0;
  for (const s of samples) {
    sum += s * s;
    peak = Math.max(peak, Math.abs(s));
    if (Math.abs(s) > 500) voiced++;
  }
  return { rms: Math.sqrt(sum / samples.length), peak, voiced: voiced / PROMPT_SAMPLE_RATE };
}

/** Sounds alike: the same text twice is far below 0.15, one changed vowel far above. */
const same = (a: RenderedPrompt, b: RenderedPrompt) => soundDistance(a.bytes, b.bytes) < 0.15;

const QUESTION_FI = "Paina yksi, jos olet samaa mieltä.";
let normal: RenderedPrompt;

beforeAll(async () => {
  normal = await render(QUESTION_FI);
}, 60_000);

describe("renderPrompt", () => {
  it("gives a mono 16-bit PCM WAV at 8 kHz whose sizes match its samples and its length", () => {
    expect(normal.contentType).toBe("audio/wav");
    const { sampleRate, samples } = decodeWav(normal.bytes); // checks the header and its sizes
    expect(sampleRate).toBe(8000);
    expect(normal.bytes.length).toBe(44 + samples.length * 2);
    expect(normal.seconds).toBeCloseTo(samples.length / 8000, 6);
    expect(normal.seconds).toBeGreaterThan(1.5);
    expect(normal.seconds).toBeLessThan(6);
  });

  it("is speech, not silence, after a short silent lead-in", () => {
    const { samples } = decodeWav(normal.bytes);
    expect(samples.subarray(0, 1000).every((s) => s === 0)).toBe(true); // 0.125 s
    const level = loudness(normal);
    expect(level.peak).toBeGreaterThan(5000);
    expect(level.rms).toBeGreaterThan(500);
    expect(level.voiced).toBeGreaterThan(0.5); // seconds of samples above 500
  });

  it("speaks Swedish too, with a voice and pronunciation of its own", async () => {
    const swedish = await render("Tryck ett om du håller med.", "sv");
    expect(loudness(swedish).peak).toBeGreaterThan(5000);
    // The same letters read by each language's rules do not sound the same.
    const word = "Kiitos ja tack";
    const [fi, sv] = [await render(word, "fi"), await render(word, "sv")];
    expect(same(fi, sv)).toBe(false);
    expect(loudness(sv).voiced).toBeGreaterThan(0.3);
  });

  it("speaks slowly when asked: clearly longer for the same text", async () => {
    const slow = await render(QUESTION_FI, "fi", "slow");
    expect(slow.seconds).toBeGreaterThan(normal.seconds * 1.2);
    const svNormal = await render("Tryck ett om du håller med.", "sv");
    const svSlow = await render("Tryck ett om du håller med.", "sv", "slow");
    expect(svSlow.seconds).toBeGreaterThan(svNormal.seconds * 1.2);
  });

  it("reads digits as numbers", async () => {
    const plain = await render("Paina");
    const three = await render("Paina 3");
    const many = await render("Paina 123");
    expect(three.seconds).toBeGreaterThan(plain.seconds + 0.2); // "kolme"
    expect(many.seconds).toBeGreaterThan(three.seconds + 0.5); // "satakaksikymmentäkolme"
    expect(same(three, await render("Paina 4"))).toBe(false);
    const swedish = await render("Tryck 7", "sv");
    expect(swedish.seconds).toBeGreaterThan((await render("Tryck", "sv")).seconds + 0.2);
  });

  it("pronounces ä, ö and å as their own vowels", async () => {
    expect(same(await render("säätiö"), await render("saatio"))).toBe(false);
    expect(same(await render("Äänestä nyt"), await render("Aanesta nyt"))).toBe(false);
    expect(same(await render("år", "sv"), await render("ar", "sv"))).toBe(false);
    expect(same(await render("över", "sv"), await render("over", "sv"))).toBe(false);
    expect(loudness(await render("Ää öö", "fi")).voiced).toBeGreaterThan(0.2);
  });

  it("sounds the same for the same text, call after call", async () => {
    expect(same(await render(QUESTION_FI), normal)).toBe(true);
    expect(same(await render("år", "sv"), await render("år", "sv"))).toBe(true);
  });

  it("gives each of many simultaneous calls its own text (one synthesis at a time)", async () => {
    const texts = ["Kyllä", "Ei", "Tack", QUESTION_FI] as const;
    const langs: AudioLanguage[] = ["fi", "fi", "sv", "fi"];
    const alone: RenderedPrompt[] = [];
    for (const [i, text] of texts.entries()) alone.push(await render(text, langs[i]));
    const together = await Promise.all(texts.map((text, i) => render(text, langs[i])));
    for (const [i, prompt] of together.entries())
      expect(same(prompt, alone[i] as RenderedPrompt)).toBe(true);
  });

  it("refuses an empty or too long text, and an unknown language or rate", async () => {
    for (const text of ["", "   ", "\n\t", "...", "\u0000"]) {
      const refused = render(text);
      await expect(refused).rejects.toBeInstanceOf(PromptError);
      await expect(refused).rejects.toMatchObject({ field: "text" });
    }
    await expect(render("a".repeat(MAX_PROMPT_LENGTH + 1))).rejects.toMatchObject({
      field: "text",
    });
    await expect(render("Hei", "en" as AudioLanguage)).rejects.toMatchObject({
      field: "language",
    });
    await expect(render("Hei", "fi", "fast" as AudioRate)).rejects.toMatchObject({
      field: "rate",
    });
  });

  it("reads the text without control characters and with whitespace collapsed", () => {
    expect(promptText("  Paina\n1\u0007 tai\t\t2. ")).toBe("Paina 1 tai 2.");
  });
});
