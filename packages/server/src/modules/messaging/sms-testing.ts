import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Config } from "../../config.js";
import type { Db } from "../../db/client.js";
import { createSealer } from "../../db/sealed.js";
import { TEST_DATA_KEY } from "../../test-app.js";
import { deliverDueSms, type SmsPassResult } from "./sms.js";
import { createSmsGateway, signGatewayApiJwt } from "./sms-providers.js";

/**
 * A local fake SMS provider for tests (and local trials), speaking both real wire formats:
 * 46elks (`POST /a1/sms`, form, HTTP Basic; callbacks as forms) and GatewayAPI
 * (`POST /rest/mtsms`, JSON, `Authorization: Token`; webhooks as JSON signed with a JWT in
 * X-Gwapi-Signature). It records every request, can be told to fail or to be slow, and posts
 * delivery reports and incoming messages back to Kuulo over HTTP — twice when asked.
 */

export interface FakeRequest {
  provider: "46elks" | "gatewayapi";
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  /** The form fields (46elks) or the JSON body (GatewayAPI). */
  body: Record<string, unknown>;
}

export interface FakeSmsProvider {
  /** http://127.0.0.1:port — SMS_API_URL is `${url}/a1` or `${url}/rest`. */
  url: string;
  requests: FakeRequest[];
  /** Answer the next `count` sends with this HTTP status (default 503). */
  failNext: (count: number, status?: number) => void;
  /** Wait this long before answering a send. */
  delayMs: number;
  /** Posts a delivery report for a message the fake took; resolves to Kuulo's statuses. */
  report: (
    id: string,
    status: string,
    options?: { twice?: boolean; secret?: string; token?: string },
  ) => Promise<number[]>;
  /** Posts an incoming SMS (e.g. "STOP") to Kuulo's incoming callback. */
  incoming: (
    provider: "46elks" | "gatewayapi",
    options: { url: string; from: string; message: string; secret?: string },
  ) => Promise<number>;
  close: () => Promise<void>;
}

export interface FakeSmsOptions {
  elks?: { username: string; password: string };
  gatewayapi?: { token: string; secret: string };
  /** Kuulo's listening origin: callback URLs are sent there whatever their host (PUBLIC_URL). */
  forwardTo?: string;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

export async function startFakeSmsProvider(options: FakeSmsOptions): Promise<FakeSmsProvider> {
  const requests: FakeRequest[] = [];
  const callbacks = new Map<
    string,
    { provider: "46elks" | "gatewayapi"; url?: string; msisdn?: string }
  >();
  let failing = 0;
  let failStatus = 503;
  let nextGatewayId = 100_000;

  const forward = (url: string) => {
    if (!options.forwardTo) return url;
    const parsed = new URL(url);
    return `${options.forwardTo}${parsed.pathname}${parsed.search}`;
  };

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const contentType = request.headers["content-type"] ?? "";
    await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    if (request.method === "POST" && request.url === "/a1/sms") {
      const body = Object.fromEntries(new URLSearchParams(raw).entries());
      requests.push({ provider: "46elks", headers: request.headers, contentType, body });
      const expected = `Basic ${Buffer.from(`${options.elks?.username}:${options.elks?.password}`).toString("base64")}`;
      if (!options.elks || request.headers.authorization !== expected) {
        response.writeHead(401, { "content-type": "text/plain" });
        response.end("API access requires Basic HTTP authentication.");
        return;
      }
      if (failing > 0) {
        failing--;
        response.writeHead(failStatus, { "content-type": "text/plain" });
        response.end("Temporarily unavailable");
        return;
      }
      if (!body.from || !/^\+\d{7,15}$/.test(body.to ?? "") || !body.message) {
        response.writeHead(403, { "content-type": "text/plain" });
        response.end("Invalid to, from or message");
        return;
      }
      const id = `s${randomBytes(16).toString("hex")}`;
      callbacks.set(id, { provider: "46elks", url: body.whendelivered });
      json(response, 200, {
        status: "created",
        direction: "outgoing",
        from: body.from,
        to: body.to,
        message: body.message,
        id,
        created: new Date().toISOString().replace("Z", ""),
        parts: Math.ceil(body.message.length / 160),
        cost: 3500 * Math.ceil(body.message.length / 160),
        estimated_cost: 3500,
      });
      return;
    }
    if (request.method === "POST" && request.url === "/rest/mtsms") {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        // recorded as empty
      }
      requests.push({ provider: "gatewayapi", headers: request.headers, contentType, body });
      if (
        !options.gatewayapi ||
        request.headers.authorization !== `Token ${options.gatewayapi.token}`
      ) {
        json(response, 401, { code: "0x0203", message: "Unauthorized", incident_uuid: "fake" });
        return;
      }
      if (failing > 0) {
        failing--;
        json(response, failStatus, { code: "0x0000", message: "Temporarily unavailable" });
        return;
      }
      const recipients = body.recipients as { msisdn?: unknown }[] | undefined;
      if (!body.message || !Array.isArray(recipients) || recipients.length === 0) {
        json(response, 422, { code: "0x0217", message: "Missing message or recipients" });
        return;
      }
      const ids = recipients.map((recipient) => {
        const id = String(nextGatewayId++);
        callbacks.set(id, {
          provider: "gatewayapi",
          url: body.callback_url as string | undefined,
          msisdn: String(recipient.msisdn),
        });
        return Number(id);
      });
      json(response, 200, {
        ids,
        usage: { countries: { FI: ids.length }, currency: "EUR", total_cost: 0.05 * ids.length },
      });
      return;
    }
    response.writeHead(404);
    response.end();
  }

  async function post(
    provider: "46elks" | "gatewayapi",
    url: string,
    data: Record<string, unknown>,
    secret?: string,
  ): Promise<number> {
    const response =
      provider === "46elks"
        ? await fetch(forward(url), {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams(data as Record<string, string>).toString(),
          })
        : await fetch(forward(url), {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "x-gwapi-signature": signGatewayApiJwt(
                data,
                secret ?? options.gatewayapi?.secret ?? "",
              ),
            },
            body: JSON.stringify(data),
          });
    await response.arrayBuffer();
    return response.status;
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500);
      response.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;

  const fake: FakeSmsProvider = {
    url: `http://127.0.0.1:${port}`,
    requests,
    delayMs: 0,
    failNext: (count, status = 503) => {
      failing = count;
      failStatus = status;
    },
    report: async (id, status, reportOptions = {}) => {
      const sent = callbacks.get(id);
      if (!sent?.url) throw new Error(`the fake sent no message ${id} with a callback URL`);
      let url = sent.url;
      if (reportOptions.token) url = url.replace(/secret=[^&]*/, `secret=${reportOptions.token}`);
      const data: Record<string, unknown> =
        sent.provider === "46elks"
          ? {
              id,
              status,
              ...(status === "delivered"
                ? { delivered: new Date().toISOString().replace("Z", "") }
                : {}),
            }
          : {
              id: Number(id),
              msisdn: Number(sent.msisdn),
              time: Math.floor(Date.now() / 1000),
              status,
              userref: null,
              charge_status: "CAPTURED",
              country_code: "FI",
              ...(status === "DELIVERED" ? {} : { error: "Subscriber unknown", code: "0x0401" }),
            };
      const statuses = [await post(sent.provider, url, data, reportOptions.secret)];
      if (reportOptions.twice)
        statuses.push(await post(sent.provider, url, data, reportOptions.secret));
      return statuses;
    },
    incoming: async (provider, incomingOptions) => {
      const data: Record<string, unknown> =
        provider === "46elks"
          ? {
              direction: "incoming",
              id: `s${randomBytes(16).toString("hex")}`,
              from: incomingOptions.from,
              to: "+358401110000",
              created: new Date().toISOString().replace("Z", ""),
              message: incomingOptions.message,
            }
          : {
              id: nextGatewayId++,
              msisdn: Number(incomingOptions.from.replace(/^\+/, "")),
              receiver: 358401110000,
              message: incomingOptions.message,
              senttime: Math.floor(Date.now() / 1000),
              webhook_label: "kuulo",
            };
      return post(provider, incomingOptions.url, data, incomingOptions.secret);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return fake;
}

/** The sealer of the test apps' data key (TEST_DATA_KEY): what their SMS queue is sealed with. */
export const testSealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

/** One pass of the SMS worker for a test app, with the gateway its configuration makes. */
export function smsPass(
  t: { database: { db: Db }; config: Config },
  options: { maxAttempts?: number } = {},
): Promise<SmsPassResult> {
  return deliverDueSms({
    db: t.database.db,
    sealer: testSealer,
    gateway: createSmsGateway(
      { ...t.config.sms, publicUrl: t.config.publicUrl },
      { outbound: t.config.outbound, devOutbox: t.config.devOutbox },
    ),
    intervalMs: 1000,
    maxAttempts: options.maxAttempts ?? t.config.sms.maxAttempts,
    retryBaseMs: t.config.sms.retrySeconds * 1000,
    onError: () => {},
  });
}
