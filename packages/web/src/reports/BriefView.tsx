import type { BriefBlock } from "./api.js";
import { useRt } from "./i18n/index.js";

type Table = Extract<BriefBlock, { type: "table" }>["table"];

/** A cell as text: shares as percentages and numbers in the brief's language, empty as "–". */
export function cellText(table: Table, column: number, value: unknown, language: string): string {
  if (value === null || value === undefined) return "–";
  if (typeof value !== "number") return String(value);
  const locale = language === "en" ? "en-GB" : `${language}-FI`;
  return table.shares?.includes(column)
    ? value.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 })
    : value.toLocaleString(locale);
}

/** Bars of the shares in one column, hidden from screen readers: the table beside them says it all. */
function Bars({ table }: { table: Table }) {
  const { rt } = useRt();
  const column = table.bar!;
  return (
    <figure className="report-bars" aria-hidden="true">
      <figcaption>{rt("chart", { caption: table.caption })}</figcaption>
      {table.rows.map((row, i) => {
        const value = typeof row[column] === "number" ? (row[column] as number) : 0;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and never reorder
          <div key={i} className="report-bar">
            <span className="report-bar-label">{String(row[0] ?? "")}</span>
            <span className="report-bar-track">
              <span
                className="report-bar-fill"
                style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }}
              />
            </span>
          </div>
        );
      })}
    </figure>
  );
}

function DataTable({ table, language }: { table: Table; language: string }) {
  return (
    <div className="report-table-wrap">
      <table className="report-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and never reorder
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <th key={c} scope="row">
                    {cellText(table, c, cell, language)}
                  </th>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                  <td key={c}>{cellText(table, c, cell, language)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the view shows of a brief or a period report. */
export interface ReportContent {
  language: string;
  sections: { key: string; heading: string; blocks: BriefBlock[] }[];
}

/** A report's sections: headings, paragraphs, data tables with their bars, approved quotes. */
export function BriefView({ brief }: { brief: ReportContent }) {
  return (
    <div lang={brief.language}>
      {brief.sections.map((section) => (
        <section key={section.key} aria-labelledby={`report-${section.key}`}>
          <h2 id={`report-${section.key}`}>{section.heading}</h2>
          {section.blocks.map((block, i) => {
            const key = `${section.key}-${i}`;
            if (block.type === "paragraph") return <p key={key}>{block.text}</p>;
            if (block.type === "quotes")
              return (
                <div key={key}>
                  <h3>{block.heading}</h3>
                  {block.quotes.map((q) => (
                    <blockquote key={q}>{q}</blockquote>
                  ))}
                </div>
              );
            return (
              <div key={key} className="report-figure">
                <DataTable table={block.table} language={brief.language} />
                {block.table.bar !== undefined && block.table.rows.length ? (
                  <Bars table={block.table} />
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
