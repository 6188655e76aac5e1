import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { Status } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDateTime } from "../../lib/format.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useCt } from "../i18n/index.js";
import { ScrollTable } from "../ScrollTable.js";
import { staffEndpoints } from "./api.js";
import { conversationsPath, StateBadge, staffKeys } from "./shared.js";

export function ConversationListPage() {
  const { ct, t, language } = useCt();
  const { org, isAdmin } = useStaffContext();
  useDocumentTitle(ct("staff.list.title"));
  const list = useQuery({
    queryKey: staffKeys.list(org.slug),
    queryFn: () => staffEndpoints.list(org.slug),
  });
  const base = conversationsPath(org.slug);
  return (
    <div>
      <h1 tabIndex={-1}>{ct("staff.list.title")}</h1>
      <p>{ct("staff.list.intro")}</p>
      {isAdmin ? (
        <p className="button-row">
          <Link className="button" to={`${base}/new`}>
            {ct("staff.list.new")}
          </Link>
          <Link className="button button--secondary" to={`${base}/import`}>
            {ct("staff.list.import")}
          </Link>
        </p>
      ) : null}
      {list.isPending ? <Status>{t("common.loading")}</Status> : null}
      {list.error ? <p className="notice notice--error">{errorMessage(list.error, t)}</p> : null}
      {list.data && list.data.conversations.length === 0 ? (
        <p className="empty-state">{ct("staff.list.empty")}</p>
      ) : null}
      {list.data && list.data.conversations.length > 0 ? (
        <ScrollTable caption={ct("staff.list.title")} hiddenCaption>
          <thead>
            <tr>
              <th scope="col">{ct("staff.list.name")}</th>
              <th scope="col">{ct("staff.list.state")}</th>
              <th scope="col">{ct("staff.list.visibility")}</th>
              <th scope="col">{ct("staff.list.created")}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.conversations.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`${base}/${c.id}`}>{localized(c.title, language)}</Link>
                  {c.imported ? (
                    <span className="conv-badge">{ct("staff.list.imported")}</span>
                  ) : null}
                </th>
                <td>
                  <StateBadge state={c.state} />
                </td>
                <td>{ct(`staff.visibility.${c.visibility}`)}</td>
                <td>{formatDateTime(c.createdAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
    </div>
  );
}
