// The fonts embedded in the letters: DejaVu Sans, Sans Bold and Sans Mono Bold from the
// dejavu-fonts-ttf package (Bitstream Vera licence with DejaVu's changes in the public domain:
// free to embed and redistribute). They cover every Latin letter a DVV name can have (ä ö å é
// š ž, and also ł ő ğ ñ ø …); only the characters used are embedded (subset).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface LetterFonts {
  regular: Buffer;
  bold: Buffer;
  mono: Buffer;
}

let cached: LetterFonts | undefined;

export function letterFonts(): LetterFonts {
  const read = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  cached ??= {
    regular: read("DejaVuSans.ttf"),
    bold: read("DejaVuSans-Bold.ttf"),
    mono: read("DejaVuSansMono-Bold.ttf"),
  };
  return cached;
}
