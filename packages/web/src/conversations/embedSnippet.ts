/** The HTML a county puts on its own site to embed a conversation (see public/embed.js). */
export function embedSnippet(options: { url: string; origin: string; xid?: boolean }): string {
  const absolute = new URL(options.url, options.origin);
  const script = new URL("/embed.js", absolute.origin).href;
  const attr = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  return [
    `<div data-kuulo-conversation="${attr(absolute.href)}"${options.xid ? ' data-xid=""' : ""}></div>`,
    `<script src="${attr(script)}" async></script>`,
  ].join("\n");
}
