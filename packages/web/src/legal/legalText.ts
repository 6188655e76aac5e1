/**
 * The documents' "markdown-ish" text as blocks: `# `, `## `, `### ` headings, `- ` list items
 * (consecutive ones make one list) and paragraphs (lines between blank lines). Nothing else is
 * interpreted: the text is shown as text, never as HTML.
 */
export type LegalBlock =
  | { type: "heading"; level: 1 | 2 | 3; text: string }
  | { type: "paragraph"; text: string }
  | { type: "list"; items: string[] };

export function parseLegalText(source: string): LegalBlock[] {
  const blocks: LegalBlock[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
    if (list) blocks.push({ type: "list", items: list });
    list = null;
  };
  for (const raw of source.replace(/\r\n?/g, "\n").split("\n")) {
    const line = raw.trim();
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (line === "") {
      flush();
    } else if (heading) {
      flush();
      blocks.push({
        type: "heading",
        level: heading[1]!.length as 1 | 2 | 3,
        text: heading[2]!.trim(),
      });
    } else if (/^[-*]\s+/.test(line)) {
      if (paragraph.length > 0) flush();
      list ??= [];
      list.push(line.replace(/^[-*]\s+/, ""));
    } else if (list) {
      // A line under a list item continues it.
      list[list.length - 1] += ` ${line}`;
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
