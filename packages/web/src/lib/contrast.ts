/** Colour contrast per WCAG 2.2: relative luminance and contrast ratio of sRGB colours. */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Parses `#rgb` or `#rrggbb` (the `#` is optional); returns null for anything else. */
export function parseHexColor(value: string): Rgb | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  let hex = match[1]!;
  if (hex.length === 3) {
    hex = hex
      .split("")
      .map((c) => c + c)
      .join("");
  }
  return {
    r: Number.parseInt(hex.slice(0, 2), 16),
    g: Number.parseInt(hex.slice(2, 4), 16),
    b: Number.parseInt(hex.slice(4, 6), 16),
  };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance(color: Rgb): number {
  return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b);
}

/** Contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  const [hi, lo] = la > lb ? [la, lb] : [lb, la];
  return (hi + 0.05) / (lo + 0.05);
}

export interface TextColorChoice {
  /** "#000000" or "#ffffff", whichever contrasts more with the background. */
  text: "#000000" | "#ffffff";
  ratio: number;
}

const BLACK: Rgb = { r: 0, g: 0, b: 0 };
const WHITE: Rgb = { r: 255, g: 255, b: 255 };

/** Picks black or white text for a background colour by the higher contrast ratio. */
export function textColorFor(background: Rgb): TextColorChoice {
  const onBlack = contrastRatio(background, BLACK);
  const onWhite = contrastRatio(background, WHITE);
  return onWhite >= onBlack
    ? { text: "#ffffff", ratio: onWhite }
    : { text: "#000000", ratio: onBlack };
}

export interface Theme {
  background: string;
  text: "#000000" | "#ffffff";
  ratio: number;
}

/** The default brand colour when an organization has none or an unreadable one. */
export const DEFAULT_THEME_COLOR = "#1d4f91";

/** Theme from an organization's colour: the colour itself and black or white text on it. */
export function themeFor(color: string | null | undefined): Theme {
  const parsed = parseHexColor(color ?? "") ?? parseHexColor(DEFAULT_THEME_COLOR)!;
  const choice = textColorFor(parsed);
  const hex = `#${[parsed.r, parsed.g, parsed.b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
  return { background: hex, text: choice.text, ratio: choice.ratio };
}
