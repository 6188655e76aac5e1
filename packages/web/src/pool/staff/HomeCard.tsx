import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { poolStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";

/** The staff home card: the pool's size. */
export function PoolHomeCard({ base }: { base: string }) {
  const { pt } = usePt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "pool.read");
  const summary = useQuery({
    queryKey: ["pool", org.slug, "summary"],
    queryFn: () => poolStaffEndpoints.summary(org.slug),
    enabled: mayRead,
  });
  if (!mayRead && !can(membership, "pool.member.create")) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/pool`}>{pt("staff.title")}</Link>
      </h2>
      {summary.data ? <p>{pt("staff.size", { count: summary.data.size })}</p> : null}
    </li>
  );
}
