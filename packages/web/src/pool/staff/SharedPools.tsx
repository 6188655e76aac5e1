import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useStaffContext } from "../../components/StaffContext.js";
import { localized } from "../../lib/language.js";
import { poolStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";

/** Other organizations' pools shared with this one (accepted agreements), to work on. */
export function SharedPools() {
  const { pt, language } = usePt();
  const { org } = useStaffContext();
  const sharing = useQuery({
    queryKey: ["pool", org.slug, "sharing"],
    queryFn: () => poolStaffEndpoints.sharing(org.slug),
  });
  const shared = (sharing.data?.agreements ?? []).filter(
    (a) => a.role === "partner" && a.status === "accepted",
  );
  if (shared.length === 0) return null;
  return (
    <nav aria-labelledby="shared-pools-heading">
      <h2 id="shared-pools-heading">{pt("sharing.sharedPools")}</h2>
      <p>{pt("sharing.sharedPoolsHint")}</p>
      <ul>
        {shared.map((a) => (
          <li key={a.id}>
            <Link to={`shared/${a.host.slug}`}>{localized(a.host.name, language)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
