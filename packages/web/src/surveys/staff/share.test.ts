import { describe, expect, it } from "vitest";
import { answerUrl, embedSnippet, originLines } from "./share.js";

describe("sharing a survey", () => {
  it("builds the public address and an iframe in embed mode, escaping the title", () => {
    const url = answerUrl("https://kuulo.example", "pirkanmaa", "palaute");
    expect(url).toBe("https://kuulo.example/pirkanmaa/surveys/palaute");
    const snippet = embedSnippet({ url, title: 'Palaute "A & B"', lang: "sv" });
    expect(snippet).toContain(
      'src="https://kuulo.example/pirkanmaa/surveys/palaute?embed=1&amp;lang=sv"',
    );
    expect(snippet).toContain('title="Palaute &quot;A &amp; B&quot;"');
    expect(snippet.startsWith("<iframe ")).toBe(true);
    expect(embedSnippet({ url, title: "x" })).not.toContain("lang=");
  });

  it("reads the sites allowed to embed one per line, blank lines and spaces dropped", () => {
    expect(originLines(" https://www.kunta.fi \r\n\n https://intra.kunta.fi:8443\n")).toEqual([
      "https://www.kunta.fi",
      "https://intra.kunta.fi:8443",
    ]);
    expect(originLines("  \n")).toEqual([]);
  });
});
