import { OwnerStatement } from "../deliberation/OwnerStatement.js";
import { panelEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";

/** The panel's statement in the panelist's space (the deliberation module's participant view). */
export function PanelistStatement({ slug }: { slug: string }) {
  const { pt } = usePt();
  return (
    <OwnerStatement
      queryKey={["panelist", slug, "statement"]}
      calls={{
        statement: () => panelEndpoints.statement(slug),
        support: (id, level) => panelEndpoints.support(slug, id, level),
        amend: (id, input) => panelEndpoints.amend(slug, id, input),
      }}
      heading={pt("me.statement")}
      headingId="panelist-statement"
    />
  );
}
