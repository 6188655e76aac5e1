// A local fake telephony provider for tests, the demo and the bench: one node:http server that
// speaks 46elks' and Twilio's wire formats from the provider's side. Place calls against
// `url` (as the api base of `elksPlaceCall`/`twilioPlaceCall`); each number's script says what
// the "resident" does.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { type ElksAccount, elksPlaceCall, elksRunCall } from "./elks-side.js";
import type { CallScript, FakeCall } from "./script.js";
import { type TwilioAccount, twilioPlaceCall, twilioRunCall } from "./twilio-side.js";

export type { Posted, PostForm } from "./http.js";
export type { CallScript, FakeCall, FakeOutcome, Press } from "./script.js";
export { twilioRunCall } from "./twilio-side.js";

export interface FakeProviderOptions {
  twilio?: TwilioAccount;
  elks?: ElksAccount;
  /** By phone number; a number without a script answers and presses nothing. */
  scripts?: Record<string, CallScript>;
  port?: number;
}

export interface FakeProvider {
  /** http://127.0.0.1:port — Twilio's API base is `${url}/2010-04-01`, 46elks' `${url}/a1`. */
  url: string;
  calls: FakeCall[];
  scripts: Record<string, CallScript>;
  /** Resolves when every call placed so far has ended (its last callback answered). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startFakeProvider(options: FakeProviderOptions): Promise<FakeProvider> {
  const calls: FakeCall[] = [];
  const running = new Set<Promise<void>>();
  const scripts = options.scripts ?? {};
  const scriptFor = (to: string): CallScript => scripts[to] ?? { kind: "answer", keys: [] };
  const track = (work: Promise<void>) => {
    running.add(work);
    void work.finally(() => running.delete(work));
  };

  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? "/", "http://fake").pathname;
      const twilioMatch = /^\/2010-04-01\/Accounts\/([^/]+)\/Calls\.json$/.exec(path);
      if (req.method === "POST" && twilioMatch && options.twilio) {
        const placed = await twilioPlaceCall(
          req,
          res,
          options.twilio,
          decodeURIComponent(twilioMatch[1]!),
        );
        if (placed) {
          calls.push(placed.call);
          const account = options.twilio;
          track(
            new Promise((r) => setImmediate(r)).then(() =>
              twilioRunCall(placed.call, placed.form, scriptFor(placed.call.to), account),
            ),
          );
        }
        return;
      }
      if (req.method === "POST" && path === "/a1/calls" && options.elks) {
        const placed = await elksPlaceCall(req, res, options.elks);
        if (placed) {
          calls.push(placed.call);
          track(
            new Promise((r) => setImmediate(r)).then(() =>
              elksRunCall(placed.call, placed.form, scriptFor(placed.call.to)),
            ),
          );
        }
        return;
      }
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    scripts,
    async settled() {
      while (running.size > 0) await Promise.all([...running]);
    },
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
