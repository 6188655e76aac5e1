import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { localized } from "../../lib/language.js";
import { useCt } from "../i18n/index.js";
import { staffEndpoints } from "./api.js";
import { staffKeys } from "./shared.js";

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
      {can(membership, "conversation.translate") ? <TranslationCounts base={base} /> : null}
    </li>
  );
}

/** The conversations with texts missing in one of the organization's languages. */
function TranslationCounts({ base }: { base: string }) {
  const { ct, language } = useCt();
  const { org } = useStaffContext();
  const counts = useQuery({
    queryKey: staffKeys.translationCounts(org.slug),
    queryFn: () => staffEndpoints.translationCounts(org.slug),
  });
  const list = counts.data?.conversations ?? [];
  if (list.length === 0) return null;
  return (
    <>
      <p>{ct("translate.homeTitle")}</p>
      <ul className="conv-translate__counts">
        {list.map((c) => (
          <li key={c.id}>
            <Link to={`${base}/conversations/${c.id}/translations`}>
              {ct("translate.homeCount", {
                title: localized(c.title, language),
                count: c.missing,
              })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
