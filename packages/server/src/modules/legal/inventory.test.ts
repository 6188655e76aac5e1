import { getTableName, isTable } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as platform from "../../db/platform-schema.js";
import { appModules } from "../index.js";
import { NO_PERSONAL_DATA, STORED_DATA } from "./inventory.js";

/** The privacy notice's list of stored data covers every table the app has. */
describe("what Kuulo stores", () => {
  it("names every table once, either as personal data or as holding none", () => {
    const tables = [
      ...appModules.flatMap((m) => Object.values(m.tables)),
      ...Object.values(platform),
    ]
      .filter(isTable)
      .map((table) => getTableName(table))
      .sort();
    const declared = [...STORED_DATA.flatMap((d) => d.tables), ...NO_PERSONAL_DATA].sort();
    expect(declared).toEqual(tables);
  });

  it("says what, why and for how long in every language", () => {
    for (const entry of STORED_DATA) {
      for (const text of [entry.what, entry.purpose, entry.retention]) {
        expect(text.fi && text.sv && text.en, entry.tables.join()).toBeTruthy();
      }
    }
  });
});
