import { call } from "../../api/client.js";
import type { ApiBody, ApiResponse } from "../../api/contract.js";

export type RoundInput = ApiBody<"/api/orgs/{slug}/pool/rounds", "post">;
export type RoundTracking = ApiResponse<"/api/orgs/{slug}/pool/rounds/{roundId}">;
export type FrameInput = ApiBody<"/api/orgs/{slug}/pool/rounds/{roundId}/frame", "post">;
export type SignUpList = ApiResponse<"/api/orgs/{slug}/pool/rounds/{roundId}/signups">;

/** The staff calls for population-register recruitment rounds. */
export const roundEndpoints = {
  rounds: (slug: string) => call("get", "/api/orgs/{slug}/pool/rounds", { params: { slug } }),
  create: (slug: string, json: RoundInput) =>
    call("post", "/api/orgs/{slug}/pool/rounds", { params: { slug }, json }),
  round: (slug: string, roundId: string) =>
    call("get", "/api/orgs/{slug}/pool/rounds/{roundId}", { params: { slug, roundId } }),
  importFrame: (slug: string, roundId: string, json: FrameInput) =>
    call("post", "/api/orgs/{slug}/pool/rounds/{roundId}/frame", {
      params: { slug, roundId },
      json,
    }),
  draw: (slug: string, roundId: string) =>
    call("post", "/api/orgs/{slug}/pool/rounds/{roundId}/draw", { params: { slug, roundId } }),
  signUps: (slug: string, roundId: string) =>
    call("get", "/api/orgs/{slug}/pool/rounds/{roundId}/signups", { params: { slug, roundId } }),
  mark: (slug: string, roundId: string, personIds: string[], outcome: "selected" | "attended") =>
    call("post", "/api/orgs/{slug}/pool/rounds/{roundId}/outcomes", {
      params: { slug, roundId },
      json: { personIds, outcome },
    }),
};

/** Where a round's letters PDF or printing-house CSV downloads (a plain link; the read is logged). */
export function roundFileUrl(
  slug: string,
  roundId: string,
  file: "letters.pdf" | "printing-house.csv",
) {
  return `/api/orgs/${encodeURIComponent(slug)}/pool/rounds/${roundId}/files/${file}`;
}

/** A file's bytes as base64, as the frame import takes it. */
export async function fileAsBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
