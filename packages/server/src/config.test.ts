import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.js";

describe("configuration", () => {
  it("has working defaults for a local start", () => {
    const config = parseConfig({});
    expect(config.port).toBe(3000);
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe("./data");
    expect(config.devOutbox).toBe(true);
    expect(config.secureCookies).toBe(false);
  });

  it("names the variable that is wrong and what it got", () => {
    expect(() => parseConfig({ PORT: "eighty" })).toThrow(/PORT: .*\(got "eighty"\)/);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL: must be a postgres/,
    );
    expect(() => parseConfig({ KUULO_DEMO: "maybe" })).toThrow(/KUULO_DEMO: must be true or false/);
    expect(() => parseConfig({ VOTE_SHED_LAG_MS: "0" })).toThrow(/VOTE_SHED_LAG_MS: .*\(got "0"\)/);
    expect(parseConfig({ VOTE_SHED_LAG_MS: "80" }).voteShedLagMs).toBe(80);
  });

  it("reads how long juries keep their members' contact data: 90 days unless set, whole days", () => {
    expect(parseConfig({}).juryContactRetentionDays).toBe(90);
    expect(parseConfig({ JURY_CONTACT_RETENTION_DAYS: "30" }).juryContactRetentionDays).toBe(30);
    expect(() => parseConfig({ JURY_CONTACT_RETENTION_DAYS: "-1" })).toThrow(
      /JURY_CONTACT_RETENTION_DAYS: .*\(got "-1"\)/,
    );
    expect(() => parseConfig({ JURY_CONTACT_RETENTION_DAYS: "1.5" })).toThrow(
      /JURY_CONTACT_RETENTION_DAYS/,
    );
  });

  it("reads the data encryption key as hex or base64, and refuses a wrong one without repeating it", () => {
    expect(parseConfig({}).dataEncryptionKey).toBeUndefined();
    const key = parseConfig({ DATA_ENCRYPTION_KEY: "ab".repeat(32) }).dataEncryptionKey;
    expect(key).toEqual(Buffer.alloc(32, 0xab));
    expect(
      parseConfig({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") })
        .dataEncryptionKey,
    ).toEqual(Buffer.alloc(32, 1));
    let message = "";
    try {
      parseConfig({ DATA_ENCRYPTION_KEY: "salainen-mutta-liian-lyhyt" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/DATA_ENCRYPTION_KEY: must be 32 bytes/);
    expect(message).not.toContain("salainen");
  });

  it("reads the language model's settings: both or neither, an http(s) URL, the key never echoed", () => {
    expect(parseConfig({}).llm).toBeUndefined();
    expect(
      parseConfig({
        LLM_BASE_URL: "https://llm.example.fi/v1/",
        LLM_MODEL: "malli",
        LLM_API_KEY: "salainen",
      }).llm,
    ).toEqual({ baseUrl: "https://llm.example.fi/v1", model: "malli", apiKey: "salainen" });
    expect(() => parseConfig({ LLM_BASE_URL: "https://llm.example.fi/v1" })).toThrow(
      /LLM_BASE_URL, LLM_MODEL: give both/,
    );
    expect(() => parseConfig({ LLM_BASE_URL: "ftp://llm.example.fi", LLM_MODEL: "m" })).toThrow(
      /LLM_BASE_URL: must be an http\(s\) URL/,
    );
    let message = "";
    try {
      parseConfig({ LLM_API_KEY: "x".repeat(501) });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("LLM_API_KEY");
    expect(message).not.toContain("xxxx");
  });

  it("lists every invalid variable at once", () => {
    try {
      parseConfig({ PORT: "-1", SESSION_HOURS: "0" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/SESSION_HOURS/);
    }
  });

  it("requires SMTP on a public address, so the open dev outbox is never used in production", () => {
    expect(() => parseConfig({ PUBLIC_URL: "https://kuulo.example.fi" })).toThrow(
      /SMTP_URL: is required/,
    );
    const config = parseConfig({
      PUBLIC_URL: "https://kuulo.example.fi/",
      SMTP_URL: "smtp://mail:25",
    });
    expect(config.publicUrl).toBe("https://kuulo.example.fi");
    expect(config.secureCookies).toBe(true);
    expect(config.devOutbox).toBe(false);
  });

  it("turns the development outbox on only for a loopback bind with a localhost PUBLIC_URL", () => {
    expect(parseConfig({ HOST: "::1" }).devOutbox).toBe(true);
    expect(parseConfig({ HOST: "localhost", PUBLIC_URL: "http://127.0.0.1:3000" }).devOutbox).toBe(
      true,
    );
    // Reachable from the network with PUBLIC_URL unset: the open outbox would leak sign-in links.
    expect(() => parseConfig({ HOST: "0.0.0.0" })).toThrow(/SMTP_URL: is required/);
    expect(() => parseConfig({ HOST: "192.168.1.20" })).toThrow(/SMTP_URL: is required/);
    expect(() => parseConfig({ HOST: "0.0.0.0", DEV_OUTBOX: "true" })).toThrow(
      /DEV_OUTBOX: .*loopback/,
    );
    expect(() =>
      parseConfig({ PUBLIC_URL: "https://kuulo.example.fi", DEV_OUTBOX: "true" }),
    ).toThrow(/DEV_OUTBOX: .*loopback/);
    const withSmtp = parseConfig({ HOST: "0.0.0.0", SMTP_URL: "smtp://mail:25" });
    expect(withSmtp.devOutbox).toBe(false);
  });
});
