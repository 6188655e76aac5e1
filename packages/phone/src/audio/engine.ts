// eSpeak NG compiled to WebAssembly (npm package @echogarden/espeak-ng-emscripten, GPL-3.0),
// driven inside the speech thread (speech-thread.ts): loaded lazily, once per thread, used by one
// synthesis at a time (the wasm instance holds the voice and rate as global state).

/** The part of the Emscripten module's eSpeakNGWorker that we use. */
interface EspeakWorker {
  set_voice(name: string, language: string): number;
  set_rate(wordsPerMinute: number): void;
  readonly samplerate: number;
  synthesize(text: string, onChunk: (samples: Int16Array | undefined) => number): void;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

/** What one synthesis asks for, and what it gives back. */
export interface SpeechJob {
  text: string;
  voice: string;
  wordsPerMinute: number;
}
export interface Speech {
  samples: Int16Array;
  sampleRate: number;
}

let loading: Promise<EspeakWorker> | undefined;

async function load(): Promise<EspeakWorker> {
  // Its default export is the Emscripten module factory (types in espeak-ng-emscripten.d.ts).
  const { default: factory } = await import("@echogarden/espeak-ng-emscripten");
  const module = (await factory()) as EspeakModule;
  return new module.eSpeakNGWorker();
}

function engine(): Promise<EspeakWorker> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // a later call may try again
    throw error;
  });
  return loading;
}

/** Speaks one job: mono 16-bit samples at the engine's rate (22 050 Hz). Synchronous once loaded. */
export async function synthesize(job: SpeechJob): Promise<Speech> {
  const espeak = await engine();
  const status = espeak.set_voice(job.voice, job.voice);
  if (status !== 0) throw new Error(`eSpeak NG has no voice "${job.voice}" (status ${status})`);
  espeak.set_rate(job.wordsPerMinute);
  const chunks: Int16Array[] = [];
  espeak.synthesize(job.text, (samples) => {
    if (samples && samples.length > 0) chunks.push(samples.slice());
    return 0; // 0 = go on
  });
  const samples = new Int16Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    samples.set(chunk, offset);
    offset += chunk.length;
  }
  return { samples, sampleRate: espeak.samplerate };
}
