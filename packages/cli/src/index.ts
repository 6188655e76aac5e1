export type { CliCommand, CliIO } from "./command.js";
export { UsageError } from "./command.js";
export { findCommand, main } from "./main.js";
