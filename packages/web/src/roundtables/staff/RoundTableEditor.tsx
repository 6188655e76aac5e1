import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, SelectField } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type RoundTableDetail, roundTableStaffEndpoints } from "../api.js";
import { useRt } from "../i18n/index.js";
import { MeetingCard } from "./MeetingCard.js";
import { MeetingForm } from "./MeetingForm.js";
import { SendingForms } from "./SendingForms.js";
import { detailKey, useWrite } from "./useWrite.js";

const STATUSES = ["preparing", "meeting", "writing", "closed"] as const;
type Status = RoundTableDetail["status"];

/** `/:slug/staff/roundtables/:roundTableId`: meetings, snapshots, proposals, the statement. */
export function RoundTableEditor() {
  const { roundTableId = "" } = useParams();
  const { rt, t, language } = useRt();
  const { org, membership } = useStaffContext();
  const slug = org.slug;
  const manage = can(membership, "roundtable.manage");
  const data = useQuery({
    queryKey: detailKey(slug, roundTableId),
    queryFn: () => roundTableStaffEndpoints.detail(slug, roundTableId),
  });
  const [status, setStatus] = useState<Status | "">("");
  const saveStatus = useWrite(slug, roundTableId, "status", (s: Status) =>
    roundTableStaffEndpoints.update(slug, roundTableId, { status: s }),
  );
  const start = useWrite(slug, roundTableId, "statement", () =>
    roundTableStaffEndpoints.startStatement(slug, roundTableId),
  );
  const title = data.data ? localized(data.data.title, language) : "";
  useDocumentTitle(title || rt("staff.title"));
  if (data.isPending) return <p className="page status">{t("common.loading")}</p>;
  if (!data.data) return <p className="page notice notice--error">{rt("public.notFound")}</p>;
  const d = data.data;
  return (
    <div className="page roundtable-staff">
      <p>
        <Link to="..">{rt("staff.title")}</Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      <p>
        <Link to={`/${slug}/roundtables/${d.id}`}>{rt("staff.publicPage")}</Link>
        {can(membership, "reports.read") ? (
          <>
            {" · "}
            <Link to={`/${slug}/staff/reports/roundtables/${d.id}`}>{rt("staff.brief")}</Link>
          </>
        ) : null}
      </p>
      {manage ? (
        <form
          noValidate
          aria-label={rt("staff.saveStatus")}
          onSubmit={(e) => {
            e.preventDefault();
            saveStatus.mutation.mutate(status || d.status);
          }}
        >
          <ErrorSummary errors={saveStatus.errors} attempt={saveStatus.attempt} />
          <SelectField
            id="status-status"
            label={rt("staff.status")}
            value={status || d.status}
            onChange={(v) => setStatus(v as Status)}
            options={STATUSES.map((s) => ({ value: s, label: rt(`status.${s}`) }))}
          />
          <button type="submit" disabled={saveStatus.mutation.isPending}>
            {rt("staff.saveStatus")}
          </button>
        </form>
      ) : (
        <p>{rt(`status.${d.status}`)}</p>
      )}
      <section aria-labelledby="rt-meetings">
        <h2 id="rt-meetings">{rt("staff.meetings")}</h2>
        {d.meetings.map((m) => (
          <MeetingCard key={m.id} slug={slug} id={d.id} meeting={m} manage={manage} />
        ))}
        {manage ? <MeetingForm slug={slug} id={d.id} /> : null}
      </section>
      <section aria-labelledby="rt-statement">
        <h2 id="rt-statement">{rt("staff.statement")}</h2>
        <ErrorSummary errors={start.errors} attempt={start.attempt} />
        {d.statementId ? (
          <p>
            <Link to={`/${slug}/staff/statements/${d.statementId}`}>
              {rt("staff.openStatement")}
            </Link>
          </p>
        ) : manage ? (
          <button
            type="button"
            disabled={start.mutation.isPending}
            onClick={() => start.mutation.mutate(undefined)}
          >
            {rt("staff.startStatement")}
          </button>
        ) : null}
      </section>
      <SendingForms slug={slug} detail={d} manage={manage} />
    </div>
  );
}
