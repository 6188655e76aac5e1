import type { PhoneFlow } from "@kuulo/phone";
import { type FakeProvider, startFakeProvider } from "@kuulo/phone/fake";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { createSealer, NO_SEALER, type Sealer } from "../../db/sealed.js";
import type { ModuleSetup } from "../define.js";
import { campaignFlow } from "./campaigns.js";
import type { PhoneCampaign, PhoneLanguage } from "./schema.js";

/** The fake provider's account (a local stand-in, not a secret). */
export const FAKE_TWILIO = { accountSid: "ACkuulofake", authToken: "kuulo-fake-provider" };

/**
 * The phone module's per-process services: the sealer of numbers, the flows built from frozen
 * survey versions (kept: a version never changes), and the in-process fake provider (started
 * the first time a fake campaign places a call when PHONE_FAKE_URL names none).
 */
export interface PhoneServices {
  sealer: Sealer;
  flow: (db: Db, campaign: PhoneCampaign, language: PhoneLanguage) => Promise<PhoneFlow>;
  /** The fake provider's base URL (starting the in-process one when needed). */
  fakeUrl: () => Promise<string>;
  /** The in-process fake provider, when one was started (tests set its scripts). */
  fake: () => FakeProvider | undefined;
  close: () => Promise<void>;
}

export function createPhoneServicesFor(config: Config): PhoneServices {
  const flows = new Map<string, Promise<PhoneFlow>>();
  let fake: Promise<FakeProvider> | undefined;
  let started: FakeProvider | undefined;
  return {
    sealer: config.dataEncryptionKey ? createSealer(config.dataEncryptionKey) : NO_SEALER,
    flow: (db, campaign, language) => {
      const key = `${campaign.versionId}\u0000${language}\u0000${campaign.rate}\u0000${campaign.caller}`;
      let flow = flows.get(key);
      if (!flow) {
        flow = campaignFlow(db, campaign, language);
        flow.catch(() => flows.delete(key));
        if (flows.size > 200) flows.clear();
        flows.set(key, flow);
      }
      return flow;
    },
    fakeUrl: async () => {
      if (config.phone.fakeUrl) return config.phone.fakeUrl;
      fake ??= startFakeProvider({ twilio: FAKE_TWILIO }).then((f) => {
        started = f;
        return f;
      });
      return (await fake).url;
    },
    fake: () => started,
    close: async () => {
      if (fake) await (await fake).close();
    },
  };
}

export function createPhoneServices({ config }: ModuleSetup): PhoneServices {
  return createPhoneServicesFor(config);
}
