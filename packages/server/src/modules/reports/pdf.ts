import { letterFonts } from "@kuulo/letters";
import PDFDocument from "pdfkit";
import type { Brief, BriefSection, BriefTable, ReportDocument } from "./brief.js";
import { labels, percent } from "./texts.js";

const MARGIN = 56;
const BAR_WIDTH = 90;
const BLUE = "#1f4e79";

/** A cell as text: shares as percentages, numbers in the language's way, empty as "–". */
export function cellText(
  table: BriefTable,
  column: number,
  value: unknown,
  language: ReportDocument["language"],
): string {
  if (value === null || value === undefined) return "–";
  if (typeof value === "number") {
    if (table.shares?.includes(column)) return percent(value, language);
    return value.toLocaleString(language === "en" ? "en-GB" : `${language}-FI`);
  }
  return String(value);
}

/** What the PDF needs of a brief; other modules' documents (a statement) give the same shape. */
export type PdfDocumentInput = Pick<Brief, "title" | "language" | "generatedAt"> & {
  sections: Pick<BriefSection, "heading" | "blocks">[];
};

/**
 * The brief as a tagged PDF (headings H1/H2, paragraphs, tables with TH/TD cells; bars are
 * artifacts beside the table that holds the same figures), DejaVu fonts as in the letters.
 */
export function briefPdf(brief: PdfDocumentInput): Promise<Buffer> {
  const fonts = letterFonts();
  const t = labels(brief.language);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    tagged: true,
    lang: brief.language,
    displayTitle: true,
    compress: true,
    info: { Title: brief.title, Creator: "Kuulo", Producer: "Kuulo" },
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const root = doc.struct("Document");
  doc.addStructure(root);
  const width = doc.page.width - 2 * MARGIN;
  const text = (value: string, type: string, font: string, size: number, gap = 4) => {
    doc.font(font).fontSize(size).fillColor("black");
    doc.text(value, MARGIN, doc.y, { width, structParent: root, structType: type });
    doc.moveDown(gap / size);
  };
  text(brief.title, "H1", "bold", 18, 6);
  text(`${t("generated")} ${brief.generatedAt.slice(0, 10)}`, "P", "regular", 9, 10);
  for (const section of brief.sections) {
    doc.moveDown(0.5);
    text(section.heading, "H2", "bold", 14, 6);
    for (const block of section.blocks) {
      if (block.type === "paragraph") text(block.text, "P", "regular", 10, 8);
      else if (block.type === "quotes") {
        text(block.heading, "H3", "bold", 10, 4);
        for (const quote of block.quotes) text(`“${quote}”`, "BlockQuote", "regular", 10, 4);
      } else drawTable(doc, root, block.table, brief.language);
    }
  }
  root.end();
  doc.end();
  return done;
}

function drawTable(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  table: BriefTable,
  language: ReportDocument["language"],
): void {
  const full = doc.page.width - 2 * MARGIN - (table.bar !== undefined ? BAR_WIDTH + 8 : 0);
  const rest =
    table.columns.length > 1 ? Math.min(90, (full * 0.5) / (table.columns.length - 1)) : 0;
  const widths = table.columns.map((_, i) =>
    i === 0 ? full - rest * (table.columns.length - 1) : rest,
  );
  doc.font("bold").fontSize(10).fillColor("black");
  doc.text(table.caption, MARGIN, doc.y, {
    width: full,
    structParent: root,
    structType: "Caption",
  });
  doc.moveDown(0.2);
  const element = doc.struct("Table");
  root.add(element);
  const row = (cells: string[], header: boolean, share: number | null) => {
    doc.font(header ? "bold" : "regular").fontSize(9);
    const height =
      Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 6 }))) + 4;
    if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
    const y = doc.y;
    const tr = doc.struct("TR");
    element.add(tr);
    let x = MARGIN;
    cells.forEach((c, i) => {
      doc.text(c, x, y + 2, {
        width: widths[i]! - 6,
        align: i === 0 ? "left" : "right",
        structParent: tr,
        structType: header ? "TH" : "TD",
      });
      x += widths[i]!;
    });
    tr.end();
    if (share !== null) {
      doc.markContent("Artifact", { type: "Layout" });
      doc.rect(x + 8, y + 3, BAR_WIDTH, height - 6).fill("#e8e8e8");
      doc.rect(x + 8, y + 3, BAR_WIDTH * Math.max(0, Math.min(1, share)), height - 6).fill(BLUE);
      doc.endMarkedContent();
    }
    doc.markContent("Artifact", { type: "Layout" });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(MARGIN + full, y + height)
      .lineWidth(0.3)
      .stroke("#999999");
    doc.endMarkedContent();
    doc.fillColor("black");
    doc.x = MARGIN;
    doc.y = y + height;
  };
  row(table.columns, true, null);
  for (const r of table.rows) {
    const value = table.bar !== undefined ? r[table.bar] : null;
    row(
      r.map((v, i) => cellText(table, i, v, language)),
      false,
      typeof value === "number" && table.shares?.includes(table.bar!) ? value : null,
    );
  }
  element.end();
  doc.moveDown(0.8);
}
