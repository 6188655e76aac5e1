import type { DemoSeeder } from "../define.js";
import { saveLegalFacts } from "./service.js";

/** The demo county's contacts, so that its privacy notice shows what a filled-in one looks like. */
export const seedDemoLegalFacts: DemoSeeder = async (db, { organization }) => {
  await saveLegalFacts(db, {
    organizationId: organization.id,
    actor: { label: "demo" },
    facts: {
      controllerContact: "Kirjaamo, kirjaamo@hyvinvointialue.example, puh. 014 000 0000",
      dpoContact: "Tietosuojavastaava, tietosuoja@hyvinvointialue.example",
      supervisoryAuthority: "",
      conformance: "partial",
      evaluatedOn: null,
      evaluator: "",
      nonConformities: [],
    },
  });
};
