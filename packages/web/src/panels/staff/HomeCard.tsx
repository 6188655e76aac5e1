import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { panelStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";

/** The staff home card: how many resident panels there are. */
export function PanelsHomeCard({ base }: { base: string }) {
  const { pt } = usePt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "panel.read");
  const panels = useQuery({
    queryKey: ["panels", org.slug],
    queryFn: () => panelStaffEndpoints.list(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/panels`}>{pt("staff.title")}</Link>
      </h2>
      {panels.data ? <p>{pt("staff.card", { count: panels.data.panels.length })}</p> : null}
    </li>
  );
}
