import { call, setCsrfToken } from "./client.js";
import type { ApiBody } from "./contract.js";
import { ApiError } from "./problem.js";
import type { Me } from "./types.js";

/** The calls every part of the app makes: organizations, the session, sign-in and sign-out. */
export const endpoints = {
  orgs: () => call("get", "/api/orgs"),
  org: (slug: string) => call("get", "/api/orgs/{slug}", { params: { slug } }),
  me: async (): Promise<Me | null> => {
    try {
      const me = await call("get", "/api/me");
      setCsrfToken(me.csrfToken);
      return me;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  requestSignInLink: (json: ApiBody<"/api/auth/sign-in-link", "post">) =>
    call("post", "/api/auth/sign-in-link", { json }),
  signIn: async (token: string) => {
    const me = await call("post", "/api/auth/sign-in", { json: { token } });
    setCsrfToken(me.csrfToken);
    return me;
  },
  signOut: async () => {
    await call("post", "/api/auth/sign-out");
    setCsrfToken(null);
  },
};
