import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";

/** The staff home card: how many online juries there are. */
export function JuriesHomeCard({ base }: { base: string }) {
  const { jt } = useJt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "jury.read");
  const juries = useQuery({
    queryKey: ["juries", org.slug],
    queryFn: () => juryStaffEndpoints.list(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/juries`}>{jt("staff.title")}</Link>
      </h2>
      {juries.data ? <p>{jt("staff.card", { count: juries.data.juries.length })}</p> : null}
    </li>
  );
}
