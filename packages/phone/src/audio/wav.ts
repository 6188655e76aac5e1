// PCM helpers for phone prompts: a windowed-sinc resampler (with the low-pass filter that keeps
// the telephone band and stops aliasing) and a RIFF/WAVE writer for mono 16-bit PCM.

/** Samples either side of the output instant that the filter reads (at the input rate). */
const HALF_TAPS = 24;

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/**
 * Resamples mono 16-bit samples from `fromRate` to `toRate` (down or up). The filter's cut-off
 * is `cutoff` Hz (default 0.92 × the lower Nyquist frequency): for 22 050 → 8 000 Hz it passes
 * the telephone band (300–3 400 Hz) and removes what would fold back as noise.
 */
export function resample(
  input: Int16Array,
  fromRate: number,
  toRate: number,
  cutoff = 0.46 * Math.min(fromRate, toRate),
): Int16Array {
  if (fromRate === toRate) return input.slice();
  const step = fromRate / toRate;
  const length = Math.floor((input.length * toRate) / fromRate);
  const output = new Int16Array(length);
  const band = (2 * cutoff) / fromRate; // cut-off as a fraction of the input rate, times two
  for (let i = 0; i < length; i++) {
    const t = i * step;
    const centre = Math.floor(t);
    let sum = 0;
    let gain = 0;
    for (let k = centre - HALF_TAPS + 1; k <= centre + HALF_TAPS; k++) {
      const d = t - k;
      // Hann window over ±HALF_TAPS input samples.
      const w = 0.5 + 0.5 * Math.cos((Math.PI * d) / HALF_TAPS);
      const h = band * sinc(band * d) * w;
      gain += h;
      if (k >= 0 && k < input.length) sum += (input[k] as number) * h;
    }
    const value = Math.round(gain > 0 ? sum / gain : 0);
    output[i] = Math.max(-32768, Math.min(32767, value));
  }
  return output;
}

/** A RIFF/WAVE file: PCM (format 1), mono, 16-bit little-endian samples. */
export function encodeWav(samples: Int16Array, sampleRate: number): Uint8Array {
  const dataBytes = samples.length * 2;
  const bytes = new Uint8Array(44 + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // size of the fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per sample frame
  view.setUint16(34, 16, true); // bits per sample
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i] as number, true);
  return bytes;
}

/** Reads back what `encodeWav` writes (and refuses anything else); for tests and checks. */
export function decodeWav(bytes: Uint8Array): { sampleRate: number; samples: Int16Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = (offset: number) =>
    String.fromCharCode(...bytes.subarray(offset, offset + 4).values());
  if (bytes.length < 44 || text(0) !== "RIFF" || text(8) !== "WAVE" || text(12) !== "fmt ")
    throw new Error("not a RIFF/WAVE file");
  if (view.getUint16(20, true) !== 1 || view.getUint16(22, true) !== 1)
    throw new Error("not mono PCM");
  if (view.getUint16(34, true) !== 16) throw new Error("not 16-bit");
  if (text(36) !== "data") throw new Error("no data chunk after fmt");
  const dataBytes = view.getUint32(40, true);
  if (44 + dataBytes !== bytes.length || view.getUint32(4, true) !== 36 + dataBytes)
    throw new Error("sizes in the header do not match the file");
  const samples = new Int16Array(dataBytes / 2);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(44 + i * 2, true);
  return { sampleRate: view.getUint32(24, true), samples };
}
