import type { CliCommand } from "../command.js";
import { actionsCommands } from "./actions.js";
import { dvvCommands } from "./dvv.js";
import { dvvLettersCommands } from "./dvv-letters.js";
import { opinionCommands } from "./opinion.js";
import { paymentsCommands } from "./payments.js";
import { platformCommands } from "./platform.js";
import { representativenessCommands } from "./representativeness.js";
import { selectCommands } from "./select.js";
import { textCommands } from "./text.js";

export const allCommands: CliCommand[] = [
  ...platformCommands,
  ...opinionCommands,
  ...textCommands,
  ...selectCommands,
  ...representativenessCommands,
  ...dvvCommands,
  ...dvvLettersCommands,
  ...actionsCommands,
  ...paymentsCommands,
];
