import type { CliCommand } from "../command.js";

// Filled in by the select work (see the issue for `kuulo select …`).
export const selectCommands: CliCommand[] = [];
