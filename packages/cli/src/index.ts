export { main, findCommand } from "./main.js";
export type { CliCommand, CliIO } from "./command.js";
export { UsageError } from "./command.js";
