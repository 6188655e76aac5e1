import type { CliIO } from "./command.js";

/** A CLI io for tests: collects what the command prints. */
export type CapturedIO = CliIO & { out: string; err: string };

export function captureIO(options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CapturedIO {
  const io: CapturedIO = {
    out: "",
    err: "",
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}
