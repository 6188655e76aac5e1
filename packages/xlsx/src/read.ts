// A small XLSX reader: the first sheet (or a named one) as rows of values.
// Shared strings (rich-text runs joined, phonetic runs left out), inline strings, numbers,
// booleans, formula results, error cells as text, and dates by their number format as ISO
// dates. Unzipped with fflate; the XML is read by a small tokenizer (namespace prefixes
// ignored), enough for the parts a spreadsheet writes.
import { strFromU8, unzipSync } from "fflate";
import { XlsxError } from "./errors.js";

export type CellValue = string | number | boolean | null;

export interface XlsxTable {
  sheet: string;
  sheets: string[];
  /** Rows by their row number in the sheet (1-based), empty rows left out. */
  rows: { line: number; values: CellValue[] }[];
}

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(Number.parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : ENTITY[e]!,
  );
}

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** Parses XML into elements (local names), text kept on the element that holds it. */
export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: "#root", attrs: {}, children: [], text: "" };
  const stack = [root];
  const tag =
    /<(?:(\/?)([A-Za-z_][\w.:-]*)((?:[^>"'/]|\/(?!>)|"[^"]*"|'[^']*')*)(\/?)>|!\[CDATA\[([\s\S]*?)\]\]>|!--[\s\S]*?-->|\?[\s\S]*?\?>|![^>]*>)/g;
  let last = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) {
      const between = xml.slice(last, m.index);
      top.text += between.includes("&") ? unescapeXml(between) : between;
    }
    last = tag.lastIndex;
    if (m[5] !== undefined) {
      top.text += m[5];
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    if (m[3] && m[3].trim() !== "") {
      for (const a of m[3].matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const value = a[2] ?? a[3] ?? "";
        attrs[local(a[1]!)] = value.includes("&") ? unescapeXml(value) : value;
      }
    }
    const node: XmlNode = { name: local(m[2]), attrs, children: [], text: "" };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

const child = (n: XmlNode | undefined, name: string) => n?.children.find((c) => c.name === name);
const children = (n: XmlNode | undefined, name: string) =>
  n?.children.filter((c) => c.name === name) ?? [];
function descendant(n: XmlNode, name: string): XmlNode | undefined {
  for (const c of n.children) {
    if (c.name === name) return c;
    const d = descendant(c, name);
    if (d) return d;
  }
  return undefined;
}

/** The text of a string item: its `t`, or its rich-text runs' `t`s joined (phonetic runs left out). */
function stringItem(si: XmlNode): string {
  const t = child(si, "t");
  if (t) return t.text;
  return children(si, "r")
    .map((r) => child(r, "t")?.text ?? "")
    .join("");
}

/** Built-in number formats that are dates or times. */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);
function isDateFormat(code: string): boolean {
  const plain = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyhs]/i.test(plain) && !/^general$/i.test(plain.trim());
}

/** A serial date (days since 1899-12-30, or 1904-01-01) as an ISO date, with the time if any. */
export function serialToIso(serial: number, date1904 = false): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = Math.round((serial * 86400000) / 1000) * 1000;
  const iso = new Date(epoch + ms).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** "C12" → column index 2. */
function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** The most one part of the workbook may unpack to. */
const MAX_PART = 200 * 1024 * 1024;

/** Resolves a relationship target against the workbook's folder. */
function partPath(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

/** Reads the first sheet of an .xlsx file, or the sheet named `sheet`. */
export function readXlsx(bytes: Uint8Array, options: { sheet?: string } = {}): XlsxTable {
  let files: Record<string, Uint8Array>;
  const tooLarge: string[] = [];
  try {
    // Only the parts read here, and none that unpacks to more than MAX_PART (a zip bomb).
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!/^(xl\/.*\.xml|xl\/_rels\/workbook\.xml\.rels)$/.test(f.name)) return false;
        if (f.originalSize > MAX_PART) tooLarge.push(f.name);
        return f.originalSize <= MAX_PART;
      },
    });
  } catch {
    throw new XlsxError("the file is not an XLSX workbook (it cannot be unzipped)");
  }
  if (tooLarge.length > 0) {
    throw new XlsxError(
      `the workbook is too large to read (${tooLarge[0]} unpacks to over 200 MB)`,
      {
        part: tooLarge[0]!,
      },
    );
  }
  const text = (path: string) => (files[path] ? strFromU8(files[path]) : undefined);
  const workbookXml = text("xl/workbook.xml");
  if (!workbookXml) {
    throw new XlsxError("the file is not an XLSX workbook (xl/workbook.xml is missing)", {
      part: "xl/workbook.xml",
    });
  }
  const workbook = parseXml(workbookXml);
  const date1904 = ["1", "true"].includes(descendant(workbook, "workbookPr")?.attrs.date1904 ?? "");
  const sheetNodes = children(descendant(workbook, "sheets"), "sheet");
  const sheets = sheetNodes.map((s) => s.attrs.name ?? "");
  const chosen =
    options.sheet === undefined
      ? sheetNodes[0]
      : sheetNodes.find((s) => s.attrs.name === options.sheet);
  if (!chosen) {
    throw new XlsxError(
      options.sheet === undefined
        ? "the workbook has no sheets"
        : `the workbook has no sheet "${options.sheet}" (it has: ${sheets.join(", ")})`,
      options.sheet === undefined ? undefined : { sheet: options.sheet },
    );
  }
  const rels = parseXml(text("xl/_rels/workbook.xml.rels") ?? "<Relationships/>");
  const rel = children(descendant(rels, "Relationships") ?? rels, "Relationship").find(
    (r) => r.attrs.Id === chosen.attrs.id,
  );
  const sheetPart = partPath(rel?.attrs.Target ?? "worksheets/sheet1.xml");
  const sheetXml = text(sheetPart);
  if (!sheetXml) {
    throw new XlsxError(`the sheet "${chosen.attrs.name}" is missing from the workbook`, {
      part: sheetPart,
      sheet: chosen.attrs.name ?? "",
    });
  }

  const shared = children(
    descendant(parseXml(text("xl/sharedStrings.xml") ?? "<sst/>"), "sst"),
    "si",
  ).map(stringItem);
  const styles = parseXml(text("xl/styles.xml") ?? "<styleSheet/>");
  const custom = new Map(
    children(descendant(styles, "numFmts"), "numFmt").map((f) => [
      Number(f.attrs.numFmtId),
      f.attrs.formatCode ?? "",
    ]),
  );
  const dateStyles = children(descendant(styles, "cellXfs"), "xf").map((xf) => {
    const id = Number(xf.attrs.numFmtId ?? 0);
    return DATE_FORMATS.has(id) || (custom.has(id) && isDateFormat(custom.get(id)!));
  });

  const data = descendant(parseXml(sheetXml), "sheetData");
  const rows: XlsxTable["rows"] = [];
  let line = 0;
  for (const row of children(data, "row")) {
    line = row.attrs.r ? Number(row.attrs.r) : line + 1;
    const values: CellValue[] = [];
    let col = -1;
    for (const c of children(row, "c")) {
      col = c.attrs.r ? columnIndex(c.attrs.r) : col + 1;
      const v = child(c, "v")?.text;
      let value: CellValue = null;
      switch (c.attrs.t) {
        case "s":
          value = v === undefined ? null : (shared[Number(v)] ?? null);
          break;
        case "inlineStr":
          value = child(c, "is") ? stringItem(child(c, "is")!) : null;
          break;
        case "str":
        case "d":
        case "e":
          value = v ?? null;
          break;
        case "b":
          value = v === undefined ? null : v === "1" || v === "true";
          break;
        default:
          if (v !== undefined && v.trim() !== "") {
            const n = Number(v);
            value =
              dateStyles[Number(c.attrs.s ?? 0)] && Number.isFinite(n)
                ? serialToIso(n, date1904)
                : n;
          }
      }
      if (value === "" || value === null) continue;
      while (values.length < col) values.push(null);
      values[col] = value;
    }
    if (values.length > 0) rows.push({ line, values });
  }
  return { sheet: chosen.attrs.name ?? "", sheets, rows };
}
