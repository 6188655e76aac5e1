import type { RawReading, VoikkoWasm } from "./index.js";

export declare const voikkoFiles: { wasm: string; glue: string; dictionary: string };
export declare function openVoikkoWasm(): VoikkoWasm;
export declare function parseReadings(text: string): RawReading[];
export type { RawReading };
