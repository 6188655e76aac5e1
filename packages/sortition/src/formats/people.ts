import { SortitionError } from "../errors.js";
import { featureNames, type Person, type Quota } from "../model.js";
import { parseCsv } from "./csv.js";

export interface ParsePeopleOptions {
  text: string;
  /** The quotas: every feature among them must be a column, every value a quota value. */
  quotas: readonly Quota[];
  file?: string;
  /**
   * The id column. Default `id` (any case); when the file has no such column and none was
   * asked for, people are numbered 1, 2, … in row order (the replication format).
   */
  idColumn?: string;
  /** Columns whose joined values form the household key (e.g. address, postcode). */
  householdColumns?: readonly string[];
}

/**
 * Reads volunteers: an id column and one column per feature (other columns are kept).
 * Values are matched to quota values exactly after trimming, else case-insensitively.
 */
export function parsePeople(options: ParsePeopleOptions): Person[] {
  const { file } = options;
  const table = parseCsv({ text: options.text, file });
  const findColumn = (name: string) => {
    const exact = table.header.indexOf(name);
    if (exact >= 0) return exact;
    return table.header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  };
  const idIndex = findColumn(options.idColumn ?? "id");
  if (idIndex < 0 && options.idColumn !== undefined) {
    throw new SortitionError({
      code: "MISSING_COLUMN",
      message: `no id column '${options.idColumn}' (columns: ${table.header.join(", ")})`,
      location: { file, line: 1, column: options.idColumn },
    });
  }
  const features = featureNames(options.quotas).map((name) => {
    const index = findColumn(name);
    if (index < 0) {
      throw new SortitionError({
        code: "MISSING_COLUMN",
        message: `no column for the feature '${name}' (columns: ${table.header.join(", ")})`,
        location: { file, line: 1, column: name },
      });
    }
    const values = options.quotas.filter((q) => q.feature === name).map((q) => q.value);
    return { name, index, values };
  });
  const householdIndexes = (options.householdColumns ?? []).map((name) => {
    const index = findColumn(name);
    if (index < 0) {
      throw new SortitionError({
        code: "MISSING_COLUMN",
        message: `no household column '${name}'`,
        location: { file, line: 1, column: name },
      });
    }
    return index;
  });

  const seen = new Map<string, number>();
  return table.rows.map(({ line, cells }, rowIndex) => {
    const id = idIndex >= 0 ? (cells[idIndex] ?? "").trim() : String(rowIndex + 1);
    const idName = table.header[idIndex] ?? "id";
    if (id === "") {
      throw new SortitionError({
        code: "MISSING_VALUE",
        message: "empty id",
        location: { file, line, column: idName },
      });
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      throw new SortitionError({
        code: "DUPLICATE_ID",
        message: `id '${id}' already used on line ${earlier}`,
        location: { file, line, column: idName },
      });
    }
    seen.set(id, line);
    const person: Person = { id, features: {}, columns: {}, line };
    table.header.forEach((h, i) => {
      person.columns[h] = cells[i] ?? "";
    });
    for (const f of features) {
      const raw = (cells[f.index] ?? "").trim();
      const column = table.header[f.index];
      if (raw === "") {
        throw new SortitionError({
          code: "MISSING_VALUE",
          message: `person '${id}' has no value for the feature '${f.name}'`,
          location: { file, line, column },
        });
      }
      const value = f.values.includes(raw)
        ? raw
        : f.values.find((v) => v.toLowerCase() === raw.toLowerCase());
      if (value === undefined) {
        throw new SortitionError({
          code: "UNKNOWN_VALUE",
          message: `unknown value '${raw}' for the feature '${f.name}' (the quotas have: ${f.values.join(", ")})`,
          location: { file, line, column },
        });
      }
      person.features[f.name] = value;
    }
    const household = householdIndexes
      .map((i) => (cells[i] ?? "").trim().toLowerCase().replace(/\s+/g, " "))
      .filter((v) => v !== "");
    if (household.length > 0) person.household = household.join(" | ");
    return person;
  });
}
