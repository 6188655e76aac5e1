/** The survey's public answering address. */
export const answerUrl = (origin: string, orgSlug: string, surveySlug: string) =>
  `${origin}/${orgSlug}/surveys/${surveySlug}`;

const escapeAttribute = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/**
 * The snippet a county pastes into its own page: an iframe to the answering page in embed mode
 * (no site header), with a title for screen readers and the language when one is chosen.
 */
export function embedSnippet(options: { url: string; title: string; lang?: string }): string {
  const src = new URL(options.url);
  src.searchParams.set("embed", "1");
  if (options.lang) src.searchParams.set("lang", options.lang);
  return (
    `<iframe src="${escapeAttribute(src.href)}" title="${escapeAttribute(options.title)}" ` +
    `style="width: 100%; height: 50rem; border: 0" loading="lazy"></iframe>`
  );
}

/** The sites allowed to embed the survey, one per line (empty lines dropped). */
export const originLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
