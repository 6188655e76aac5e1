import { parseLegalText } from "./legalText.js";

/**
 * A document's text as headings, paragraphs and lists. `titleAsH1`: the text's first `# `
 * heading is the page's h1 (the page shows no other); later ones become h2, and the levels
 * below follow, so that the outline has no gaps.
 */
export function LegalText({ text, lang }: { text: string; lang?: string | undefined }) {
  const blocks = parseLegalText(text);
  return (
    <div className="legal-text" lang={lang}>
      {blocks.map((block, i) => {
        const key = `${i}-${block.type}`;
        if (block.type === "heading") {
          if (block.level === 1 && i === 0) {
            return (
              <h1 key={key} tabIndex={-1}>
                {block.text}
              </h1>
            );
          }
          return block.level <= 2 ? (
            <h2 key={key}>{block.text}</h2>
          ) : (
            <h3 key={key}>{block.text}</h3>
          );
        }
        if (block.type === "list") {
          return (
            <ul key={key}>
              {block.items.map((item, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: items may repeat; order is stable
                <li key={j}>{item}</li>
              ))}
            </ul>
          );
        }
        return <p key={key}>{block.text}</p>;
      })}
    </div>
  );
}

/** Whether the text begins with its own `# ` title (then the page shows no other h1). */
export function hasOwnTitle(text: string): boolean {
  const first = parseLegalText(text)[0];
  return first?.type === "heading" && first.level === 1;
}
