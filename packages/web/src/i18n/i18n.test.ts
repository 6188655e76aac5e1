import { describe } from "vitest";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };
import { flattenResources, itHasCompleteTranslations } from "./testing.js";

// That every key the code asks for exists is checked by the compiler (typed resources, see
// index.ts and keys.typecheck.ts); here: the bundles themselves.
describe("translations", () => {
  itHasCompleteTranslations(flattenResources({ fi, sv, en }), 100);
});
