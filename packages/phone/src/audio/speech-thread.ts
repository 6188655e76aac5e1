// The speech thread: takes synthesis jobs from the main thread one after another and answers
// each with its samples (the buffer transferred, not copied) or the error's message.
import { parentPort } from "node:worker_threads";
import { type SpeechJob, synthesize } from "./engine.js";

export interface SpeechRequest extends SpeechJob {
  id: number;
}
export type SpeechReply =
  | { id: number; samples: Int16Array; sampleRate: number }
  | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error("speech-thread runs only as a worker thread");

let queue: Promise<unknown> = Promise.resolve();
port.on("message", (request: SpeechRequest) => {
  queue = queue.then(async () => {
    try {
      const { samples, sampleRate } = await synthesize(request);
      const reply: SpeechReply = { id: request.id, samples, sampleRate };
      port.postMessage(reply, [samples.buffer as ArrayBuffer]);
    } catch (error) {
      const reply: SpeechReply = { id: request.id, error: String(error) };
      port.postMessage(reply);
    }
  });
});
