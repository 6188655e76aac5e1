import { OwnerStatement } from "../deliberation/OwnerStatement.js";
import { juryEndpoints } from "./api.js";
import { useJt } from "./i18n/index.js";

/** The jury's statement in the juror's space (the deliberation module's participant view). */
export function JurorStatement({ slug }: { slug: string }) {
  const { jt } = useJt();
  return (
    <OwnerStatement
      queryKey={["jury-space", slug, "statement"]}
      calls={{
        statement: () => juryEndpoints.statement(slug),
        support: (id, level) => juryEndpoints.support(slug, id, level),
        amend: (id, input) => juryEndpoints.amend(slug, id, input),
      }}
      heading={jt("space.statement")}
      headingId="juror-statement"
    />
  );
}
