import { eq } from "drizzle-orm";
import { createTestApp, type TestApp } from "../../test-app.js";
import { smsMessages } from "./schema.js";
import { type FakeSmsOptions, startFakeSmsProvider } from "./sms-testing.js";

/** Test helpers for the SMS tests: an app whose provider is the fake, listening on loopback. */

export const SECRET = "kuulo-callback-secret-0123456789";
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSmsTestApp(provider: "46elks" | "gatewayapi") {
  const options: FakeSmsOptions = {
    elks: { username: "u1234567890abcdef", password: "elks-salasana" },
    gatewayapi: { token: "gwapi-token-abc", secret: SECRET },
  };
  const fake = await startFakeSmsProvider(options);
  const t = await createTestApp({
    SMS_PROVIDER: provider,
    SMS_API_URL: `${fake.url}${provider === "46elks" ? "/a1" : "/rest"}`,
    SMS_API_USERNAME: "u1234567890abcdef",
    SMS_API_PASSWORD: "elks-salasana",
    SMS_API_TOKEN: "gwapi-token-abc",
    SMS_SENDER: "Kuulo",
    SMS_CALLBACK_SECRET: SECRET,
    SMS_RETRY_SECONDS: "0.2",
    OUTBOUND_URL_ALLOW: "http://127.0.0.1:*",
  });
  // The provider posts its callbacks to PUBLIC_URL; here that is the app listening on loopback.
  options.forwardTo = await t.app.listen({ port: 0, host: "127.0.0.1" });
  const own = await t.createOrg("oma-kunta");
  const other = await t.createOrg("muu-kunta");
  return { fake, t, own, other };
}

export async function message(t: TestApp, id: number) {
  const [row] = await t.database.db.select().from(smsMessages).where(eq(smsMessages.id, id));
  return row!;
}
