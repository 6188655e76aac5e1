import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../config.js";
import {
  checkOutboundUrl,
  connectLookup,
  isPublicAddress,
  OutboundRefused,
  outboundFetch,
  parseOutboundAllow,
  STRICT_OUTBOUND,
} from "./outbound.js";

// Only literal addresses and "localhost" appear below: no DNS question leaves the machine.

describe("isPublicAddress", () => {
  it("refuses private, loopback, link-local, unique-local, multicast and unspecified addresses", () => {
    for (const address of [
      "127.0.0.1",
      "127.255.255.254",
      "0.0.0.0",
      "10.1.2.3",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "224.0.0.1",
      "255.255.255.255",
      "::",
      "::1",
      "[::1]",
      "fe80::1",
      "fc00::1",
      "fd12:3456::1",
      "ff02::1",
      "::ffff:127.0.0.1",
      "::ffff:7f00:1",
      "::ffff:a9fe:a9fe",
      "64:ff9b::a00:1",
      "2002:7f00:1::",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("accepts public addresses", () => {
    for (const address of ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "::ffff:808:808"]) {
      expect(isPublicAddress(address), address).toBe(true);
    }
  });
});

describe("checkOutboundUrl", () => {
  it("refuses other schemes, loopback in any spelling, private addresses and credentials", async () => {
    for (const url of [
      "http://127.0.0.1/",
      "https://127.0.0.1/",
      "https://127.1/",
      "https://0x7f.1/",
      "https://2130706433/",
      "https://017700000001/",
      "https://[::1]/",
      "https://[::ffff:127.0.0.1]/",
      "https://[0:0:0:0:0:ffff:7f00:1]/",
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.1/",
      "https://[fd00::1]/",
      "https://localhost/",
      "file:///etc/passwd",
      "gopher://127.0.0.1:70/_",
      "ftp://93.184.215.14/",
      "http://93.184.215.14/",
      "https://user:pw@93.184.215.14/",
      "not a url",
    ]) {
      await expect(checkOutboundUrl(url, STRICT_OUTBOUND), url).rejects.toBeInstanceOf(
        OutboundRefused,
      );
    }
  });

  it("accepts public https addresses and allow-listed origins only", async () => {
    expect((await checkOutboundUrl("https://93.184.215.14/x", STRICT_OUTBOUND)).href).toBe(
      "https://93.184.215.14/x",
    );
    const policy = parseOutboundAllow("http://127.0.0.1:*, https://localhost:8443");
    await expect(checkOutboundUrl("http://127.0.0.1:4000/a", policy)).resolves.toBeInstanceOf(URL);
    await expect(checkOutboundUrl("http://127.1:4000/a", policy)).resolves.toBeInstanceOf(URL);
    await expect(checkOutboundUrl("https://localhost:8443/", policy)).resolves.toBeInstanceOf(URL);
    await expect(checkOutboundUrl("https://localhost:8444/", policy)).rejects.toThrow(
      OutboundRefused,
    );
    await expect(checkOutboundUrl("http://[::1]:4000/", policy)).rejects.toThrow(OutboundRefused);
    await expect(checkOutboundUrl("https://127.0.0.1:4000/", policy)).rejects.toThrow(
      OutboundRefused,
    );
  });
});

describe("connectLookup (the check when connecting, against DNS rebinding)", () => {
  const run = (allowListed: boolean, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      connectLookup(allowListed)("localhost", { all }, (error, address) =>
        resolve({ error, address }),
      ),
    );

  it("refuses a name that resolves to loopback unless its origin is allow-listed", async () => {
    expect((await run(false, true)).error).toBeInstanceOf(OutboundRefused);
    expect((await run(false, false)).error).toBeInstanceOf(OutboundRefused);
    const allowed = await run(true, false);
    expect(allowed.error).toBeNull();
    expect(["127.0.0.1", "::1"]).toContain(allowed.address);
  });
});

describe("OUTBOUND_URL_ALLOW", () => {
  it("is empty by default and parsed from origins", () => {
    expect(parseConfig({}).outbound).toEqual({ allow: [] });
    expect(
      parseConfig({ OUTBOUND_URL_ALLOW: "http://127.0.0.1:*,https://[::1]:9443" }).outbound,
    ).toEqual({
      allow: [
        { protocol: "http:", hostname: "127.0.0.1", port: "*" },
        { protocol: "https:", hostname: "[::1]", port: "9443" },
      ],
    });
  });

  it("stops start-up on an entry that is not an origin, naming the variable", () => {
    for (const value of ["file:///etc", "http://127.0.0.1/path", "127.0.0.1", "https://a:99999"]) {
      expect(() => parseConfig({ OUTBOUND_URL_ALLOW: value }), value).toThrow(ConfigError);
      expect(() => parseConfig({ OUTBOUND_URL_ALLOW: value }), value).toThrow(/OUTBOUND_URL_ALLOW/);
    }
  });
});

describe("outboundFetch", () => {
  let server: Server;
  let origin: string;
  let hits: string[];

  beforeAll(async () => {
    hits = [];
    server = createServer((request, response) => {
      hits.push(`${request.method} ${request.url}`);
      if (request.url === "/redirect-inside") {
        response.writeHead(302, { location: `http://[::1]:${port()}/secret` }).end();
      } else if (request.url === "/redirect-here") {
        response.writeHead(302, { location: "/json" }).end();
      } else if (request.method === "POST") {
        let body = "";
        request.on("data", (chunk) => {
          body += chunk;
        });
        request.on("end", () => {
          response.writeHead(200, { "content-type": "text/plain" }).end(`got ${body}`);
        });
      } else {
        response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${port()}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const port = () => (server.address() as AddressInfo).port;

  it("reaches an allow-listed origin, with bodies and headers both ways", async () => {
    const fetch = outboundFetch(parseOutboundAllow(origin));
    const json = await fetch(`${origin}/json`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe("application/json");
    expect(await json.json()).toEqual({ ok: true });
    const posted = await fetch(`${origin}/form`, {
      method: "POST",
      body: new URLSearchParams({ a: "1" }),
    });
    expect(await posted.text()).toBe("got a=1");
    const followed = await fetch(`${origin}/redirect-here`);
    expect(await followed.json()).toEqual({ ok: true });
    const manual = await fetch(`${origin}/redirect-here`, { redirect: "manual" });
    expect(manual.status).toBe(302);
  });

  it("refuses the same origin when it is not allow-listed, without connecting", async () => {
    hits.length = 0;
    await expect(outboundFetch(STRICT_OUTBOUND)(`${origin}/json`)).rejects.toThrow(OutboundRefused);
    await expect(
      outboundFetch(STRICT_OUTBOUND)(`https://localhost:${port()}/json`),
    ).rejects.toThrow(OutboundRefused);
    expect(hits).toEqual([]);
  });

  it("refuses a redirect that leaves the policy", async () => {
    hits.length = 0;
    await expect(
      outboundFetch(parseOutboundAllow(origin))(`${origin}/redirect-inside`),
    ).rejects.toThrow(OutboundRefused);
    expect(hits).toEqual(["GET /redirect-inside"]);
  });
});
