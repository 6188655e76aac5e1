import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./test.js";

/** The demo county that `KUULO_DEMO=1` seeds, and its administrator. */
export const DEMO_SLUG = "keski-suomi-demo";
export const DEMO_ADMIN = "admin@kuulo.example";

/**
 * With KUULO_E2E_SCREENSHOTS=1, saves a full-page screenshot among the test's outputs
 * (e2e/test-results/…) to look at the pages. (A failing test keeps a screenshot and a trace
 * anyway; full-page screenshots of every page would cost each run several seconds.)
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.KUULO_E2E_SCREENSHOTS) return;
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
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

async function outbox(request: APIRequestContext): Promise<OutboxMessage[]> {
  const response = await request.get("/api/dev/outbox");
  if (!response.ok()) {
    throw new Error(`GET /api/dev/outbox answered ${response.status()}: ${await response.text()}`);
  }
  const body = (await response.json()) as { messages: OutboxMessage[] };
  return body.messages;
}

/** The mails in the development outbox, newest first. */
export async function outboxMessages(request: APIRequestContext): Promise<OutboxMessage[]> {
  return outbox(request);
}

/** Ids of the mails in the outbox now, to tell new mails from old ones. */
export async function outboxIds(request: APIRequestContext): Promise<Set<string>> {
  return new Set((await outbox(request)).map((m) => m.id));
}

/**
 * Waits for the mail worker to deliver a new sign-in mail to `to` (one whose id is not in
 * `seen`) and returns the path of its link, "/sign-in/verify?token=…".
 */
export async function waitForSignInLink(
  request: APIRequestContext,
  to: string,
  seen: Set<string>,
): Promise<string> {
  let mail: OutboxMessage | undefined;
  await expect
    .poll(
      async () => {
        mail = (await outbox(request)).find(
          // Other mail to the same person (e.g. a notice of accessibility feedback) is not it.
          (m) =>
            !seen.has(m.id) &&
            m.to.toLowerCase().includes(to.toLowerCase()) &&
            m.text.includes("/sign-in/verify?"),
        );
        return mail !== undefined;
      },
      { message: `a new mail to ${to} in the development outbox` },
    )
    .toBe(true);
  const match = /https?:\/\/[^\s"'<>]+\/sign-in\/verify\?[^\s"'<>]+/.exec(mail?.text ?? "");
  if (!match) throw new Error(`the mail to ${to} has no sign-in link:\n${mail?.text}`);
  const url = new URL(match[0]);
  return url.pathname + url.search;
}

/**
 * Signs the page in as `email`: asks the API for a link (as the sign-in form does), reads
 * it from the development outbox and opens it. Resolves once the staff area is shown.
 */
export async function signIn(page: Page, email: string, org = DEMO_SLUG): Promise<void> {
  const seen = await outboxIds(page.request);
  const response = await page.request.post("/api/auth/sign-in-link", { data: { email, org } });
  expect(response.status(), await response.text()).toBe(202);
  const link = await waitForSignInLink(page.request, email, seen);
  await page.goto(link);
  await expect(page).toHaveURL(/\/staff$/);
}
