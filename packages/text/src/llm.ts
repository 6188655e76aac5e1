import type { Corpus } from "./corpus.js";
import type { Theme, ThemeSet } from "./themes.js";

/** A county-configured OpenAI-compatible endpoint. Nothing is sent unless this is given. */
export interface LlmConfig {
  /** e.g. "https://llm.example.fi/v1" (…/chat/completions is appended). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  /** Answers sent per theme, nearest the centre first (default 25). */
  maxAnswers?: number;
  /** Injected for tests; defaults to global fetch. */
  fetch?: typeof fetch;
}

export interface LlmThemeResult {
  themeId: string;
  /** "llm" when the response passed every check, else "keywords" (the keyword label is kept). */
  source: "llm" | "keywords";
  label: string;
  summary: string | null;
  citedIds: string[];
  quotes: { id: string; text: string }[];
  /** Why the LLM result was rejected. */
  error?: string;
}

const SYSTEM_PROMPT =
  "You summarise residents' open survey answers for a Finnish wellbeing services county. " +
  "Answer with one JSON object only: " +
  '{"label": short theme label (max 6 words, in the answers\' language), ' +
  '"summary": 1-3 sentences; after every claim cite the supporting answers as [id], ' +
  '"quotes": up to 3 objects {"id": answer id, "text": an exact, verbatim excerpt of that answer}}. ' +
  "Use only the answers given; cite only their ids.";

function answersForTheme(options: {
  corpus: Corpus;
  theme: Theme;
  max: number;
}): { id: string; text: string }[] {
  const { corpus, theme, max } = options;
  const index = new Map(corpus.ids.map((id, i) => [id, i]));
  const ordered = [...new Set([...theme.quotes.map((q) => q.id), ...theme.answerIds])].slice(
    0,
    max,
  );
  return ordered.map((id) => ({ id, text: corpus.texts[index.get(id)!]! }));
}

function parseJsonObject(content: string): unknown {
  const trimmed = content
    .trim()
    .replace(/^```(?:json)?\s*/i, "")
    .replace(/```$/, "")
    .trim();
  return JSON.parse(trimmed);
}

/** Checks an LLM answer against the theme: ids must exist in it, quotes must be verbatim. */
export function verifyLlmOutput(options: {
  output: unknown;
  answers: { id: string; text: string }[];
}): { label: string; summary: string; citedIds: string[]; quotes: { id: string; text: string }[] } {
  const o = options.output as { label?: unknown; summary?: unknown; quotes?: unknown };
  if (!o || typeof o !== "object") throw new Error("response is not a JSON object");
  if (typeof o.label !== "string" || !o.label.trim() || o.label.length > 80)
    throw new Error("missing or overlong label");
  if (typeof o.summary !== "string" || !o.summary.trim()) throw new Error("missing summary");
  const texts = new Map(options.answers.map((a) => [a.id, a.text]));
  const citedIds = [
    ...new Set([...o.summary.matchAll(/\[([^\]\s]+)\]/g)].flatMap((m) => m[1]!.split(/,\s*/))),
  ];
  if (citedIds.length === 0) throw new Error("summary cites no answer ids");
  const unknown = citedIds.filter((id) => !texts.has(id));
  if (unknown.length > 0)
    throw new Error(`summary cites ids not in the theme: ${unknown.join(", ")}`);
  const rawQuotes = o.quotes === undefined ? [] : o.quotes;
  if (!Array.isArray(rawQuotes)) throw new Error("quotes is not an array");
  const quotes = rawQuotes.map((q: { id?: unknown; text?: unknown }) => {
    const id = String(q?.id ?? "");
    const text = typeof q?.text === "string" ? q.text.trim() : "";
    const source = texts.get(id);
    if (source === undefined) throw new Error(`quote cites id not in the theme: ${id}`);
    if (!text || !source.includes(text)) throw new Error(`quote of answer ${id} is not verbatim`);
    return { id, text };
  });
  return { label: o.label.trim(), summary: o.summary.trim(), citedIds, quotes };
}

async function callChat(options: {
  config: LlmConfig;
  messages: { role: string; content: string }[];
}): Promise<string> {
  const { config } = options;
  const url = `${config.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), config.timeoutMs ?? 30_000);
  try {
    const response = await (config.fetch ?? fetch)(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
      },
      body: JSON.stringify({ model: config.model, messages: options.messages, temperature: 0 }),
      signal: controller.signal,
    });
    const body = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}`);
    const json = JSON.parse(body) as { choices?: { message?: { content?: unknown } }[] };
    const content = json.choices?.[0]?.message?.content;
    if (typeof content !== "string")
      throw new Error("no choices[0].message.content in the response");
    return content;
  } catch (error) {
    if (controller.signal.aborted)
      throw new Error(`no answer from ${url} within ${config.timeoutMs ?? 30_000} ms`);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Optional LLM labels and summaries: one chat/completions call per theme with the theme's
 * redacted answers. Every result is verified; on any failure the theme keeps its keyword
 * label and the reason is reported.
 */
export async function llmDescribeThemes(options: {
  corpus: Corpus;
  set: ThemeSet;
  config: LlmConfig;
  onProgress?: (done: number, total: number) => void;
}): Promise<LlmThemeResult[]> {
  const { corpus, set, config } = options;
  const themes = set.themes.filter((t) => !t.isOther && t.answerIds.length > 0);
  const results: LlmThemeResult[] = [];
  for (const theme of themes) {
    const answers = answersForTheme({ corpus, theme, max: config.maxAnswers ?? 25 });
    const fallback: LlmThemeResult = {
      themeId: theme.id,
      source: "keywords",
      label: theme.label,
      summary: null,
      citedIds: [],
      quotes: [],
    };
    try {
      const content = await callChat({
        config,
        messages: [
          { role: "system", content: SYSTEM_PROMPT },
          {
            role: "user",
            content: `Keywords: ${theme.keywords.join(", ")}\nAnswers:\n${answers.map((a) => `[${a.id}] ${a.text}`).join("\n")}`,
          },
        ],
      });
      let parsed: unknown;
      try {
        parsed = parseJsonObject(content);
      } catch {
        throw new Error("response content is not valid JSON");
      }
      const v = verifyLlmOutput({ output: parsed, answers });
      results.push({ themeId: theme.id, source: "llm", ...v });
    } catch (error) {
      results.push({ ...fallback, error: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.(results.length, themes.length);
  }
  return results;
}

/** Uses verified LLM labels for themes an analyst has not renamed. */
export function applyLlmLabels(options: { set: ThemeSet; results: LlmThemeResult[] }): ThemeSet {
  const byId = new Map(
    options.results.filter((r) => r.source === "llm").map((r) => [r.themeId, r]),
  );
  return {
    ...options.set,
    themes: options.set.themes.map((t) => {
      const r = byId.get(t.id);
      return r && !t.renamed ? { ...t, label: r.label } : t;
    }),
  };
}
