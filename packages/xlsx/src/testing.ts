// Test fixtures: workbooks written by hand, shaped like real exports.
import { strToU8, zipSync } from "fflate";

/**
 * A workbook shaped like the exports of common survey tools and of Excel itself (written by
 * hand for this test): shared strings with rich-text runs and a phonetic run, a `x:` namespace
 * prefix, cells without references, a date (built-in format 14), a date-time (custom format),
 * booleans, an error cell, a formula with its cached result, empty and missing cells, and the
 * responses on the second sheet behind a relationship with a `../`-free absolute target.
 */
export function surveyToolWorkbook(options: { date1904?: boolean } = {}): Uint8Array {
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
  const rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const files = {
    "[Content_Types].xml": "<Types/>",
    "xl/workbook.xml": `<?xml version="1.0"?><x:workbook ${ns} ${rel}>${options.date1904 ? '<x:workbookPr date1904="1"/>' : ""}<x:sheets><x:sheet name="Info" sheetId="1" r:id="rId7"/><x:sheet name="Vastaukset &amp; tiedot" sheetId="2" r:id="rId8"/></x:sheets></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="worksheet" Target="worksheets/info.xml"/><Relationship Id="rId8" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>`,
    "xl/sharedStrings.xml": `<x:sst ${ns} count="6" uniqueCount="6"><x:si><x:t>Aikaleima</x:t></x:si><x:si><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Kuinka </x:t></x:r><x:r><x:t>tyytyväinen olit?</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ignored</x:t></x:rPh></x:si><x:si><x:t>Täysin samaa mieltä</x:t></x:si><x:si><x:t>Åbo &amp; Vörå &lt;3</x:t></x:si><x:si><x:t>Kommentit</x:t></x:si><x:si><x:t>Rivi 1
rivi 2</x:t></x:si></x:sst>`,
    "xl/styles.xml": `<x:styleSheet ${ns}><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="d\\.m\\.yyyy\\ h:mm;@"/></x:numFmts><x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`,
    "xl/worksheets/info.xml": `<x:worksheet ${ns}><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Kysely</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
    "xl/worksheets/data.xml": `<x:worksheet ${ns}><x:sheetData>
      <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Kunta</x:t></x:is></x:c><x:c r="D1" t="s"><x:v>4</x:v></x:c><x:c r="E1" t="inlineStr"><x:is><x:t>Lapsia</x:t></x:is></x:c><x:c r="F1" t="inlineStr"><x:is><x:t>Jäsen</x:t></x:is></x:c></x:row>
      <x:row r="3"><x:c r="A3" s="2"><x:v>46328.5</x:v></x:c><x:c r="B3" t="s"><x:v>2</x:v></x:c><x:c r="C3" t="s"><x:v>3</x:v></x:c><x:c r="D3" t="s"><x:v>5</x:v></x:c><x:c r="E3" s="3"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="F3" t="b"><x:v>1</x:v></x:c></x:row>
      <x:row><x:c s="1"><x:v>46328</x:v></x:c><x:c t="str"><x:v>4</x:v></x:c><x:c/><x:c/><x:c t="e"><x:v>#DIV/0!</x:v></x:c><x:c t="b"><x:v>0</x:v></x:c></x:row>
      <x:row r="5"/>
    </x:sheetData></x:worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])));
}
