import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { phoneEndpoints } from "../api.js";
import { usePh } from "../i18n/index.js";

/** The staff home card: how many call campaigns there are. */
export function PhoneHomeCard({ base }: { base: string }) {
  const { pt } = usePh();
  const { org, membership } = useStaffContext();
  const mayRead = can(membership, "phone.read");
  const campaigns = useQuery({
    queryKey: ["phone", org.slug],
    queryFn: () => phoneEndpoints.list(org.slug),
    enabled: mayRead,
  });
  if (!mayRead) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/phone`}>{pt("staff.title")}</Link>
      </h2>
      {campaigns.data ? (
        <p>{pt("staff.card", { count: campaigns.data.campaigns.length })}</p>
      ) : null}
    </li>
  );
}
