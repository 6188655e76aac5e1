import type { CliCommand } from "../command.js";

// serve, migrate, demo, org create, user add — filled in with the server.
export const platformCommands: CliCommand[] = [];
