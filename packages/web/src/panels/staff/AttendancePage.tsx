import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type Attendance, feeStaffEndpoints } from "../fees-api.js";
import { usePt } from "../i18n/index.js";

/** Check-in at a session on a tablet or phone: search, one tap to check in, one to undo. */
export function AttendancePage() {
  const { pt, language } = usePt();
  const { panelId = "", sessionId = "" } = useParams();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const key = ["panel-attendance", org.slug, panelId, sessionId];
  const list = useQuery({
    queryKey: key,
    queryFn: () => feeStaffEndpoints.attendance(org.slug, panelId, sessionId),
  });
  useDocumentTitle(pt("attendance.title"));
  const [search, setSearch] = useState("");
  const [last, setLast] = useState("");
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const toggle = useMutation({
    mutationFn: (p: { candidateId: string; present: boolean; name: string }) =>
      feeStaffEndpoints.checkIn(org.slug, panelId, sessionId, p.candidateId, p.present),
    onSuccess: (result, p) => {
      client.setQueryData<Attendance>(key, (old) =>
        old
          ? {
              ...old,
              panelists: old.panelists.map((x) =>
                x.candidateId === p.candidateId ? { ...x, checkedInAt: result.checkedInAt } : x,
              ),
            }
          : old,
      );
      setLast(pt(p.present ? "attendance.checkedIn" : "attendance.undone", { name: p.name }));
    },
    onError: failWith,
  });
  const data = list.data;
  const needle = search.trim().toLowerCase();
  const shown = (data?.panelists ?? []).filter(
    (p) => !needle || p.name.toLowerCase().includes(needle) || String(p.number + 1) === needle,
  );
  const present = data?.panelists.filter((p) => p.checkedInAt).length ?? 0;
  return (
    <div className="page">
      <p>
        <Link to={`/${org.slug}/staff/panels/${panelId}`}>{pt("attendance.back")}</Link>
      </p>
      <h1 tabIndex={-1}>{pt("attendance.title")}</h1>
      {data ? (
        <p>
          {formatDate(data.session.date, language)} {data.session.startTime}
          {data.session.place ? `, ${data.session.place}` : ""} ·{" "}
          {pt("attendance.count", { present, total: data.panelists.length })}
        </p>
      ) : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="attendance-search"
        label={pt("attendance.search")}
        type="search"
        value={search}
        onChange={setSearch}
        maxLength={100}
      />
      {last ? <Status>{last}</Status> : null}
      <ul className="check-in-list">
        {shown.map((p) => {
          const label = p.name || pt("attendance.panelist", { number: p.number + 1 });
          return (
            <li key={p.candidateId}>
              <button
                type="button"
                className={p.checkedInAt ? "button" : "button button--quiet"}
                aria-pressed={p.checkedInAt !== null}
                disabled={toggle.isPending}
                onClick={() =>
                  toggle.mutate({
                    candidateId: p.candidateId,
                    present: p.checkedInAt === null,
                    name: label,
                  })
                }
              >
                {p.checkedInAt ? "✓ " : ""}
                {label}
              </button>
            </li>
          );
        })}
      </ul>
      {data && shown.length === 0 ? <p>{pt("attendance.noMatch")}</p> : null}
    </div>
  );
}
