// For tests: how different two rendered prompts sound. eSpeak NG is not bit-for-bit repeatable
// (its pitch flutter and noise carry state from one call to the next), so tests compare short-
// time spectra instead of bytes.
import { decodeWav } from "./wav.js";

const FRAME = 256; // 32 ms at 8 kHz
const BANDS = 8; // of 500 Hz, 0–4 kHz
const BINS = FRAME / 2 / BANDS;

/** Per 32 ms frame, the log energy in each 500 Hz band (Hann-windowed DFT). */
export function spectrogram(bytes: Uint8Array): number[][] {
  const { samples } = decodeWav(bytes);
  const frames: number[][] = [];
  const window = Float64Array.from(
    { length: FRAME },
    (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / FRAME),
  );
  for (let start = 0; start + FRAME <= samples.length; start += FRAME) {
    const row: number[] = [];
    for (let band = 0; band < BANDS; band++) {
      let energy = 0;
      for (let k = band * BINS; k < (band + 1) * BINS; k++) {
        let re = 0;
        let im = 0;
        for (let i = 0; i < FRAME; i++) {
          const x = (samples[start + i] as number) * (window[i] as number);
          re += x * Math.cos((2 * Math.PI * k * i) / FRAME);
          im += x * Math.sin((2 * Math.PI * k * i) / FRAME);
        }
        energy += re * re + im * im;
      }
      row.push(Math.log10(1 + energy));
    }
    frames.push(row);
  }
  return frames;
}

/**
 * 0 for the same sound; the mean difference of log band energies frame by frame, plus the
 * difference in length as a share of the longer. The same text rendered twice stays under 0.1;
 * one changed vowel is above 0.5.
 */
export function soundDistance(a: Uint8Array, b: Uint8Array): number {
  const [x, y] = [spectrogram(a), spectrogram(b)];
  const frames = Math.min(x.length, y.length);
  let sum = 0;
  for (let i = 0; i < frames; i++)
    for (let band = 0; band < BANDS; band++)
      sum += Math.abs((x[i] as number[])[band]! - (y[i] as number[])[band]!);
  const longer = Math.max(x.length, y.length);
  return sum / Math.max(1, frames * BANDS) + Math.abs(x.length - y.length) / Math.max(1, longer);
}
