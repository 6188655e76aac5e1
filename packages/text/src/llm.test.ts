import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeAnswers } from "./analyze.js";
import { applyLlmLabels, llmDescribeThemes } from "./llm.js";
import { FI_ANSWERS } from "./testdata.js";

type Mode =
  | "ok"
  | "bad-json"
  | "invented-id"
  | "not-verbatim"
  | "http-500"
  | "timeout"
  | "no-citation";
let mode: Mode = "ok";
const requests: {
  auth: string | undefined;
  body: { model: string; messages: { role: string; content: string }[] };
}[] = [];

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => {
      data += c;
    });
    req.on("end", () => resolve(data));
  });
}

// A local stand-in for an OpenAI-compatible server: answers from the ids and texts it was sent.
let server: Server;
let baseUrl = "";
beforeAll(async () => {
  server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req));
    requests.push({ auth: req.headers.authorization, body });
    if (req.url !== "/v1/chat/completions") {
      res.writeHead(404).end();
      return;
    }
    if (mode === "http-500") {
      res.writeHead(500).end("internal error");
      return;
    }
    if (mode === "timeout") return; // never answers
    const lines = (body.messages[1].content as string)
      .split("\n")
      .filter((l: string) => l.startsWith("["));
    const [, id1, text1] = /^\[([^\]]+)\] (.*)$/.exec(lines[0]!)!;
    const [, id2] = /^\[([^\]]+)\]/.exec(lines[1] ?? lines[0]!)!;
    let content: string;
    if (mode === "bad-json") content = "Here is the summary: {label: oops";
    else {
      const out = {
        label: "Teema LLM",
        summary:
          mode === "no-citation"
            ? "Vastaajat ovat huolissaan."
            : `Vastaajat kertovat asiasta [${id1}] ja [${mode === "invented-id" ? "9999" : id2}].`,
        quotes: [
          {
            id: id1,
            text: mode === "not-verbatim" ? `${text1!.slice(0, 20)} muutettu` : text1!.slice(0, 25),
          },
        ],
      };
      content = `\`\`\`json\n${JSON.stringify(out)}\n\`\`\``;
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content } }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const secret =
  "Soita minulle 040 123 4567 tai matti@example.fi, terveyskeskuksen jonot ovat pitkät.";
const answers = [...FI_ANSWERS, secret].map((text, i) => ({ id: String(i + 1), text }));
const analysis = analyzeAnswers({ answers, k: 3, kMin: 2, kMax: 4 });
const themes = analysis.themes.themes.filter((t) => !t.isOther && t.answerIds.length > 0);

async function run(m: Mode, timeoutMs = 2000) {
  mode = m;
  requests.length = 0;
  return llmDescribeThemes({
    corpus: analysis.corpus,
    set: analysis.themes,
    config: { baseUrl, model: "test-model", apiKey: "k-123", timeoutMs },
  });
}

describe("optional LLM stage", () => {
  it("makes one call per theme with redacted text and accepts verified answers", async () => {
    const results = await run("ok");
    expect(requests.length).toBe(themes.length);
    expect(requests[0]!.auth).toBe("Bearer k-123");
    expect(requests[0]!.body.model).toBe("test-model");
    const sent = requests.map((r) => r.body.messages[1]!.content).join("\n");
    expect(sent).not.toContain("040 123 4567");
    expect(sent).not.toContain("matti@example.fi");
    expect(sent).toContain("[PHONE]");
    for (const r of results) {
      expect(r.source).toBe("llm");
      const theme = themes.find((t) => t.id === r.themeId)!;
      for (const id of r.citedIds)
        expect([...theme.answerIds, ...theme.alsoAnswerIds]).toContain(id);
    }
    const set = applyLlmLabels({ set: analysis.themes, results });
    expect(set.themes.filter((t) => t.label === "Teema LLM").length).toBe(themes.length);
  });

  const reasons = {
    "bad-json": /not valid JSON/,
    "invented-id": /ids not in the theme: 9999/,
    "not-verbatim": /not verbatim/,
    "http-500": /HTTP 500/,
    "no-citation": /cites no answer ids/,
  } as const;
  for (const m of Object.keys(reasons) as (keyof typeof reasons)[]) {
    it(`falls back to keyword labels on ${m}`, async () => {
      const results = await run(m);
      expect(results.length).toBe(themes.length);
      for (const r of results) {
        expect(r.source).toBe("keywords");
        expect(r.label).toBe(themes.find((t) => t.id === r.themeId)!.label);
        expect(r.error).toMatch(reasons[m]);
      }
      expect(applyLlmLabels({ set: analysis.themes, results }).themes).toEqual(
        analysis.themes.themes,
      );
    });
  }

  it("falls back on a timeout", async () => {
    const results = await run("timeout", 150);
    expect(
      results.every((r) => r.source === "keywords" && /within 150 ms/.test(r.error ?? "")),
    ).toBe(true);
  });
});
