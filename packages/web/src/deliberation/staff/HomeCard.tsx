import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { deliberationStaffEndpoints } from "../api.js";
import { useDt } from "../i18n/index.js";

/** The staff home card: how many statements there are. */
export function DeliberationHomeCard({ base }: { base: string }) {
  const { dt } = useDt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "statement.read");
  const list = useQuery({
    queryKey: ["deliberation", org.slug, "statements"],
    queryFn: () => deliberationStaffEndpoints.list(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/statements`}>{dt("staff.title")}</Link>
      </h2>
      {list.data ? <p>{dt("staff.card", { count: list.data.statements.length })}</p> : null}
    </li>
  );
}
