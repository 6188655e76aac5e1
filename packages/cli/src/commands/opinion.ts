import type { CliCommand } from "../command.js";

// Filled in by the opinion work (see the issue for `kuulo opinion …`).
export const opinionCommands: CliCommand[] = [];
