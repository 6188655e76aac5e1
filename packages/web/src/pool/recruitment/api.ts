import { call } from "../../api/client.js";
import type { ApiBody, ApiResponse } from "../../api/contract.js";

export type SignUpForm = ApiResponse<"/api/orgs/{slug}/pool/signup/code", "post">;
export type SignUpInput = ApiBody<"/api/orgs/{slug}/pool/signup", "post">;

/** The residents' sign-up calls (no cookie, so no CSRF token). */
export const recruitmentEndpoints = {
  openCode: (slug: string, code: string) =>
    call("post", "/api/orgs/{slug}/pool/signup/code", {
      params: { slug },
      json: { code },
      csrf: false,
    }),
  signUp: (slug: string, json: SignUpInput) =>
    call("post", "/api/orgs/{slug}/pool/signup", { params: { slug }, json, csrf: false }),
};
