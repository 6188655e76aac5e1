import type { Server } from "node:http";
import { type AddressInfo, createServer } from "node:net";
import Provider from "oidc-provider";

/**
 * Test helpers: a real OpenID Connect provider (oidc-provider) on loopback, and a "browser" that
 * signs in at it. The login name typed at the provider's development form becomes the email
 * address it vouches for, so a test can make a provider claim any address it likes.
 */

export const CALLBACK = "http://localhost:3000/api/auth/oidc/callback";

export async function startProvider(): Promise<{ issuer: string; close: () => Promise<void> }> {
  const holder: { server?: Server } = {};
  const port = await new Promise<number>((resolve) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const p = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(p));
    });
  });
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: "kuulo",
        client_secret: "kuulo-secret",
        redirect_uris: [CALLBACK],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    // The "account id" typed at the login form is used as the email address.
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: !sub.startsWith("unverified") }),
    }),
    features: { devInteractions: { enabled: true } },
  });
  holder.server = provider.listen(port, "127.0.0.1");
  await new Promise((resolve) => holder.server!.once("listening", resolve));
  return {
    issuer,
    close: () =>
      new Promise((resolve) => {
        holder.server!.close(() => resolve());
        holder.server!.closeAllConnections();
      }),
  };
}

/** Follows the provider's redirects and dev forms like a browser, until it redirects to Kuulo. */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const store = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!.trim(), value.join("="));
    }
  };
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  let url = authorizationUrl;
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(CALLBACK)) return new URL(url);
    const response = await fetch(url, {
      method: form ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: cookieHeader(),
        ...(form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      ...(form ? { body: form.toString() } : {}),
    });
    store(response);
    form = undefined;
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get("location")!, url).href;
      continue;
    }
    const html = await response.text();
    if (html.includes('name="login"'))
      form = new URLSearchParams({ prompt: "login", login, password: "x" });
    else if (html.includes('value="consent"')) form = new URLSearchParams({ prompt: "consent" });
    else throw new Error(`unexpected provider page (${response.status}): ${html.slice(0, 300)}`);
  }
  throw new Error("too many steps at the provider");
}
