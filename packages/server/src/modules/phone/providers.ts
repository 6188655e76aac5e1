import {
  elksPlaceCall,
  elksWebhookUrl,
  type HttpRequest,
  type Prompt,
  twilioPlaceCall,
} from "@kuulo/phone";
import type { Config } from "../../config.js";
import { type OutboundPolicy, outboundFetch } from "../../net/outbound.js";
import type { PhoneCampaign } from "./schema.js";
import { FAKE_TWILIO, type PhoneServices } from "./services.js";

/**
 * Placing a call with the campaign's provider, and the webhook URLs the provider calls back
 * (under PUBLIC_URL: Twilio signs the exact URL it calls). The fake provider speaks Twilio's
 * wire format with its own local account.
 */

export type WireFormat = "twilio" | "46elks";

export const wireFormat = (campaign: PhoneCampaign): WireFormat =>
  campaign.provider === "46elks" ? "46elks" : "twilio";

/** The Twilio account that signs a campaign's callbacks (the fake's for fake campaigns). */
export function twilioAccount(config: Config, campaign: PhoneCampaign) {
  return campaign.provider === "fake" ? FAKE_TWILIO : config.phone.twilio;
}

export function webhookUrls(publicUrl: string, campaign: PhoneCampaign, callId: string) {
  const base = `${publicUrl}/api/phone`;
  if (wireFormat(campaign) === "46elks") {
    const url = (what: string, params: Record<string, string> = {}) =>
      elksWebhookUrl(`${base}/elks/${callId}/${what}`, campaign.webhookToken, params);
    return {
      start: url("start"),
      end: url("hangup"),
      next: (turn: number) => url("next", { turn: String(turn) }),
    };
  }
  return {
    start: `${base}/twilio/${callId}/start`,
    end: `${base}/twilio/${callId}/status`,
    next: (turn: number) => `${base}/twilio/${callId}/gather?turn=${turn}`,
  };
}

export class ProviderNotConfigured extends Error {
  override name = "ProviderNotConfigured";
}

/** Places one call; returns the provider's call id. Throws on a refused or failed request. */
export async function placeCall(
  config: Config,
  services: PhoneServices,
  options: { campaign: PhoneCampaign; callId: string; to: string },
): Promise<string> {
  const { campaign } = options;
  const urls = webhookUrls(config.publicUrl, campaign, options.callId);
  let request: HttpRequest;
  let policy: OutboundPolicy = config.outbound;
  if (campaign.provider === "46elks") {
    const elks = config.phone.elks;
    if (!elks) throw new ProviderNotConfigured("46elks is not configured (PHONE_ELKS_USERNAME)");
    request = elksPlaceCall({
      ...elks,
      api: elks.apiUrl,
      from: campaign.callingNumber,
      to: options.to,
      voiceStart: urls.start,
      whenHangup: urls.end,
      timeout: 45,
    });
  } else {
    const account = twilioAccount(config, campaign);
    if (!account)
      throw new ProviderNotConfigured("Twilio is not configured (PHONE_TWILIO_ACCOUNT_SID)");
    let api = config.phone.twilio?.apiUrl;
    if (campaign.provider === "fake") {
      const fakeUrl = await services.fakeUrl();
      api = `${fakeUrl}/2010-04-01`;
      // The fake runs on this machine on purpose: its own origin is allowed, nothing else.
      const origin = new URL(fakeUrl);
      policy = {
        allow: [
          ...config.outbound.allow,
          {
            protocol: origin.protocol as "http:" | "https:",
            hostname: origin.hostname,
            port: origin.port,
          },
        ],
      };
    }
    request = twilioPlaceCall({
      ...account,
      ...(api ? { api } : {}),
      from: campaign.callingNumber,
      to: options.to,
      url: urls.start,
      statusCallback: urls.end,
      machineDetection: campaign.machineDetection,
      timeout: 45,
    });
  }
  const response = await outboundFetch(policy, { timeoutMs: 15_000 })(request.url, {
    method: "POST",
    headers: request.headers,
    body: request.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`the provider answered ${response.status}`);
  const body = JSON.parse(text) as { sid?: string; id?: string };
  const id = body.sid ?? body.id;
  if (!id) throw new Error("the provider gave no call id");
  return id;
}

/** A prompt's audio URL for the provider (signed; see prompts.ts). */
export type AudioUrl = (prompt: Prompt) => string;
