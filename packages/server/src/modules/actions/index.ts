// The actions module's public surface: importing a table from cells (the CLI, and an XLSX
// reader to come), reading a CSV file into cells, and the stable URLs of a published table.

/** For demo seeders of other modules (a finished panel's action table with measures under way). */
export { editMeasure } from "./measures.js";
export { cellsFromCsv, cellsFromFile } from "./open-data.js";
/** For statements' public pages (modules/deliberation): what came of each recommendation. */
export { type RecommendationOutcome, statementOutcomes } from "./outcomes.js";
export { publicUrls } from "./routes/public.js";
export { addMeasure } from "./rows.js";
/** For statements (modules/deliberation): an action table's recommendations linked to their source. */
export type { SourceSnapshot } from "./schema.js";
/** For decision-maker briefs (modules/reports): what came of an activity. */
export { actionMeasures, actionRecommendations, actionTables } from "./schema.js";
export { type ActionTable, importActionTable, publishActionTable } from "./tables.js";
export { linkSource } from "./trail.js";
