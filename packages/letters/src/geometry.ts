// Where things go on an A4 letter folded once into a C5 window envelope. All positions are in
// PDF points (1/72 inch) from the top-left corner of the page, as PDFKit draws.
//
// The window: 20 mm from the left edge and 45 mm from the top, 90 × 45 mm. This is the address
// field of DIN 5008 form B (85 × 45 mm at 20 mm / 45 mm, for window envelopes to DIN 680) and
// the window most C5 window envelopes sold in Finland have (ikkuna vasemmalla, 90 × 45 mm);
// envelopes with the window 15 mm from the left or at 40–44 mm from the top still show the
// address, because it is drawn 5 mm inside the window on each side (the sheet moves a few mm
// in the envelope). Postal rules (Posti): the address field holds only the recipient's name and
// address, left-aligned, no empty lines, the postal code and post office on the last line.
import { LettersError } from "./errors.js";

export const MM = 72 / 25.4;
export const mm = (value: number) => value * MM;

export const PAGE = { width: 595.28, height: 841.89 } as const;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The envelope's window on the folded A4 sheet. */
export const WINDOW: Rect = { x: mm(20), y: mm(45), width: mm(90), height: mm(45) };
/** How far inside the window everything is drawn. */
export const WINDOW_PLAY = { x: mm(5), y: mm(3) };
/** Where the address may be drawn: the window less the play. */
export const ADDRESS_AREA: Rect = {
  x: WINDOW.x + WINDOW_PLAY.x,
  y: WINDOW.y + WINDOW_PLAY.y,
  width: WINDOW.width - 2 * WINDOW_PLAY.x,
  height: WINDOW.height - 2 * WINDOW_PLAY.y,
};

/** The other parts of the page. */
export const LAYOUT = {
  margin: { left: mm(20), right: mm(20) },
  /** Organization and sender, top left. */
  header: { x: mm(20), y: mm(14) },
  /** Date and letter number, top right. */
  meta: { x: mm(125), y: mm(14) },
  /** The sign-up code and the QR code, right of the window (hidden by the envelope). */
  code: { x: mm(125), y: mm(45), width: mm(65) },
  qrSize: mm(28),
  /** The letter text. */
  body: { x: mm(20), y: mm(100), width: mm(170), bottom: mm(268) },
  /** The source of the address (DVV) at the foot. */
  footer: { x: mm(20), y: mm(276), width: mm(170) },
  /** Font sizes. */
  addressSize: 10,
  minAddressSize: 7,
  returnSize: 6.5,
} as const;

export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  width: number;
  height: number;
}

/** Width and line height of a text in points. */
export type Measure = (
  text: string,
  size: number,
  bold: boolean,
) => { width: number; height: number };

export interface AddressInput {
  /** The sender in one line, e.g. "Pirkanmaan hyvinvointialue, PL 272, 33101 TAMPERE". */
  returnAddress: string;
  name: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
}

/** Splits a name too wide for the area at the last space that fits. */
function wrap(text: string, size: number, measure: Measure, width: number): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line === "" ? word : `${line} ${word}`;
    if (measure(next, size, false).width <= width || line === "") line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * The address block: the sender's return line (small), then the recipient's name, street and
 * postal code with post office. Lines too wide get a smaller size (down to 7 pt); a name still
 * too wide is split over two lines. Throws when an address cannot fit: never a cut address.
 */
export function placeAddress(
  input: AddressInput,
  measure: Measure,
  label = "letter",
): PlacedLine[] {
  const area = ADDRESS_AREA;
  const placed: PlacedLine[] = [];
  let y = area.y;
  // The return line shrinks to fit (down to 5 pt).
  let size: number = LAYOUT.returnSize;
  while (size > 5 && measure(input.returnAddress, size, false).width > area.width) size -= 0.5;
  const back = measure(input.returnAddress, size, false);
  placed.push({ text: input.returnAddress, x: area.x, y, size, bold: false, ...back });
  y += back.height + mm(2);

  const postal = `${input.postalCode} ${input.postOffice}`;
  const recipient = [input.name, input.streetAddress, postal];
  size = LAYOUT.addressSize;
  const widest = () => Math.max(...recipient.map((t) => measure(t, size, false).width));
  while (size > LAYOUT.minAddressSize && widest() > area.width) size -= 0.5;
  const nameLines = wrap(input.name, size, measure, area.width);
  for (const text of [...nameLines, input.streetAddress, postal]) {
    const m = measure(text, size, false);
    placed.push({ text, x: area.x, y, size, bold: false, ...m });
    y += m.height;
  }
  const outside = placed.find(
    (line) => line.width > area.width + 0.01 || line.y + line.height > area.y + area.height + 0.01,
  );
  if (outside)
    throw new LettersError(
      "BAD_LETTER",
      `${label}: the address does not fit in the envelope window (line ${placed.indexOf(outside)})`,
      label,
    );
  return placed;
}

/** Whether a rectangle lies inside another. */
export function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x - 0.01 &&
    inner.y >= outer.y - 0.01 &&
    inner.x + inner.width <= outer.x + outer.width + 0.01 &&
    inner.y + inner.height <= outer.y + outer.height + 0.01
  );
}
