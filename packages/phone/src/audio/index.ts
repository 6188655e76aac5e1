/**
 * Offline speech synthesis for phone prompts (issue #19).
 *
 * `renderPrompt` turns a Finnish or Swedish text into a telephony-friendly WAV
 * (mono, 16-bit PCM). The implementation lives in ./synth.ts; this file is the
 * stable interface the server phone module imports as `@kuulo/phone/audio`.
 */
export type AudioLanguage = "fi" | "sv";
export type AudioRate = "normal" | "slow";

export interface RenderedPrompt {
  contentType: "audio/wav";
  bytes: Uint8Array;
  seconds: number;
}

export async function renderPrompt(options: {
  text: string;
  language: AudioLanguage;
  rate: AudioRate;
}): Promise<RenderedPrompt> {
  void options;
  throw new Error("renderPrompt: not implemented yet");
}
