import type { CliCommand } from "../command.js";

// Filled in by the text work (see the issue for `kuulo text …`).
export const textCommands: CliCommand[] = [];
