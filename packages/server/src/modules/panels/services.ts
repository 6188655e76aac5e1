import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";

/** The panels module's per-process services: the sealer of candidates' contact data. */
export interface PanelServices {
  sealer: Sealer;
}

export function createPanelServices({ config }: ModuleSetup): PanelServices {
  return { sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER };
}
