import { describe } from "vitest";
import { flattenResources, itHasCompleteTranslations } from "../../i18n/testing.js";
import en from "./en.json" with { type: "json" };
import fi from "./fi.json" with { type: "json" };
import sv from "./sv.json" with { type: "json" };

describe("phone translations", () => {
  itHasCompleteTranslations(flattenResources({ fi, sv, en }), 60);
});
