import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, useFormErrors } from "../../components/form.js";
import { formatDate, formatDateTime } from "../../lib/format.js";
import { euros, type FeeBatch, feeStaffEndpoints } from "../fees-api.js";
import { usePt } from "../i18n/index.js";
import { IncomesRegisterXmlForm } from "./IncomesRegisterXmlForm.js";

/** One fee batch: totals, payments, approve → pay → export → reported. */
export function BatchSection(props: {
  batch: FeeBatch;
  slug: string;
  panelId: string;
  approve: boolean;
  label: (candidateId: string) => string;
  onChange: () => void;
}) {
  const { pt, language } = usePt();
  const { batch: b, slug, panelId } = props;
  const [paidOn, setPaidOn] = useState(b.paymentDate);
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const act = useMutation({
    mutationFn: (step: "approve" | "paid" | "reported") =>
      step === "approve"
        ? feeStaffEndpoints.approve(slug, panelId, b.id)
        : step === "paid"
          ? feeStaffEndpoints.paid(slug, panelId, b.id, paidOn)
          : feeStaffEndpoints.reported(slug, panelId, b.id),
    onSuccess: props.onChange,
    onError: failWith,
  });
  const money = (c: number) => euros(c, language);
  const unreported = b.payments.some((p) => !p.reportedAt);
  return (
    <section aria-labelledby={`batch-${b.id}`}>
      <h3 id={`batch-${b.id}`}>
        {pt("feesStaff.batch", { date: formatDate(b.paymentDate, language) })} –{" "}
        {pt(`feesStaff.statuses.${b.status}`)}
      </h3>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ul>
        <li>
          {pt("feesStaff.preparedBy", {
            name: b.preparedBy?.name || pt("feesStaff.unknownPerson"),
            when: formatDateTime(b.createdAt, language),
          })}
        </li>
        {b.approvedAt ? (
          <li>
            {pt("feesStaff.approvedBy", {
              name: b.approvedBy?.name || pt("feesStaff.unknownPerson"),
              when: formatDateTime(b.approvedAt, language),
            })}
          </li>
        ) : null}
      </ul>
      <p>
        {pt("feesStaff.totals", {
          n: b.totals.payments,
          gross: money(b.totals.grossCents),
          withholding: money(b.totals.withholdingCents),
          net: money(b.totals.netCents),
        })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section className="table-scroll" aria-labelledby={`batch-caption-${b.id}`} tabIndex={0}>
        <table>
          <caption id={`batch-caption-${b.id}`}>{pt("feesStaff.paymentsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt("feesStaff.panelist")}</th>
              <th scope="col">{pt("feesStaff.sessions")}</th>
              <th scope="col">{pt("feesStaff.gross")}</th>
              <th scope="col">{pt("feesStaff.withholding")}</th>
              <th scope="col">{pt("feesStaff.net")}</th>
            </tr>
          </thead>
          <tbody>
            {b.payments.map((p) => (
              <tr key={p.id}>
                <th scope="row">{props.label(p.candidateId)}</th>
                <td>{p.sessionsAttended}</td>
                <td>{money(p.grossCents)}</td>
                <td>{money(p.withholdingCents)}</td>
                <td>
                  {money(p.netCents)}
                  {p.form === "gift_card" ? ` (${pt("feesStaff.giftCard")})` : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <div className="button-row">
        {b.status === "draft" && props.approve ? (
          <button
            type="button"
            disabled={act.isPending}
            aria-describedby={`approve-note-${b.id}`}
            onClick={() => act.mutate("approve")}
          >
            {pt("feesStaff.approve")}
          </button>
        ) : null}
        {b.status !== "draft" ? (
          <a
            className="button button--quiet"
            href={feeStaffEndpoints.fileUrl(slug, panelId, b.id, "pain001")}
            download
          >
            {pt("feesStaff.pain001")}
          </a>
        ) : null}
        {b.status === "paid" ? (
          <a
            className="button button--quiet"
            href={feeStaffEndpoints.fileUrl(slug, panelId, b.id, "incomes-register")}
            download
          >
            {pt("feesStaff.incomesRegister")}
          </a>
        ) : null}
        {b.status === "paid" && unreported ? (
          <button type="button" disabled={act.isPending} onClick={() => act.mutate("reported")}>
            {pt("feesStaff.markReported")}
          </button>
        ) : null}
      </div>
      {b.status === "paid" ? (
        <IncomesRegisterXmlForm slug={slug} panelId={panelId} batchId={b.id} />
      ) : null}
      {b.status === "draft" && props.approve ? (
        <p id={`approve-note-${b.id}`} className="field__hint">
          {pt("feesStaff.approveNote")}
        </p>
      ) : null}
      {b.status === "approved" ? (
        <div className="form--inline">
          <div className="field">
            <label htmlFor={`paid-${b.id}`}>{pt("feesStaff.paidOn")}</label>
            <input
              id={`paid-${b.id}`}
              type="date"
              value={paidOn}
              onChange={(e) => setPaidOn(e.target.value)}
            />
          </div>
          <button type="button" disabled={act.isPending} onClick={() => act.mutate("paid")}>
            {pt("feesStaff.markPaid")}
          </button>
        </div>
      ) : null}
    </section>
  );
}
