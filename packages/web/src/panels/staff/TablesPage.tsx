import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { panelStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";
import { type SessionTables, sessionStaffEndpoints } from "../sessions-api.js";
import { TableCard } from "./TableCard.js";

const fieldFor = (path: string) =>
  path.replace(/^body\./, "") === "tables" ? "tables-count" : undefined;

/** A session's tables: seat the confirmed panelists balanced over the strata, then adjust. */
export function TablesPage() {
  const { pt, language } = usePt();
  const { panelId = "", sessionId = "" } = useParams();
  const { org, membership } = useStaffContext();
  const manage = can(membership, "panel.manage");
  const client = useQueryClient();
  const key = ["panels", org.slug, panelId, "tables", sessionId];
  const panel = useQuery({
    queryKey: ["panels", org.slug, panelId],
    queryFn: () => panelStaffEndpoints.panel(org.slug, panelId),
  });
  const tables = useQuery({
    queryKey: key,
    queryFn: () => sessionStaffEndpoints.tables(org.slug, panelId, sessionId),
  });
  // Facilitators are chosen from the staff with the facilitator role (panel.manage).
  const staff = useQuery({
    queryKey: ["panels", org.slug, panelId, "facilitators"],
    queryFn: () => sessionStaffEndpoints.facilitators(org.slug, panelId),
    enabled: manage,
  });
  const facilitators = staff.data?.facilitators ?? [];
  const session = panel.data?.sessions.find((s) => s.id === sessionId);
  const when = session ? `${formatDate(session.date, language)} ${session.startTime}` : "";
  useDocumentTitle(pt("tables.title", { when }));
  const [count, setCount] = useState("5");
  const [done, setDone] = useState("");
  const { errors, attempt, fail, failWith, fieldError, clear } = useFormErrors(fieldFor);
  const show = (data: SessionTables, message: string) => {
    client.setQueryData(key, data);
    setDone(message);
  };
  const assign = useMutation({
    mutationFn: (n: number) => sessionStaffEndpoints.assign(org.slug, panelId, sessionId, n),
    onSuccess: (data) => {
      clear();
      show(data, pt("tables.assigned", { count: data.tables.length }));
    },
    onError: failWith,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(count);
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > 200)
      fail([{ field: "tables-count", message: pt("tables.countError") }]);
    else assign.mutate(n);
  };
  const data = tables.data;
  return (
    <div className="page">
      <p>
        <Link to={`/${org.slug}/staff/panels/${panelId}`}>{pt("tables.back")}</Link>
      </p>
      <h1 tabIndex={-1}>{pt("tables.title", { when })}</h1>
      {panel.data ? <p>{panel.data.title}</p> : null}
      {done ? <Status>{done}</Status> : null}
      {manage ? (
        <form noValidate onSubmit={submit} aria-labelledby="tables-assign-heading">
          <h2 id="tables-assign-heading">{pt("tables.assign")}</h2>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="tables-count"
            label={pt("tables.count")}
            hint={pt("tables.countHint")}
            inputMode="numeric"
            value={count}
            onChange={setCount}
            maxLength={3}
            required
            error={fieldError("tables-count")}
          />
          <button type="submit" disabled={assign.isPending}>
            {pt("tables.assignButton")}
          </button>
        </form>
      ) : null}
      {data && data.tables.length === 0 ? <p>{pt("tables.none")}</p> : null}
      {data?.balance ? <p>{pt("tables.balance", { spread: data.balance.worstSpread })}</p> : null}
      {data?.tables.map((t) => (
        <TableCard
          key={t.number}
          table={t}
          features={data.features}
          tableNumbers={data.tables.map((x) => x.number)}
          facilitators={facilitators}
          manage={manage}
          onChange={show}
        />
      ))}
    </div>
  );
}
