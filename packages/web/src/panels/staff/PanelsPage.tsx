import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { panelStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";
import { SetupForm } from "./SetupForm.js";

/** The organization's panels and the set-up form. */
export function PanelsPage() {
  const { pt } = usePt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(pt("staff.title"));
  const panels = useQuery({
    queryKey: ["panels", org.slug],
    queryFn: () => panelStaffEndpoints.list(org.slug),
  });
  return (
    <div className="page">
      <h1 tabIndex={-1}>{pt("staff.title")}</h1>
      {panels.data?.panels.length === 0 ? <p>{pt("staff.none")}</p> : null}
      <ul>
        {panels.data?.panels.map((p) => (
          <li key={p.id}>
            <Link to={p.id}>{p.title}</Link> – {pt(`staff.statuses.${p.status as "draft"}`)}
          </li>
        ))}
      </ul>
      {can(membership, "panel.manage") ? <SetupForm /> : null}
    </div>
  );
}
