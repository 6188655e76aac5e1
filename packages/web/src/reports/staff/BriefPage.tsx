import { useStaffContext } from "../../components/StaffContext.js";
import type { BriefKind } from "../api.js";
import { BriefScreen } from "../BriefScreen.js";

/** `/:slug/staff/reports/{conversations|surveys|panels|juries|roundtables|phone}/:id`: an activity's brief, with its PDF. */
export function BriefPage({ kind }: { kind: BriefKind }) {
  const { org } = useStaffContext();
  return <BriefScreen slug={org.slug} kind={kind} audience="" />;
}
