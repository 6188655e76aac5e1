import { type CliCommand, type CliIO, nodeIO, UsageError } from "./command.js";
import { allCommands } from "./commands/index.js";

function overview(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: kuulo <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `kuulo <command> --help` for the options of one command.",
    "",
  ].join("\n");
}

/** Picks the command whose words match the start of argv, preferring the longest match. */
export function findCommand(
  commands: CliCommand[],
  argv: string[],
): { command: CliCommand; rest: string[] } | undefined {
  let best: { command: CliCommand; rest: string[] } | undefined;
  for (const command of commands) {
    const words = command.name.split(" ");
    const matches = words.every((word, i) => argv[i] === word);
    if (matches && (!best || words.length > best.command.name.split(" ").length)) {
      best = { command, rest: argv.slice(words.length) };
    }
  }
  return best;
}

/** node:util parseArgs's errors (unknown option, missing value, stray argument) are usage errors. */
function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}

export async function main(
  argv: string[],
  io: CliIO = nodeIO(),
  commands: CliCommand[] = allCommands,
): Promise<number> {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    io.stdout(overview(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.stderr(`kuulo: unknown command "${argv.join(" ")}"\n\n${overview(commands)}`);
    return 2;
  }
  if (found.rest.includes("--help") || found.rest.includes("-h")) {
    io.stdout(`${found.command.help.trimEnd()}\n`);
    return 0;
  }
  try {
    return await found.command.run(found.rest, io);
  } catch (error) {
    if (error instanceof UsageError || isArgumentError(error)) {
      io.stderr(
        `kuulo ${found.command.name}: ${error.message}\n\n${found.command.help.trimEnd()}\n`,
      );
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`kuulo ${found.command.name}: ${message}\n`);
    return 1;
  }
}
