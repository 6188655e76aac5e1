import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type CampaignDetail = ApiResponse<"/api/orgs/{slug}/phone/campaigns/{campaignId}">;
export type CampaignInput = ApiBody<"/api/orgs/{slug}/phone/campaigns", "post">;
export type Dashboard = ApiResponse<"/api/orgs/{slug}/phone/campaigns/{campaignId}/dashboard">;
export type PromptList = ApiResponse<"/api/orgs/{slug}/phone/campaigns/{campaignId}/prompts">;

/** Staff calls of the phone module. */
export const phoneEndpoints = {
  list: (slug: string) => call("get", "/api/orgs/{slug}/phone/campaigns", { params: { slug } }),
  create: (slug: string, json: CampaignInput) =>
    call("post", "/api/orgs/{slug}/phone/campaigns", { params: { slug }, json }),
  campaign: (slug: string, campaignId: string) =>
    call("get", "/api/orgs/{slug}/phone/campaigns/{campaignId}", {
      params: { slug, campaignId },
    }),
  status: (slug: string, campaignId: string, status: CampaignDetail["status"]) =>
    call("post", "/api/orgs/{slug}/phone/campaigns/{campaignId}/status", {
      params: { slug, campaignId },
      json: { status },
    }),
  upload: (slug: string, campaignId: string, file: string, consentBasis: string) =>
    call("post", "/api/orgs/{slug}/phone/campaigns/{campaignId}/numbers", {
      params: { slug, campaignId },
      json: { file, consentBasis },
    }),
  pool: (slug: string, campaignId: string) =>
    call("post", "/api/orgs/{slug}/phone/campaigns/{campaignId}/numbers/pool", {
      params: { slug, campaignId },
    }),
  dashboard: (slug: string, campaignId: string) =>
    call("get", "/api/orgs/{slug}/phone/campaigns/{campaignId}/dashboard", {
      params: { slug, campaignId },
    }),
  prompts: (slug: string, campaignId: string) =>
    call("get", "/api/orgs/{slug}/phone/campaigns/{campaignId}/prompts", {
      params: { slug, campaignId },
    }),
  render: (slug: string, campaignId: string) =>
    call("post", "/api/orgs/{slug}/phone/campaigns/{campaignId}/prompts/render", {
      params: { slug, campaignId },
    }),
};

/** A file's bytes as base64 (uploads travel in JSON). */
export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
