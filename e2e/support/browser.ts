import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";

/** Base URL of the server under test (set by e2e/run.mjs). */
export const baseUrl = (process.env.KUULO_E2E_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");

/** The demo county that `KUULO_DEMO=1` seeds, and its administrator. */
export const DEMO_SLUG = "keski-suomi-demo";
export const DEMO_ADMIN = "admin@kuulo.example";

const here = dirname(fileURLToPath(import.meta.url));
export const artifactsDir = join(here, "..", "artifacts");

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface ContextOptions {
  /** CSS pixels; 360 is a small phone. */
  width?: number;
  height?: number;
}

/** A fresh browser profile (no cookies, no stored language) with the server as base URL. */
export async function newContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: "en-US",
    reducedMotion: "reduce",
  });
}

/** Saves a screenshot into e2e/artifacts for looking at failures. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `${name}.png`), fullPage: true });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

/** Runs axe-core (WCAG 2.x A and AA rules and best practices) on the page. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy (script-src
  // 'self') rightly refuses an injected <script> tag.
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
      resultTypes: ["violations"]
    })`)) as { violations: AxeViolation[] };
  return result.violations;
}

/** The serious and critical violations, described one per line (empty when none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await axeViolations(page);
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact}: ${v.id} — ${v.help} at ${v.nodes
          .slice(0, 3)
          .map((n) => JSON.stringify(n.target))
          .join(", ")}`,
    );
}

/** True when the page can be scrolled sideways (content wider than the viewport). */
export async function scrollsHorizontally(page: Page): Promise<boolean> {
  return (await page.evaluate(
    "document.documentElement.scrollWidth > document.documentElement.clientWidth + 1",
  )) as boolean;
}

export async function htmlLang(page: Page): Promise<string> {
  return (await page.evaluate("document.documentElement.lang")) as string;
}

/** Evaluates a JavaScript expression in the page (the e2e code is typed without DOM types). */
export async function inPage<T>(page: Page, expression: string): Promise<T> {
  return (await page.evaluate(expression)) as T;
}

export async function activeElementId(page: Page): Promise<string> {
  return (await page.evaluate("document.activeElement ? document.activeElement.id : ''")) as string;
}

interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
}

async function outbox(): Promise<OutboxMessage[]> {
  const response = await fetch(`${baseUrl}/api/dev/outbox`);
  if (!response.ok) {
    throw new Error(`GET /api/dev/outbox answered ${response.status}: ${await response.text()}`);
  }
  const body = (await response.json()) as { messages: OutboxMessage[] };
  return body.messages;
}

/** Ids of the mails in the outbox now, to tell new mails from old ones. */
export async function outboxIds(): Promise<Set<string>> {
  return new Set((await outbox()).map((m) => m.id));
}

/**
 * Waits for a new sign-in mail to `to` (one whose id is not in `seen`) and returns the
 * path of its link, "/sign-in/verify?token=…", to open on the server under test.
 */
export async function waitForSignInLink(
  to: string,
  seen: Set<string>,
  timeoutMs = 15_000,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = (await outbox()).find(
      (m) => !seen.has(m.id) && m.to.toLowerCase().includes(to.toLowerCase()),
    );
    if (mail) {
      const match = /https?:\/\/[^\s"'<>]+\/sign-in\/verify\?[^\s"'<>]+/.exec(mail.text);
      if (!match) throw new Error(`the mail to ${to} has no sign-in link:\n${mail.text}`);
      const url = new URL(match[0]);
      return url.pathname + url.search;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no new mail to ${to} in the outbox within ${timeoutMs / 1000} s`);
}

/**
 * Signs the page in as `email`: asks the API for a link (as the sign-in form does), reads
 * it from the development outbox and opens it. Resolves once the staff area is shown.
 */
export async function signIn(page: Page, email: string, org = DEMO_SLUG): Promise<void> {
  const seen = await outboxIds();
  const response = await fetch(`${baseUrl}/api/auth/sign-in-link`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, org }),
  });
  if (response.status !== 202) {
    throw new Error(
      `POST /api/auth/sign-in-link answered ${response.status}: ${await response.text()}`,
    );
  }
  const link = await waitForSignInLink(email, seen);
  await page.goto(link);
  await page.waitForURL(/\/staff$/);
}
