import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { startIntervalWorker } from "../../jobs/interval.js";
import type { ModuleWorker } from "../define.js";
import { queueDueNotices } from "./notice.js";
import { renderPendingPrompts } from "./prompts.js";
import { ProviderNotConfigured, placeCall } from "./providers.js";
import {
  type Claimed,
  claimDueCalls,
  closeStuckCalls,
  closeUnplaced,
  markPlaced,
  suppressed,
} from "./scheduler.js";
import type { PhoneCampaign, PhoneNumber } from "./schema.js";
import type { PhoneServices } from "./services.js";

export interface PassResult {
  placed: number;
  suppressed: number;
  failed: number;
  timedOut: number;
  /** SMS notices queued this pass (notice.ts). */
  notices: number;
}

/**
 * One pass of the phone worker: close stuck attempts, render prompts waiting to be rendered,
 * queue the SMS notices due (notice.ts), claim the due calls and place them with the providers (all at once, within the caps).
 */
export async function phonePass(
  db: Db,
  config: Config,
  services: PhoneServices,
  options: { now?: Date; campaignId?: string; onError?: (error: unknown) => void } = {},
): Promise<PassResult> {
  const now = options.now ?? new Date();
  const deps = callbackDeps(services, now);
  const timedOut = await closeStuckCalls(db, deps, {
    now,
    timeoutMinutes: config.phone.callTimeoutMinutes,
  });
  await renderPendingPrompts(db, services, { onError: options.onError });
  const notices = await queueDueNotices(db, services.sealer, {
    now,
    leadHours: config.phone.noticeLeadHours,
    ...(options.campaignId ? { campaignId: options.campaignId } : {}),
  });
  const claimed = await claimDueCalls(db, {
    now,
    ...(options.campaignId ? { campaignId: options.campaignId } : {}),
  });
  const result: PassResult = {
    placed: 0,
    suppressed: notices.suppressed,
    failed: 0,
    timedOut,
    notices: notices.queued,
  };
  await Promise.all(
    claimed.map(async (c) => {
      const outcome = await place(db, config, services, c, options.onError);
      result[outcome]++;
    }),
  );
  return result;
}

async function place(
  db: Db,
  config: Config,
  services: PhoneServices,
  claimed: Claimed,
  onError?: (error: unknown) => void,
): Promise<"placed" | "suppressed" | "failed"> {
  const to = services.sealer.open(claimed.number.numberSealed);
  if (await suppressed(db, claimed.campaign.organizationId, to)) {
    await closeUnplaced(db, claimed, "suppressed");
    return "suppressed";
  }
  try {
    const id = await placeCall(config, services, {
      campaign: claimed.campaign,
      callId: claimed.call.id,
      to,
    });
    await markPlaced(db, claimed.call.id, id);
    return "placed";
  } catch (error) {
    if (!(error instanceof ProviderNotConfigured)) onError?.(error);
    await closeUnplaced(db, claimed, "provider_error");
    return "failed";
  }
}

/** What the callbacks and the stuck-call closer need: the sealer and the flows. */
export function callbackDeps(services: PhoneServices, now?: Date) {
  return {
    sealer: services.sealer,
    flow: (db: Db, campaign: PhoneCampaign, number: PhoneNumber) =>
      services.flow(db, campaign, number.language),
    ...(now ? { now } : {}),
  };
}

/** The worker in a server process (PHONE_WORKER), every PHONE_INTERVAL_MS. */
export function startPhoneWorker(options: {
  db: Db;
  config: Config;
  services: PhoneServices;
  onError: (error: unknown) => void;
}): ModuleWorker {
  const worker = startIntervalWorker({
    intervalMs: options.config.phone.intervalMs,
    pass: () =>
      phonePass(options.db, options.config, options.services, { onError: options.onError }),
    onError: options.onError,
  });
  return { stop: worker.stop };
}
