// The shape every `kuulo` subcommand has. One file per area in ./commands/.

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Working directory that relative paths are resolved against. */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** Words that select the command, e.g. "org create" or "opinion analyze". */
  name: string;
  /** One line for `kuulo --help`. */
  summary: string;
  /** Full usage text for `kuulo NAME --help`. */
  help: string;
  /** Returns the process exit code. Argument errors throw UsageError. */
  run: (args: string[], io: CliIO) => Promise<number>;
}

/** A mistake in how the command was called: printed with the command's usage, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export function nodeIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
  };
}
