import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_SLUG } from "./browser.js";

/** The title of the demo county's conversation (other tests create conversations of their own). */
export const DEMO_CONVERSATION = "Nuorten mielenterveyspalvelut Keski-Suomessa";

/** The demo county's conversation: its residents' path ("/slug/c/publicId") and publicId. */
export async function demoConversation(
  request: APIRequestContext,
): Promise<{ path: string; publicId: string }> {
  const response = await request.get(`/api/orgs/${DEMO_SLUG}`);
  if (!response.ok()) throw new Error(`GET /api/orgs/${DEMO_SLUG} answered ${response.status()}`);
  const org = (await response.json()) as {
    activities: { kind: string; url: string; title: { fi?: string } }[];
  };
  const activity = org.activities.find(
    (a) => a.kind === "conversation" && a.title.fi === DEMO_CONVERSATION,
  );
  if (!activity) throw new Error(`the demo county ${DEMO_SLUG} has no "${DEMO_CONVERSATION}"`);
  const path = new URL(activity.url, "http://x").pathname;
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
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
