import { describe, expect, it } from "vitest";
import { parseLegalText } from "./legalText.js";

describe("parseLegalText", () => {
  it("reads headings, paragraphs and lists", () => {
    expect(
      parseLegalText(
        "# Otsikko\n\nEka rivi\ntoinen rivi\n\n## Oikeutesi\n- pääsy\n- oikaisu\n  jatkuu\n\nLoppu",
      ),
    ).toEqual([
      { type: "heading", level: 1, text: "Otsikko" },
      { type: "paragraph", text: "Eka rivi toinen rivi" },
      { type: "heading", level: 2, text: "Oikeutesi" },
      { type: "list", items: ["pääsy", "oikaisu jatkuu"] },
      { type: "paragraph", text: "Loppu" },
    ]);
  });

  it("keeps markup other than its own as plain text", () => {
    expect(parseLegalText('<script>alert("x")</script> **lihava**')).toEqual([
      { type: "paragraph", text: '<script>alert("x")</script> **lihava**' },
    ]);
  });

  it("reads Windows line ends and #### as text", () => {
    expect(parseLegalText("#### ei otsikko\r\n\r\n- a")).toEqual([
      { type: "paragraph", text: "#### ei otsikko" },
      { type: "list", items: ["a"] },
    ]);
  });
});
