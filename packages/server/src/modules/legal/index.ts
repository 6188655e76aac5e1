// The legal module's public surface (see organizations/index.ts): its tables and what it
// declares about the data Kuulo stores.

export { NO_PERSONAL_DATA, STORED_DATA, type StoredData } from "./inventory.js";
export { accessibilityFeedback, legalDocuments, legalFacts } from "./schema.js";
