// eSpeak NG compiled to WebAssembly (npm package @echogarden/espeak-ng-emscripten, GPL-3.0):
// loaded lazily, once per process, and used by one call at a time.

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

let loading: Promise<EspeakWorker> | undefined;
let queue: Promise<unknown> = Promise.resolve();

async function load(): Promise<EspeakWorker> {
  // Its default export is the Emscripten module factory (types in espeak-ng-emscripten.d.ts).
  const { default: factory } = await import("@echogarden/espeak-ng-emscripten");
  const module = (await factory()) as EspeakModule;
  return new module.eSpeakNGWorker();
}

function worker(): Promise<EspeakWorker> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // a later call may try again
    throw error;
  });
  return loading;
}

/**
 * Speaks `text` with the eSpeak NG voice `voice` at `wordsPerMinute`; mono 16-bit samples at the
 * engine's rate (22 050 Hz). Calls run one after another: the wasm instance holds the voice and
 * rate as global state and is not re-entrant.
 */
export function speak(
  text: string,
  voice: string,
  wordsPerMinute: number,
): Promise<{ samples: Int16Array; sampleRate: number }> {
  const run = queue.then(async () => {
    const engine = await worker();
    const status = engine.set_voice(voice, voice);
    if (status !== 0) throw new Error(`eSpeak NG has no voice "${voice}" (status ${status})`);
    engine.set_rate(wordsPerMinute);
    const chunks: Int16Array[] = [];
    engine.synthesize(text, (samples) => {
      if (samples && samples.length > 0) chunks.push(samples);
      return 0; // 0 = go on
    });
    const samples = new Int16Array(chunks.reduce((sum, c) => sum + c.length, 0));
    let offset = 0;
    for (const chunk of chunks) {
      samples.set(chunk, offset);
      offset += chunk.length;
    }
    return { samples, sampleRate: engine.samplerate };
  });
  queue = run.catch(() => undefined);
  return run;
}
