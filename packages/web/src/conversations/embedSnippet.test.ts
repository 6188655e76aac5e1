import { describe, expect, it } from "vitest";
import { embedSnippet } from "./embedSnippet.js";

describe("embed snippet", () => {
  it("points the placeholder at the conversation and the script at the same host", () => {
    const html = embedSnippet({
      url: "https://kuulo.example/ks/c/abc123?t=asukkaat.sig&x=1",
      origin: "https://other.example",
    });
    expect(html).toBe(
      '<div data-kuulo-conversation="https://kuulo.example/ks/c/abc123?t=asukkaat.sig&amp;x=1"></div>\n<script src="https://kuulo.example/embed.js" async></script>',
    );
  });

  it("makes a relative link absolute with the page's origin", () => {
    expect(embedSnippet({ url: "/ks/c/abc", origin: "http://127.0.0.1:3000" })).toContain(
      'data-kuulo-conversation="http://127.0.0.1:3000/ks/c/abc"',
    );
  });
});
