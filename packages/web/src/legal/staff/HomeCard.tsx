import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useLt } from "../i18n/index.js";
import { legalStaffEndpoints } from "./api.js";

/** The staff home card: open and overdue accessibility feedback, and the documents. */
export function LegalHomeCard({ base }: { base: string }) {
  const { lt } = useLt();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "accessibility.feedback.read");
  const summary = useQuery({
    queryKey: ["legal", org.slug, "feedback-summary"],
    queryFn: () => legalStaffEndpoints.summary(org.slug),
    enabled: mayRead,
  });
  if (!mayRead && !can(membership, "legal.edit")) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/legal/feedback`}>{lt("homeCard.title")}</Link>
      </h2>
      {summary.data ? (
        <p className={summary.data.overdue > 0 ? "legal-badge--overdue" : undefined}>
          {lt("homeCard.summary", summary.data)}
        </p>
      ) : null}
      {can(membership, "legal.edit") ? (
        <p>
          <Link to={`${base}/legal`}>{lt("homeCard.documents")}</Link>
        </p>
      ) : null}
    </li>
  );
}
