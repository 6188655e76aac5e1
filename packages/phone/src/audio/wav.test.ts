import { describe, expect, it } from "vitest";
import { decodeWav, encodeWav, resample } from "./wav.js";

const sine = (hz: number, rate: number, seconds: number, amplitude = 10_000) =>
  Int16Array.from({ length: Math.round(rate * seconds) }, (_, i) =>
    Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / rate)),
  );

/** Root mean square over the middle of the signal (the filter's edges left out). */
function rms(samples: Int16Array): number {
  const middle = samples.subarray(
    Math.floor(samples.length / 4),
    Math.floor((3 * samples.length) / 4),
  );
  let sum = 0;
  for (const s of middle) sum += s * s;
  return Math.sqrt(sum / middle.length);
}

function zeroCrossings(samples: Int16Array): number {
  let count = 0;
  for (let i = 1; i < samples.length; i++)
    if ((samples[i - 1] as number) < 0 !== (samples[i] as number) < 0) count++;
  return count;
}

describe("encodeWav", () => {
  it("writes a RIFF/WAVE header for mono 16-bit PCM and the samples little-endian", () => {
    const bytes = encodeWav(Int16Array.of(1, -2, 32767), 8000);
    expect(bytes.length).toBe(44 + 6);
    const view = new DataView(bytes.buffer);
    const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
    expect([ascii(0), ascii(8), ascii(12), ascii(36)]).toEqual(["RIFF", "WAVE", "fmt ", "data"]);
    expect(view.getUint32(4, true)).toBe(36 + 6);
    expect(view.getUint32(16, true)).toBe(16);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(8000);
    expect(view.getUint32(28, true)).toBe(16_000);
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(6);
    expect([...bytes.subarray(44)]).toEqual([1, 0, 0xfe, 0xff, 0xff, 0x7f]);
  });

  it("reads back with decodeWav, which refuses a cut file and other formats", () => {
    const samples = sine(440, 8000, 0.1);
    const bytes = encodeWav(samples, 8000);
    expect(decodeWav(bytes)).toEqual({ sampleRate: 8000, samples });
    expect(() => decodeWav(bytes.subarray(0, bytes.length - 2))).toThrow(/sizes/);
    const stereo = bytes.slice();
    stereo[22] = 2;
    expect(() => decodeWav(stereo)).toThrow(/mono/);
    expect(() => decodeWav(new TextEncoder().encode("ID3".padEnd(60, "x")))).toThrow(/RIFF/);
  });
});

describe("resample", () => {
  it("keeps a tone of the telephone band: its level and its pitch", () => {
    const input = sine(1000, 22_050, 1);
    const output = resample(input, 22_050, 8000);
    expect(output.length).toBe(8000);
    expect(rms(output) / rms(input)).toBeGreaterThan(0.97);
    expect(rms(output) / rms(input)).toBeLessThan(1.03);
    expect(zeroCrossings(output)).toBeGreaterThanOrEqual(1998); // 1 kHz: 2 000 a second
    expect(zeroCrossings(output)).toBeLessThanOrEqual(2002);
  });

  it("filters out what lies above the new Nyquist frequency instead of folding it back", () => {
    // 6 kHz at 8 kHz would alias to 2 kHz; dropping samples without a filter keeps it loud.
    const input = sine(6000, 22_050, 1);
    expect(rms(resample(input, 22_050, 8000)) / rms(input)).toBeLessThan(0.03);
  });

  it("returns a copy when the rates are equal", () => {
    const input = Int16Array.of(1, 2, 3);
    const output = resample(input, 8000, 8000);
    expect(output).toEqual(input);
    expect(output).not.toBe(input);
  });
});
