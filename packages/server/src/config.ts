import { z } from "zod";
import { parseDataKey } from "./db/sealed.js";
import { type OutboundPolicy, parseOutboundAllow } from "./net/outbound.js";

/** The SMS provider settings (the messaging module's gateway reads them). */
export interface SmsConfig {
  provider: "none" | "46elks" | "gatewayapi";
  apiUrl: string;
  username: string | undefined;
  password: string | undefined;
  token: string | undefined;
  sender: string;
  callbackSecret: string | undefined;
  worker: boolean;
  maxAttempts: number;
  retrySeconds: number;
}

const SMS_API_URLS = {
  none: "",
  "46elks": "https://api.46elks.com/a1",
  gatewayapi: "https://gatewayapi.com/rest",
} as const;

/**
 * Kuulo's configuration, read once from the environment at start-up.
 * An invalid value stops start-up with a message that names the variable.
 * Every variable is listed, with its default, in the README.
 */

const boolFromEnv = z
  .enum(["1", "0", "true", "false", "yes", "no"], { message: "must be true or false" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  PUBLIC_URL: z
    .url({ message: "must be an absolute URL such as https://kuulo.example.fi" })
    .optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./data"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  SIGN_IN_LINK_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(5),
  SIGN_IN_RATE_WINDOW_MINUTES: z.coerce.number().positive().default(15),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Kuulo <no-reply@kuulo.localhost>"),
  DEV_OUTBOX: boolFromEnv.optional(),
  TRUST_PROXY: boolFromEnv.default(false),
  KUULO_DEMO: boolFromEnv.default(false),
  WEB_DIST: z.string().optional(),
  VOTE_RATE_LIMIT_PER_RESIDENT: z.coerce.number().int().positive().default(120),
  VOTE_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(6000),
  PARTICIPANT_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(100),
  STATEMENT_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(60),
  SURVEY_RATE_LIMIT_PER_ADDRESS: z.coerce.number().int().positive().default(300),
  PENDING_STATEMENTS_LIMIT: z.coerce.number().int().positive().default(500),
  SSE_CONNECTIONS_PER_ADDRESS: z.coerce.number().int().positive().default(50),
  SSE_CONNECTIONS_MAX: z.coerce.number().int().positive().default(5000),
  VOTE_QUEUE_LIMIT: z.coerce.number().int().positive().default(500),
  VOTE_SHED_LAG_MS: z.coerce.number().int().min(1).max(60_000).default(1000),
  MATH_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
  MATH_WORKER: boolFromEnv.default(true),
  OUTBOUND_URL_ALLOW: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseOutboundAllow(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  MAIL_WORKER: boolFromEnv.default(true),
  MAIL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(1000),
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  MAIL_RETRY_SECONDS: z.coerce.number().min(0).max(86_400).default(30),
  SMS_PROVIDER: z.enum(["none", "46elks", "gatewayapi"]).default("none"),
  SMS_API_URL: z.url({ message: "must be an absolute URL" }).optional(),
  SMS_API_USERNAME: z.string().optional(),
  SMS_API_PASSWORD: z.string().optional(),
  SMS_API_TOKEN: z.string().optional(),
  SMS_SENDER: z
    .string()
    .regex(
      /^([A-Za-z0-9 ]{1,11}|\+?\d{3,15})$/,
      "must be a name of at most 11 letters and digits, or a phone number",
    )
    .default("Kuulo"),
  SMS_CALLBACK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{24,200}$/, "must be 24 or more letters, digits, - or _")
    .optional(),
  SMS_WORKER: boolFromEnv.default(true),
  SMS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
  SMS_RETRY_SECONDS: z.coerce.number().min(0).max(86_400).default(30),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => parseDataKey(v) !== undefined, {
      message: "must be 32 bytes as 64 hex digits or base64 (e.g. openssl rand -hex 32)",
    })
    .optional(),
  POOL_WORKER: boolFromEnv.default(true),
  JURIES_WORKER: boolFromEnv.default(true),
  POOL_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(3_600_000),
  /** Years panelists' payment details are kept after the end of the year paid (Bookkeeping Act 2:10 §). */
  PAYMENT_RETENTION_YEARS: z.coerce.number().int().min(0).max(20).default(6),
  /** Days jurors' and guardians' contact data is kept after an online jury has finished. */
  JURY_CONTACT_RETENTION_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
  ACTIONS_WORKER: boolFromEnv.default(true),
  PHONE_WORKER: boolFromEnv.default(true),
  PHONE_INTERVAL_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  PHONE_CALL_TIMEOUT_MINUTES: z.coerce.number().min(1).max(240).default(30),
  PHONE_NOTICE_LEAD_HOURS: z.coerce.number().min(0).max(336).default(24),
  PHONE_TWILIO_ACCOUNT_SID: z.string().min(1).max(100).optional(),
  PHONE_TWILIO_AUTH_TOKEN: z.string().min(1).max(200).optional(),
  PHONE_TWILIO_API_URL: z.url().optional(),
  PHONE_ELKS_USERNAME: z.string().min(1).max(100).optional(),
  PHONE_ELKS_PASSWORD: z.string().min(1).max(200).optional(),
  PHONE_ELKS_API_URL: z.url().optional(),
  PHONE_FAKE_URL: z.url().optional(),
  ACTIONS_INTERVAL_MS: z.coerce.number().int().min(1000).max(86_400_000).default(600_000),
  LLM_BASE_URL: z
    .url({
      protocol: /^https?$/,
      message: "must be an http(s) URL such as https://llm.example.fi/v1",
    })
    .optional(),
  LLM_MODEL: z.string().min(1).max(200).optional(),
  LLM_API_KEY: z.string().min(1).max(500).optional(),
});

export interface Config {
  port: number;
  host: string;
  /** Base URL that links in mails point to. */
  publicUrl: string;
  /** PostgreSQL server URL; absent means the embedded PGlite database in dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  sessionHours: number;
  signInLinkMinutes: number;
  signInRateLimit: number;
  signInRateWindowMinutes: number;
  bodyLimitBytes: number;
  /** SMTP server URL; absent means mails go to the development outbox. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Without SMTP, keep mails in the development outbox (readable by anyone: local use only). */
  devOutbox: boolean;
  trustProxy: boolean;
  /** Seed the demo county on first start. */
  demo: boolean;
  /** Folder of the built web app; default packages/web/dist. */
  webDist: string | undefined;
  /** Votes per minute from one resident, and from one client address (a school class shares one). */
  voteRateLimitPerResident: number;
  voteRateLimitPerAddress: number;
  /** New participants per 10 minutes from one client address (across processes). */
  participantRateLimitPerAddress: number;
  /** Residents' statements per 10 minutes from one client address (across processes). */
  statementRateLimitPerAddress: number;
  /** Survey responses started per 10 minutes from one client address, or one kiosk (across processes). */
  surveyRateLimitPerAddress: number;
  /** Statements waiting for moderation in one conversation; beyond it new ones are refused. */
  pendingStatementsLimit: number;
  /** Live-update (SSE) connections per client address, and in all, per server process. */
  sseConnectionsPerAddress: number;
  sseConnectionsMax: number;
  /** Vote requests taken in at once by this process; beyond it votes get 503 with Retry-After at once. */
  voteQueueLimit: number;
  /** Event-loop lag (ms) beyond which residents' votes and statements get 503 with Retry-After at once. */
  voteShedLagMs: number;
  /** How often the math worker looks for conversations with new votes (the debounce). */
  mathIntervalMs: number;
  /** Run the math worker in this process. */
  mathWorker: boolean;
  /**
   * What the server may call out to (OIDC providers, LLM endpoints …): public https addresses,
   * plus the origins in OUTBOUND_URL_ALLOW.
   */
  outbound: OutboundPolicy;
  /** Run the mail worker (sends the queued mail) in this process. */
  mailWorker: boolean;
  /** How often the mail worker looks for due mail. */
  mailIntervalMs: number;
  /** Attempts per mail before it is given up as failed. */
  mailMaxAttempts: number;
  /** Wait before the second attempt at a mail; doubles with every further attempt. */
  mailRetrySeconds: number;
  /** The SMS gateway: provider, credentials, sender, callback secret, worker. */
  sms: SmsConfig;
  /** Cookies get the Secure flag when the public URL is https. */
  secureCookies: boolean;
  /**
   * The key that seals sensitive values at rest (db/sealed.ts). Absent: server.ts uses the key
   * file in DATA_DIR, made on first start.
   */
  dataEncryptionKey: Buffer | undefined;
  /** Run the resident pool's retention job in this process, and how often. */
  poolWorker: boolean;
  /** Run the juries' digest worker (daily digests of new activity) in this process. */
  juriesWorker: boolean;
  poolIntervalMs: number;
  /**
   * Panelists' payment details are deleted at the end of the calendar year this many years after
   * the year they were given or last paid on (PAYMENT_RETENTION_YEARS, default 6: the
   * Bookkeeping Act's six years for vouchers). The pool's retention worker setting runs the job.
   */
  paymentRetentionYears: number;
  /**
   * Online juries' members' contact data (email, phone, name; a guardian's contact) is erased
   * this many days after the jury has finished (JURY_CONTACT_RETENTION_DAYS, default 90); the
   * juries' worker setting runs the job.
   */
  juryContactRetentionDays: number;
  /** Send action tables' change notices and owners' reminders in this process, and how often. */
  actionsWorker: boolean;
  actionsIntervalMs: number;
  /**
   * The county's OpenAI-compatible language model for theme summaries (LLM_BASE_URL,
   * LLM_MODEL, LLM_API_KEY); absent: nothing is ever sent to a model. Calls go through
   * `outbound` like every other outbound URL.
   */
  llm: { baseUrl: string; model: string; apiKey: string | undefined } | undefined;
  /** Robot phone calls (modules/phone): the providers' accounts, the scheduler. */
  phone: PhoneConfig;
}

/**
 * The telephony providers' accounts (absent: campaigns with that provider cannot start), the
 * fake provider's address (a running `@kuulo/phone/fake`; absent: the server starts one in
 * process when a fake campaign runs), and the scheduler's interval and stuck-call timeout.
 */
export interface PhoneConfig {
  worker: boolean;
  intervalMs: number;
  callTimeoutMinutes: number;
  /** With a campaign's SMS notice: the first call waits at least this long after the notice. */
  noticeLeadHours: number;
  twilio: { accountSid: string; authToken: string; apiUrl: string } | undefined;
  elks: { username: string; password: string; apiUrl: string } | undefined;
  fakeUrl: string | undefined;
}

/** 127.0.0.0/8, ::1 and localhost: addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/** Variables whose values an error message must not repeat. */
const SECRETS = new Set([
  "DATA_ENCRYPTION_KEY",
  "LLM_API_KEY",
  "PHONE_TWILIO_AUTH_TOKEN",
  "PHONE_ELKS_PASSWORD",
]);

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? "environment");
      // A secret is never repeated into the log.
      const got = variable in cleaned && !SECRETS.has(variable);
      return `  ${variable}: ${issue.message}${got ? ` (got "${cleaned[variable]}")` : ""}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = result.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, "");
  // The development outbox is readable by anyone who reaches the server, so it is only ever on
  // for a server that nobody else can reach: bound to loopback and linked as localhost.
  const local =
    /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/.test(publicUrl) &&
    isLoopbackHost(e.HOST);
  if (e.DEV_OUTBOX === true && !e.SMTP_URL && !local) {
    throw new ConfigError(
      "Invalid configuration:\n  DEV_OUTBOX: the unauthenticated development outbox needs HOST " +
        "to be a loopback address (127.0.0.1, ::1, localhost) and PUBLIC_URL a localhost address " +
        `(got HOST "${e.HOST}", PUBLIC_URL "${publicUrl}"); configure SMTP_URL instead`,
    );
  }
  const devOutbox = !e.SMTP_URL && (e.DEV_OUTBOX ?? local);
  if (!e.SMTP_URL && !devOutbox) {
    throw new ConfigError(
      "Invalid configuration:\n  SMTP_URL: is required unless Kuulo listens only on loopback " +
        "(HOST 127.0.0.1, ::1 or localhost) with a localhost PUBLIC_URL, because without SMTP " +
        "mails would be shown on the unauthenticated development outbox",
    );
  }
  const missing = (
    e.SMS_PROVIDER === "46elks"
      ? (["SMS_API_USERNAME", "SMS_API_PASSWORD", "SMS_CALLBACK_SECRET"] as const)
      : e.SMS_PROVIDER === "gatewayapi"
        ? (["SMS_API_TOKEN", "SMS_CALLBACK_SECRET"] as const)
        : []
  ).filter((name) => !e[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n${missing
        .map((name) => `  ${name}: is required with SMS_PROVIDER=${e.SMS_PROVIDER}`)
        .join("\n")}`,
    );
  }
  for (const [a, b] of [
    ["PHONE_TWILIO_ACCOUNT_SID", "PHONE_TWILIO_AUTH_TOKEN"],
    ["PHONE_ELKS_USERNAME", "PHONE_ELKS_PASSWORD"],
  ] as const) {
    if ((e[a] === undefined) !== (e[b] === undefined))
      throw new ConfigError(`Invalid configuration:\n  ${a}, ${b}: give both or neither`);
  }
  if ((e.LLM_BASE_URL === undefined) !== (e.LLM_MODEL === undefined)) {
    throw new ConfigError(
      "Invalid configuration:\n  LLM_BASE_URL, LLM_MODEL: give both (the language model's address and its model name) or neither",
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    sessionHours: e.SESSION_HOURS,
    signInLinkMinutes: e.SIGN_IN_LINK_MINUTES,
    signInRateLimit: e.SIGN_IN_RATE_LIMIT,
    signInRateWindowMinutes: e.SIGN_IN_RATE_WINDOW_MINUTES,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    devOutbox,
    trustProxy: e.TRUST_PROXY,
    demo: e.KUULO_DEMO,
    webDist: e.WEB_DIST,
    voteRateLimitPerResident: e.VOTE_RATE_LIMIT_PER_RESIDENT,
    voteRateLimitPerAddress: e.VOTE_RATE_LIMIT_PER_ADDRESS,
    participantRateLimitPerAddress: e.PARTICIPANT_RATE_LIMIT_PER_ADDRESS,
    statementRateLimitPerAddress: e.STATEMENT_RATE_LIMIT_PER_ADDRESS,
    surveyRateLimitPerAddress: e.SURVEY_RATE_LIMIT_PER_ADDRESS,
    pendingStatementsLimit: e.PENDING_STATEMENTS_LIMIT,
    sseConnectionsPerAddress: e.SSE_CONNECTIONS_PER_ADDRESS,
    sseConnectionsMax: e.SSE_CONNECTIONS_MAX,
    voteQueueLimit: e.VOTE_QUEUE_LIMIT,
    voteShedLagMs: e.VOTE_SHED_LAG_MS,
    mathIntervalMs: e.MATH_INTERVAL_MS,
    mathWorker: e.MATH_WORKER,
    outbound: parseOutboundAllow(e.OUTBOUND_URL_ALLOW),
    mailWorker: e.MAIL_WORKER,
    mailIntervalMs: e.MAIL_INTERVAL_MS,
    mailMaxAttempts: e.MAIL_MAX_ATTEMPTS,
    mailRetrySeconds: e.MAIL_RETRY_SECONDS,
    sms: {
      provider: e.SMS_PROVIDER,
      apiUrl: (e.SMS_API_URL ?? SMS_API_URLS[e.SMS_PROVIDER]).replace(/\/+$/, ""),
      username: e.SMS_API_USERNAME,
      password: e.SMS_API_PASSWORD,
      token: e.SMS_API_TOKEN,
      sender: e.SMS_SENDER,
      callbackSecret: e.SMS_CALLBACK_SECRET,
      worker: e.SMS_WORKER,
      maxAttempts: e.SMS_MAX_ATTEMPTS,
      retrySeconds: e.SMS_RETRY_SECONDS,
    },
    secureCookies: publicUrl.startsWith("https://"),
    dataEncryptionKey: e.DATA_ENCRYPTION_KEY ? parseDataKey(e.DATA_ENCRYPTION_KEY) : undefined,
    poolWorker: e.POOL_WORKER,
    juriesWorker: e.JURIES_WORKER,
    poolIntervalMs: e.POOL_INTERVAL_MS,
    paymentRetentionYears: e.PAYMENT_RETENTION_YEARS,
    juryContactRetentionDays: e.JURY_CONTACT_RETENTION_DAYS,
    actionsWorker: e.ACTIONS_WORKER,
    actionsIntervalMs: e.ACTIONS_INTERVAL_MS,
    phone: {
      worker: e.PHONE_WORKER,
      intervalMs: e.PHONE_INTERVAL_MS,
      callTimeoutMinutes: e.PHONE_CALL_TIMEOUT_MINUTES,
      noticeLeadHours: e.PHONE_NOTICE_LEAD_HOURS,
      twilio:
        e.PHONE_TWILIO_ACCOUNT_SID && e.PHONE_TWILIO_AUTH_TOKEN
          ? {
              accountSid: e.PHONE_TWILIO_ACCOUNT_SID,
              authToken: e.PHONE_TWILIO_AUTH_TOKEN,
              apiUrl: (e.PHONE_TWILIO_API_URL ?? "https://api.twilio.com/2010-04-01").replace(
                /\/+$/,
                "",
              ),
            }
          : undefined,
      elks:
        e.PHONE_ELKS_USERNAME && e.PHONE_ELKS_PASSWORD
          ? {
              username: e.PHONE_ELKS_USERNAME,
              password: e.PHONE_ELKS_PASSWORD,
              apiUrl: (e.PHONE_ELKS_API_URL ?? "https://api.46elks.com/a1").replace(/\/+$/, ""),
            }
          : undefined,
      fakeUrl: e.PHONE_FAKE_URL?.replace(/\/+$/, ""),
    },
    llm:
      e.LLM_BASE_URL && e.LLM_MODEL
        ? { baseUrl: e.LLM_BASE_URL.replace(/\/+$/, ""), model: e.LLM_MODEL, apiKey: e.LLM_API_KEY }
        : undefined,
  };
}
