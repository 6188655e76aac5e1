import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { actionStaffEndpoints } from "../api.js";
import { useAt } from "../i18n/index.js";

/** The staff home card: how many action tables there are. */
export function ActionsHomeCard({ base }: { base: string }) {
  const { at } = useAt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "actions.read");
  const tables = useQuery({
    queryKey: ["actions", org.slug, "tables"],
    queryFn: () => actionStaffEndpoints.tables(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/actions`}>{at("staff.title")}</Link>
      </h2>
      {tables.data ? <p>{at("staff.card", { count: tables.data.tables.length })}</p> : null}
    </li>
  );
}
