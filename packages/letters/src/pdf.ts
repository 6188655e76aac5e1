// The letters as one PDF (mail merge): A4, the address in the window of a C5 window envelope,
// one page per language (so every letter of a run has the same number of pages: 1, or 2 in a
// bilingual county). Written page by page to a stream: memory stays flat however many letters.
import { PassThrough } from "node:stream";
import PDFDocument from "pdfkit";
import { formatCode, isValidCode } from "./codes.js";
import { LettersError } from "./errors.js";
import { letterFonts } from "./fonts.js";
import { LAYOUT, type Measure, mm, PAGE, type PlacedLine, placeAddress } from "./geometry.js";
import { formatDate, formatDay, LABELS } from "./language.js";
import { qrMatrix, qrRuns } from "./qr.js";
import { fill, type LetterLanguage, type LetterTemplate } from "./template.js";

export interface Letter {
  /** 1, 2, …: the order in the PDF and the printing-house file. */
  number: number;
  /** ABCD-EFGH. */
  code: string;
  firstNames: string;
  surname: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  /** From letterLanguages: one language, or two in a bilingual county. */
  languages: LetterLanguage[];
}

export interface LettersPdfOptions {
  template: LetterTemplate;
  /** The sign-up page; the QR code opens it with `?code=ABCD-EFGH`. */
  url: string;
  /** The letters' date, YYYY-MM-DD: the template's, else this, else today. */
  date?: string;
  /** Called with the address lines exactly as drawn (for checks and tests). */
  onAddress?: (letter: Letter, lines: PlacedLine[]) => void;
}

export interface LettersPdfResult {
  letters: number;
  pages: number;
}

/** The sign-up link in the QR code. */
export function signUpLink(url: string, code: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}code=${formatCode(code.replace(/-/g, ""))}`;
}

/** The address printed to type: the template's shortUrl, else the URL without https://. */
export function shortUrl(template: LetterTemplate, url: string): string {
  return template.shortUrl ?? url.replace(/^https?:\/\//, "").replace(/\/$/, "");
}

/** Pages per letter: one per language. */
export function pagesPerLetter(template: LetterTemplate): number {
  return template.bilingual ? 2 : 1;
}

const GREY = "#444444";
/** Bytes made but not yet taken by the output before the letters wait for it. */
const BACKLOG = 4 * 1024 * 1024;

class Renderer {
  readonly measure: Measure;
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly options: LettersPdfOptions,
    readonly date: string,
  ) {
    this.measure = (text, size, bold) => {
      doc.font(bold ? "bold" : "regular").fontSize(size);
      return { width: doc.widthOfString(text), height: doc.currentLineHeight(true) };
    };
  }

  letter(letter: Letter): void {
    const { template } = this.options;
    if (!isValidCode(letter.code))
      throw new LettersError("BAD_LETTER", `letter ${letter.number}: not a valid sign-up code`);
    if (letter.languages.length !== pagesPerLetter(template))
      throw new LettersError(
        "BAD_LETTER",
        `letter ${letter.number}: ${letter.languages.length} languages, the template needs ${pagesPerLetter(template)}`,
      );
    letter.languages.forEach((language, i) => {
      this.page(letter, language, i === 0);
    });
  }

  private text(
    text: string,
    x: number,
    y: number,
    size: number,
    options: PDFKit.Mixins.TextOptions & { bold?: boolean; mono?: boolean } = {},
  ) {
    const { bold, mono, ...rest } = options;
    this.doc.font(mono ? "mono" : bold ? "bold" : "regular").fontSize(size);
    // Always a width: then PDFKit moves doc.y below the text.
    this.doc.text(text, x, y, { width: PAGE.width - x - LAYOUT.margin.right, ...rest });
  }

  private page(letter: Letter, language: LetterLanguage, first: boolean): void {
    const { doc, options } = this;
    const { template } = options;
    const labels = LABELS[language];
    doc.addPage({ size: "A4", margin: 0 });
    doc.fillColor("black");

    // Sender, top left; date and letter number, top right.
    const { header, meta, code: box, body, footer } = LAYOUT;
    const headerWidth = meta.x - header.x - mm(5);
    this.text(template.organization[language], header.x, header.y, 12, {
      bold: true,
      width: headerWidth,
    });
    let y = doc.y + mm(1);
    for (const line of template.sender[language]) {
      this.text(line, header.x, y, 9, { width: headerWidth });
      y = doc.y;
    }
    this.text(formatDate(this.date), meta.x, meta.y, 10);
    doc.fillColor(GREY);
    this.text(`${labels.letter} ${letter.number}`, meta.x, doc.y, 9);
    doc.fillColor("black");

    // The address in the window (on the first page).
    if (first) {
      const lines = placeAddress(
        {
          // The organization and the postal lines of the sender (its unit left out).
          returnAddress: [
            template.organization[language],
            ...template.sender[language].slice(-2),
          ].join(", "),
          name: `${letter.firstNames} ${letter.surname}`,
          streetAddress: letter.streetAddress,
          postalCode: letter.postalCode,
          postOffice: letter.postOffice,
        },
        this.measure,
        `letter ${letter.number}`,
      );
      for (const line of lines)
        this.text(line.text, line.x, line.y, line.size, { bold: line.bold });
      options.onAddress?.(letter, lines);
    }

    // The code and the QR code, right of the window.
    this.text(labels.code, box.x, box.y, 9, { width: box.width });
    this.text(letter.code, box.x, doc.y + mm(1), 17, { mono: true });
    this.qr(signUpLink(options.url, letter.code), box.x, doc.y + mm(2), LAYOUT.qrSize);

    // The letter.
    const values = {
      first_names: letter.firstNames,
      surname: letter.surname,
      organization: template.organization[language],
      deadline: formatDate(template.deadline),
      url: shortUrl(template, options.url),
      code: letter.code,
    };
    const text = template.texts[language];
    const width = body.width;
    // Each block is measured before it is drawn: a text that would run past the body's foot
    // (or onto a new page, which PDFKit would add) is refused.
    y = body.y;
    const block = (
      content: string,
      size: number,
      gap: number,
      options: { bold?: boolean; indent?: number } = {},
    ) => {
      const indent = options.indent ?? 0;
      doc.font(options.bold ? "bold" : "regular").fontSize(size);
      const height = doc.heightOfString(content, { width: width - indent, lineGap: 1.5 });
      if (y + height > body.bottom)
        throw new LettersError(
          "TOO_LONG",
          `letter ${letter.number}: the ${language === "fi" ? "Finnish" : "Swedish"} text does not fit on one page: shorten texts.${language}`,
          `texts.${language}`,
        );
      this.text(content, body.x + indent, y, size, {
        bold: options.bold ?? false,
        width: width - indent,
        lineGap: 1.5,
      });
      y = doc.y + gap;
    };
    block(fill(text.title, values), 13, mm(3), { bold: true });
    for (const paragraph of text.body) block(fill(paragraph, values), 10, mm(2.5));
    block(`${labels.howTo} ${values.url} ${labels.enterCode} ${letter.code}.`, 10, mm(1), {
      bold: true,
    });
    block(`${labels.deadline} ${values.deadline}.`, 10, mm(3), { bold: true });
    if (template.sessions.length > 0) {
      block(labels.sessions, 10, mm(0.5), { bold: true });
      for (const s of template.sessions)
        block(
          `•  ${formatDay(s.date, language)} ${labels.at} ${s.time}, ${s.place[language]}`,
          10,
          mm(0.5),
          { indent: mm(2) },
        );
      y += mm(2.5);
    }
    for (const line of text.signature) {
      if (line === "") y += mm(4);
      else block(fill(line, values), 10, 0);
    }
    doc.fillColor(GREY);
    this.text(labels.source, footer.x, footer.y, 7.5, { width: footer.width });
    doc.fillColor("black");
  }

  /** The last QR code made: both pages of a bilingual letter have the same one. */
  private lastQr: { link: string; matrix: boolean[][] } | undefined;

  /** The QR code as vector rectangles, with its quiet zone left white. */
  private qr(link: string, x: number, y: number, size: number): void {
    if (this.lastQr?.link !== link) this.lastQr = { link, matrix: qrMatrix(link) };
    const { matrix } = this.lastQr;
    const module = size / matrix.length;
    for (const [cx, cy, w] of qrRuns(matrix))
      this.doc.rect(x + cx * module, y + cy * module, w * module + 0.01, module + 0.01);
    this.doc.fill("black");
  }
}

/** Empties the word-layout cache of each font in use (PDFKit's `layoutCache`, if it has one). */
function clearLayoutCaches(doc: PDFKit.PDFDocument): void {
  const fonts = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })
    ._fontFamilies;
  for (const font of Object.values(fonts ?? {}))
    if (font.layoutCache) font.layoutCache = Object.create(null);
}

/**
 * Writes the letters as one PDF to `out` (a file stream, say). Letters may come from a
 * generator; each page goes out as soon as the next begins. Throws a LettersError when a text
 * or an address does not fit (then `out` is left to the caller to discard).
 */
export async function writeLettersPdf(
  letters: Iterable<Letter> | AsyncIterable<Letter>,
  options: LettersPdfOptions,
  out: NodeJS.WritableStream,
): Promise<LettersPdfResult> {
  const { template } = options;
  const date = template.date ?? options.date ?? new Date().toISOString().slice(0, 10);
  const fonts = letterFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    autoFirstPage: false,
    compress: true,
    lang: "fi",
    info: {
      Title: `${template.organization.fi}: ${template.texts.fi.title}`,
      Creator: "Kuulo",
      Producer: "Kuulo",
    },
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.registerFont("mono", fonts.mono);
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
    doc.on("error", reject);
  });
  doc.pipe(out);
  const renderer = new Renderer(doc, options, date);
  let count = 0;
  try {
    for await (const letter of letters) {
      renderer.letter(letter);
      count++;
      // PDFKit caches the layout of every word it has set, and names and codes are new words
      // on every letter: start the cache afresh now and then, so that memory stays flat.
      if (count % 200 === 0) clearLayoutCaches(doc);
      // Let the stream write out what is done, and wait while it is behind (backpressure).
      if (count % 20 === 0) await new Promise((resolve) => setImmediate(resolve));
      while (doc.readableLength > BACKLOG) await new Promise((resolve) => setTimeout(resolve, 2));
    }
  } catch (error) {
    doc.unpipe(out as NodeJS.WritableStream & import("node:stream").Writable);
    throw error;
  }
  doc.end();
  await finished;
  return { letters: count, pages: count * pagesPerLetter(template) };
}

/** The PDF's bytes (for tests and small runs). */
export async function lettersPdf(
  letters: Iterable<Letter>,
  options: LettersPdfOptions,
): Promise<{ bytes: Uint8Array } & LettersPdfResult> {
  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on("data", (chunk: Buffer) => chunks.push(chunk));
  const result = await writeLettersPdf(letters, options, sink);
  return { bytes: new Uint8Array(Buffer.concat(chunks)), ...result };
}
