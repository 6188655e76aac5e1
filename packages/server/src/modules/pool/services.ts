import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";
import { queueMail } from "../messaging/index.js";
import { createStubSms, type SmsSender } from "./sms.js";

/** The pool's per-process services: the sealer of contact data, and how SMS go out. */
export interface PoolServices {
  sealer: Sealer;
  /**
   * A stub until the SMS gateway is wired in: it keeps the messages, and with the development
   * outbox also shows them there (to the phone number, subject "SMS").
   */
  sms: SmsSender;
}

export function createPoolServices({ config, database }: ModuleSetup): PoolServices {
  return {
    sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER,
    sms: createStubSms(
      config.devOutbox
        ? (message) =>
            queueMail(database.db, {
              to: message.to,
              subject: "SMS",
              text: message.text,
              html: "",
            })
        : undefined,
    ),
  };
}
