import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";
import { queuedSms, type SmsSender } from "./sms.js";

/** The pool's per-process services: the sealer of contact data, and how SMS go out. */
export interface PoolServices {
  sealer: Sealer;
  /** Text messages go to the messaging module's SMS queue. */
  sms: SmsSender;
}

export function createPoolServices({ config, database }: ModuleSetup): PoolServices {
  const sealer = config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER;
  return { sealer, sms: queuedSms(database.db, sealer) };
}
