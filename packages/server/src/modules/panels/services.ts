import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";

/**
 * The panels module's per-process services: the sealer of candidates' contact data and payment
 * details, and how many years payment details are kept (config PAYMENT_RETENTION_YEARS).
 */
export interface PanelServices {
  sealer: Sealer;
  paymentRetentionYears: number;
}

export function createPanelServices({ config }: ModuleSetup): PanelServices {
  return {
    sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER,
    paymentRetentionYears: config.paymentRetentionYears ?? 6,
  };
}
