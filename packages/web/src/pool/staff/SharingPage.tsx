import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDate } from "../../lib/format.js";
import { localized } from "../../lib/language.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type Agreement, poolStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";

/**
 * `/:slug/staff/pool/sharing`: agreements sharing this pool with other public bodies, and other
 * pools shared with this organization. The host proposes; the partner accepts; either ends.
 */
export function SharingPage() {
  const { pt, t, language } = usePt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(pt("sharing.title"));
  const client = useQueryClient();
  const key = ["pool", org.slug, "sharing"];
  const list = useQuery({ queryKey: key, queryFn: () => poolStaffEndpoints.sharing(org.slug) });
  const manage = can(membership, "pool.sharing.manage");
  const [partner, setPartner] = useState("");
  const [reference, setReference] = useState("");
  const { errors, attempt, failWith, clear, fieldError } = useFormErrors((path) =>
    path.endsWith("partner")
      ? "sharing-partner"
      : path.endsWith("reference")
        ? "sharing-reference"
        : undefined,
  );
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const propose = useMutation({
    mutationFn: () =>
      poolStaffEndpoints.proposeSharing(org.slug, { partner: partner.trim(), reference }),
    onSuccess: async () => {
      clear();
      setPartner("");
      setReference("");
      await refresh();
    },
    onError: failWith,
  });
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: "accept" | "end" }) =>
      action === "accept"
        ? poolStaffEndpoints.acceptSharing(org.slug, id)
        : poolStaffEndpoints.endSharing(org.slug, id),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    propose.mutate();
  };
  const other = (a: Agreement) =>
    localized(a.role === "host" ? a.partner.name : a.host.name, language);
  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{pt("sharing.title")}</h1>
      <p>
        <Link to="..">{pt("staff.back")}</Link>
      </p>
      <p>{pt("sharing.intro")}</p>
      {list.isPending ? <Status>{t("common.loading")}</Status> : null}
      {list.error ? <p className="notice notice--error">{errorMessage(list.error, t)}</p> : null}
      {act.error ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(act.error, t)}
        </p>
      ) : null}
      {list.data && list.data.agreements.length === 0 ? <p>{pt("sharing.none")}</p> : null}
      <ul className="pool-agreements">
        {list.data?.agreements.map((a) => (
          <li key={a.id}>
            <p>
              <strong>
                {pt(a.role === "host" ? "sharing.sharedWith" : "sharing.sharedBy", {
                  org: other(a),
                })}
              </strong>{" "}
              · {pt(`sharing.status.${a.status}`)}
            </p>
            <p>
              {pt("sharing.reference")}: {a.reference} ·{" "}
              {pt("sharing.proposedAt", { date: formatDate(a.proposedAt, language) })}
              {a.acceptedAt
                ? ` · ${pt("sharing.acceptedAt", { date: formatDate(a.acceptedAt, language) })}`
                : ""}
              {a.endedAt
                ? ` · ${pt("sharing.endedAt", { date: formatDate(a.endedAt, language) })}`
                : ""}
            </p>
            {manage && a.status !== "ended" ? (
              <div className="pool-actions">
                {a.role === "partner" && a.status === "proposed" ? (
                  <button
                    type="button"
                    className="button"
                    disabled={act.isPending}
                    onClick={() => act.mutate({ id: a.id, action: "accept" })}
                  >
                    {pt("sharing.accept", { org: other(a) })}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={act.isPending}
                  onClick={() => act.mutate({ id: a.id, action: "end" })}
                >
                  {pt("sharing.end", { org: other(a) })}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {manage ? (
        <form onSubmit={submit} noValidate>
          <h2>{pt("sharing.propose")}</h2>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="sharing-partner"
            label={pt("sharing.partner")}
            hint={pt("sharing.partnerHint")}
            value={partner}
            onChange={setPartner}
            error={fieldError("sharing-partner")}
            maxLength={63}
            required
          />
          <TextField
            id="sharing-reference"
            label={pt("sharing.reference")}
            hint={pt("sharing.referenceHint")}
            value={reference}
            onChange={setReference}
            error={fieldError("sharing-reference")}
            maxLength={300}
            required
          />
          {propose.isSuccess ? <Status>{pt("sharing.proposed")}</Status> : null}
          <button type="submit" className="button" disabled={propose.isPending}>
            {pt("sharing.proposeSubmit")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
