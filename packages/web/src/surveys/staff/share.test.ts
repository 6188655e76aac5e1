import { describe, expect, it } from "vitest";
import { answerUrl, embedSnippet } from "./share.js";

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
});
