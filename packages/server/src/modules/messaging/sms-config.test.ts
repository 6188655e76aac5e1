import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../../config.js";

const base = { PORT: "3000" };
const secret = "kuulo-callback-secret-0123456789";

describe("SMS configuration", () => {
  it("sends no SMS by default, and uses each provider's real API address", () => {
    expect(parseConfig(base).sms).toMatchObject({ provider: "none", sender: "Kuulo" });
    expect(
      parseConfig({
        ...base,
        SMS_PROVIDER: "46elks",
        SMS_API_USERNAME: "u1",
        SMS_API_PASSWORD: "p1",
        SMS_CALLBACK_SECRET: secret,
      }).sms.apiUrl,
    ).toBe("https://api.46elks.com/a1");
    expect(
      parseConfig({
        ...base,
        SMS_PROVIDER: "gatewayapi",
        SMS_API_TOKEN: "t1",
        SMS_CALLBACK_SECRET: secret,
        SMS_API_URL: "https://gatewayapi.eu/rest/",
      }).sms.apiUrl,
    ).toBe("https://gatewayapi.eu/rest");
  });

  it("names each missing credential of the chosen provider", () => {
    expect(() => parseConfig({ ...base, SMS_PROVIDER: "46elks", SMS_API_USERNAME: "u1" })).toThrow(
      /SMS_API_PASSWORD: is required with SMS_PROVIDER=46elks\n {2}SMS_CALLBACK_SECRET/,
    );
    expect(() => parseConfig({ ...base, SMS_PROVIDER: "gatewayapi" })).toThrow(ConfigError);
  });

  it("refuses a short callback secret, an unknown provider and a too long sender name", () => {
    expect(() => parseConfig({ ...base, SMS_CALLBACK_SECRET: "lyhyt" })).toThrow(
      /SMS_CALLBACK_SECRET/,
    );
    expect(() => parseConfig({ ...base, SMS_PROVIDER: "twilio" })).toThrow(/SMS_PROVIDER/);
    expect(() => parseConfig({ ...base, SMS_SENDER: "Hyvinvointialue" })).toThrow(/SMS_SENDER/);
    expect(parseConfig({ ...base, SMS_SENDER: "+358401110000" }).sms.sender).toBe("+358401110000");
  });
});
