import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useCt } from "../i18n/index.js";

/** The conversations' card on the staff home page, for members who may read conversations. */
export function ConversationsHomeCard({ base }: { base: string }) {
  const { ct } = useCt();
  const { membership } = useStaffContext();
  if (!can(membership, "conversation.read")) return null;
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`${base}/conversations`}>{ct("navLink")}</Link>
      </h2>
      <p>
        {can(membership, "conversation.moderate")
          ? ct("homeCard.moderate")
          : can(membership, "conversation.results.read")
            ? ct("homeCard.results")
            : ct("homeCard.read")}
      </p>
    </li>
  );
}
