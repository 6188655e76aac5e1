// Speech synthesis off the main thread: eSpeak NG (engine.ts) runs in one worker thread
// (speech-thread.ts), started on first use, so that rendering a campaign's prompts never blocks
// the event loop of the process that asks. Jobs queue in the thread, one at a time.
import { Worker } from "node:worker_threads";
import type { Speech } from "./engine.js";
import type { SpeechReply, SpeechRequest } from "./speech-thread.js";

let thread: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: (s: Speech) => void; reject: (e: Error) => void }>();

function failAll(error: Error) {
  for (const waiter of pending.values()) waiter.reject(error);
  pending.clear();
  thread = undefined;
}

function start(): Worker {
  // Compiled (dist/), the thread runs speech-thread.js; from the TypeScript sources (development,
  // tests) speech-thread-entry.mjs registers tsx first, and @kuulo packages resolve to sources.
  const fromSources = import.meta.url.endsWith(".ts");
  const w = fromSources
    ? new Worker(new URL("./speech-thread-entry.mjs", import.meta.url), {
        // Per-process flags such as --expose-gc (the benchmarks' runner) are refused by Worker.
        execArgv: [
          ...process.execArgv.filter((a) => a !== "--expose-gc"),
          "--conditions=kuulo-source",
        ],
      })
    : new Worker(new URL("./speech-thread.js", import.meta.url));
  w.on("message", (reply: SpeechReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref(); // an idle thread keeps no process alive
    if ("error" in reply) waiter.reject(new Error(reply.error));
    else waiter.resolve({ samples: reply.samples, sampleRate: reply.sampleRate });
  });
  w.on("error", (error) => {
    if (thread === w) failAll(error);
  });
  w.on("exit", (code) => {
    if (thread === w) failAll(new Error(`the speech thread stopped (exit code ${code})`));
  });
  return w;
}

/**
 * Speaks `text` with the eSpeak NG voice `voice` at `wordsPerMinute` in the speech thread; mono
 * 16-bit samples at the engine's rate (22 050 Hz).
 */
export function speak(text: string, voice: string, wordsPerMinute: number): Promise<Speech> {
  return new Promise<Speech>((resolve, reject) => {
    thread ??= start();
    thread.ref(); // a job in progress keeps the process alive until it is answered
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const request: SpeechRequest = { id, text, voice, wordsPerMinute };
    thread.postMessage(request);
  });
}
