import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";

/** The staff home card: how many round-table processes there are. */
export function RoundTableHomeCard({ base }: { base: string }) {
  const { rt } = useRt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "roundtable.read");
  const list = useQuery({
    queryKey: ["roundtables", org.slug, "list"],
    queryFn: () => roundTableStaffEndpoints.list(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/roundtables`}>{rt("staff.title")}</Link>
      </h2>
      {list.data ? <p>{rt("staff.card", { count: list.data.roundTables.length })}</p> : null}
    </li>
  );
}
