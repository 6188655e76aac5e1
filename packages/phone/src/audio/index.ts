/**
 * Offline speech synthesis for phone prompts (issue #19): `renderPrompt` turns a Finnish or
 * Swedish text into a telephony WAV — mono, 16-bit PCM, 8 000 Hz (the phone network's narrow
 * band: providers play G.711 at 8 kHz, so a wider file would only be filtered by them). Speech
 * comes from eSpeak NG as WebAssembly (espeak.ts), with no network and no system package.
 */
import { speak } from "./espeak.js";
import { encodeWav, resample } from "./wav.js";

export type AudioLanguage = "fi" | "sv";
export type AudioRate = "normal" | "slow";

export interface RenderedPrompt {
  contentType: "audio/wav";
  bytes: Uint8Array;
  seconds: number;
}

/** Output sample rate (Hz). */
export const PROMPT_SAMPLE_RATE = 8000;
/** Longest prompt text accepted (characters after trimming). */
export const MAX_PROMPT_LENGTH = 2000;
/**
 * Words per minute. eSpeak NG's default is 175; `normal` is a little slower for the telephone,
 * `slow` about 30 % slower again, for older listeners.
 */
export const WORDS_PER_MINUTE: Readonly<Record<AudioRate, number>> = { normal: 160, slow: 115 };
/** Silence before and after the speech, so that the first syllable is not cut off. */
const LEAD_SECONDS = 0.15;
const TAIL_SECONDS = 0.25;

const VOICES: Readonly<Record<AudioLanguage, string>> = { fi: "fi", sv: "sv" };

/** A prompt that cannot be rendered; `field` names the option at fault. */
export class PromptError extends Error {
  constructor(
    readonly field: "text" | "language" | "rate",
    message: string,
  ) {
    super(message);
    this.name = "PromptError";
  }
}

/** The text as eSpeak reads it: no control characters, whitespace collapsed. */
export function promptText(text: string): string {
  return text
    .replace(/\p{Cc}+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export async function renderPrompt(options: {
  text: string;
  language: AudioLanguage;
  rate: AudioRate;
}): Promise<RenderedPrompt> {
  const { language, rate } = options;
  if (!Object.hasOwn(VOICES, language))
    throw new PromptError("language", `language must be fi or sv, not ${String(language)}`);
  if (!Object.hasOwn(WORDS_PER_MINUTE, rate))
    throw new PromptError("rate", `rate must be normal or slow, not ${String(rate)}`);
  const text = promptText(typeof options.text === "string" ? options.text : "");
  if (!/[\p{L}\p{N}]/u.test(text)) throw new PromptError("text", "the prompt has no text to speak");
  if (text.length > MAX_PROMPT_LENGTH)
    throw new PromptError("text", `the prompt is longer than ${MAX_PROMPT_LENGTH} characters`);

  const spoken = await speak(text, VOICES[language], WORDS_PER_MINUTE[rate]);
  const speech = resample(spoken.samples, spoken.sampleRate, PROMPT_SAMPLE_RATE);
  const lead = Math.round(LEAD_SECONDS * PROMPT_SAMPLE_RATE);
  const samples = new Int16Array(
    lead + speech.length + Math.round(TAIL_SECONDS * PROMPT_SAMPLE_RATE),
  );
  samples.set(speech, lead);
  return {
    contentType: "audio/wav",
    bytes: encodeWav(samples, PROMPT_SAMPLE_RATE),
    seconds: samples.length / PROMPT_SAMPLE_RATE,
  };
}
