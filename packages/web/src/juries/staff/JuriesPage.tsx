import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";
import { NewJuryForm } from "./NewJuryForm.js";

/** The organization's online juries and, for managers, setting up a new one. */
export function JuriesPage() {
  const { jt } = useJt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(jt("staff.title"));
  const juries = useQuery({
    queryKey: ["juries", org.slug],
    queryFn: () => juryStaffEndpoints.list(org.slug),
  });
  return (
    <div className="page">
      <h1 tabIndex={-1}>{jt("staff.title")}</h1>
      {juries.data?.juries.length === 0 ? <p>{jt("staff.none")}</p> : null}
      <ul>
        {juries.data?.juries.map((j) => (
          <li key={j.id}>
            <Link to={j.id}>{j.title}</Link> – {jt(`staff.statuses.${j.status}`)},{" "}
            {jt(`phases.${j.phase}`)}
          </li>
        ))}
      </ul>
      {can(membership, "jury.manage") ? <NewJuryForm /> : null}
    </div>
  );
}
