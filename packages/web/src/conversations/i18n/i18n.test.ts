import { describe } from "vitest";
import { flattenResources, itHasCompleteTranslations } from "../../i18n/testing.js";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };

// That every key the module asks for with ct() exists is checked by the compiler (its
// namespace's resources are typed, see index.ts); here: the bundles themselves.
describe("conversation translations", () => {
  itHasCompleteTranslations(flattenResources({ fi, sv, en }), 200);
});
