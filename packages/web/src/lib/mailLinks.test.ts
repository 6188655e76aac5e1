import { describe, expect, it } from "vitest";
import { splitMailLinks } from "./mailLinks.js";

describe("splitMailLinks", () => {
  it("turns a sign-in link into a path on this site and keeps the text around it", () => {
    const parts = splitMailLinks(
      "Hei!\nKirjaudu: http://localhost:3000/sign-in/verify?token=abc_DEF-1.\nKuulo",
    );
    expect(parts).toEqual([
      { text: "Hei!\nKirjaudu: " },
      {
        url: "http://localhost:3000/sign-in/verify?token=abc_DEF-1",
        href: "/sign-in/verify?token=abc_DEF-1",
      },
      { text: ".\nKuulo" },
    ]);
  });

  it("leaves other links as they are", () => {
    expect(splitMailLinks("See https://kuulo.fi/about")).toEqual([
      { text: "See " },
      { url: "https://kuulo.fi/about", href: "https://kuulo.fi/about" },
    ]);
  });

  it("returns text without links whole", () => {
    expect(splitMailLinks("no links here")).toEqual([{ text: "no links here" }]);
    expect(splitMailLinks("")).toEqual([]);
  });
});
