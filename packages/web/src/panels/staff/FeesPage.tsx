import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { formatDate } from "../../lib/format.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { euros, feeStaffEndpoints } from "../fees-api.js";
import { usePt } from "../i18n/index.js";
import { BatchSection } from "./BatchSection.js";
import { TravelSection } from "./TravelSection.js";

const today = () => new Date().toISOString().slice(0, 10);

/** A panel's fees: who has given payment details (never the values), and the fee batches. */
export function FeesPage() {
  const { pt, language } = usePt();
  const { panelId = "" } = useParams();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  useDocumentTitle(pt("feesStaff.title"));
  const status = useQuery({
    queryKey: ["panel-fees", org.slug, panelId, "details"],
    queryFn: () => feeStaffEndpoints.detailsStatus(org.slug, panelId),
  });
  const batches = useQuery({
    queryKey: ["panel-fees", org.slug, panelId, "batches"],
    queryFn: () => feeStaffEndpoints.batches(org.slug, panelId),
  });
  const refresh = () => client.invalidateQueries({ queryKey: ["panel-fees", org.slug, panelId] });
  const [payer, setPayer] = useState({ name: "", iban: "", bic: "", businessId: "" });
  const [paymentDate, setPaymentDate] = useState(today());
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => {
    const m = /^(?:body\.)?(payer\.)?(\w+)$/.exec(path);
    return m ? `batch-${m[2]}` : undefined;
  });
  const create = useMutation({
    mutationFn: () => feeStaffEndpoints.createBatch(org.slug, panelId, { payer, paymentDate }),
    onSuccess: refresh,
    onError: failWith,
  });
  const who = new Map((status.data?.panelists ?? []).map((p) => [p.candidateId, p]));
  const label = (id: string) => {
    const p = who.get(id);
    return p ? p.name || pt("attendance.panelist", { number: p.number + 1 }) : id.slice(0, 8);
  };
  const given = status.data?.panelists.filter((p) => p.givenAt).length ?? 0;
  const open = batches.data?.batches.some((b) => b.status !== "paid");
  return (
    <div className="page">
      <p>
        <Link to={`/${org.slug}/staff/panels/${panelId}`}>{pt("attendance.back")}</Link> ·{" "}
        <Link to={`/${org.slug}/staff/panels/incomes-register`}>{pt("tracker.title")}</Link>
      </p>
      <h1 tabIndex={-1}>{pt("feesStaff.title")}</h1>
      <section aria-labelledby="fee-details-heading">
        <h2 id="fee-details-heading">{pt("feesStaff.details")}</h2>
        <p>{pt("feesStaff.detailsCount", { given, total: status.data?.panelists.length ?? 0 })}</p>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
        <section className="table-scroll" aria-labelledby="fee-details-caption" tabIndex={0}>
          <table>
            <caption id="fee-details-caption">{pt("feesStaff.detailsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{pt("feesStaff.panelist")}</th>
                <th scope="col">{pt("feesStaff.given")}</th>
              </tr>
            </thead>
            <tbody>
              {status.data?.panelists.map((p) => (
                <tr key={p.candidateId}>
                  <th scope="row">{label(p.candidateId)}</th>
                  <td>{p.givenAt ? formatDate(p.givenAt, language) : pt("feesStaff.notGiven")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </section>
      <TravelSection slug={org.slug} panelId={panelId} label={label} onChange={refresh} />
      <section aria-labelledby="fee-batches-heading">
        <h2 id="fee-batches-heading">{pt("feesStaff.batches")}</h2>
        {!open ? (
          <form
            noValidate
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              create.mutate();
            }}
          >
            <h3>{pt("feesStaff.newBatch")}</h3>
            <ErrorSummary errors={errors} attempt={attempt} />
            {(["name", "iban", "bic", "businessId"] as const).map((k) => (
              <TextField
                key={k}
                id={`batch-${k}`}
                label={pt(`feesStaff.payer.${k}`)}
                value={payer[k]}
                onChange={(v) => setPayer({ ...payer, [k]: v })}
                maxLength={k === "name" ? 70 : 42}
                required
                error={fieldError(`batch-${k}`)}
              />
            ))}
            <div className="field">
              <label htmlFor="batch-paymentDate">{pt("feesStaff.paymentDate")}</label>
              <input
                id="batch-paymentDate"
                type="date"
                value={paymentDate}
                onChange={(e) => setPaymentDate(e.target.value)}
              />
            </div>
            <button type="submit" disabled={create.isPending}>
              {pt("feesStaff.create")}
            </button>
            {create.data && create.data.missing.length > 0 ? (
              <Status>{pt("feesStaff.missing", { count: create.data.missing.length })}</Status>
            ) : null}
          </form>
        ) : null}
        {batches.data?.batches.map((b) => (
          <BatchSection
            key={b.id}
            batch={b}
            slug={org.slug}
            panelId={panelId}
            approve={can(membership, "payments.approve")}
            label={label}
            onChange={refresh}
          />
        ))}
        {batches.data?.batches.length === 0 ? <p>{pt("feesStaff.noBatches")}</p> : null}
      </section>
      <p className="muted">{pt("feesStaff.totalsNote", { example: euros(5000, language) })}</p>
    </div>
  );
}
