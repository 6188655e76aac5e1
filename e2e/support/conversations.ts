import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { baseUrl, DEMO_SLUG } from "./browser.js";

/** The demo county's conversation: its residents' path ("/slug/c/publicId") and publicId. */
export async function demoConversation(): Promise<{ path: string; publicId: string }> {
  const response = await fetch(`${baseUrl}/api/orgs/${DEMO_SLUG}`);
  if (!response.ok) throw new Error(`GET /api/orgs/${DEMO_SLUG} answered ${response.status}`);
  const org = (await response.json()) as { activities: { kind: string; url: string }[] };
  const activity = org.activities.find((a) => a.kind === "conversation") ?? org.activities[0];
  if (!activity) throw new Error(`the demo county ${DEMO_SLUG} has no activities`);
  const path = new URL(activity.url, baseUrl).pathname;
  return { path, publicId: path.split("/").pop() ?? "" };
}

/** A statement text that no earlier run has written (duplicates and near-duplicates are refused). */
export function uniqueStatement(): string {
  const words = [
    "kirjasto",
    "uimahalli",
    "nuorisotila",
    "koulukuraattori",
    "bussivuoro",
    "kesätyö",
    "harrastus",
    "chat-palvelu",
    "vertaistuki",
    "iltapäivä",
    "liikuntasetelit",
    "perheneuvola",
  ];
  const pick = [...words].sort(() => Math.random() - 0.5).slice(0, 4);
  return `Testi ${Date.now().toString(36)}: ${pick.join(", ")} pitäisi olla saatavilla joka kunnassa.`;
}

/** Presses Tab until the element matching `selector` has focus (at most `limit` presses). */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const found = (await page.evaluate(
      `(() => { const a = document.activeElement; return !!a && a.matches(${JSON.stringify(selector)}); })()`,
    )) as boolean;
    if (found) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab did not reach ${selector} in ${limit} presses`);
}

export async function progressText(page: Page): Promise<string> {
  return (await page.locator(".conv-progress__text").textContent()) ?? "";
}

/** Waits until the voting progress differs from `previous`, and returns it. */
export async function waitForProgressChange(page: Page, previous: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const now = await progressText(page);
    if (now && now !== previous) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`the progress stayed at "${previous}"`);
}

/**
 * Polls a JavaScript expression in the page until it is true. (page.waitForFunction compiles
 * its string with eval, which the app's Content-Security-Policy rightly refuses.)
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await page.evaluate(expression)) === true) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`still false after ${timeoutMs / 1000} s: ${expression}`);
}

/** Serves one HTML page on another port of this machine: a county's own site for embedding. */
export async function serveHostPage(
  html: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
