/** A piece of a mail's text: plain text, or a link with the address to open. */
export type MailPart = { text: string } | { url: string; href: string };

const URL_PATTERN = /https?:\/\/[^\s<>"')]+/g;

/**
 * Splits a plain-text mail into text and links. A link into this app's sign-in pages is
 * opened on the current origin (path and query only), so the development outbox works
 * whatever PUBLIC_URL the server was started with.
 */
export function splitMailLinks(text: string): MailPart[] {
  const parts: MailPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ text: text.slice(last, index) });
    const url = match[0].replace(/[.,;:!?]+$/, "");
    let href = url;
    try {
      const parsed = new URL(url);
      if (parsed.pathname.startsWith("/sign-in/")) href = parsed.pathname + parsed.search;
    } catch {
      // not a URL after all: keep it as it is
    }
    parts.push({ url, href });
    last = index + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
