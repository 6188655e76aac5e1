import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { base64Of, type CampaignDetail, phoneEndpoints } from "../api.js";
import { usePh } from "../i18n/index.js";
import { DashboardTable, PromptList } from "./CampaignParts.js";

const NEXT: Record<CampaignDetail["status"], CampaignDetail["status"][]> = {
  draft: ["ready"],
  ready: ["draft", "running"],
  running: ["paused", "finished"],
  paused: ["running", "finished"],
  finished: [],
};

/** True while the phone worker is still rendering the campaign's prompts. */
function rendering(c: CampaignDetail | undefined): boolean {
  if (!c || c.prompts.total === null || c.prompts.error) return false;
  return (c.prompts.done ?? 0) < c.prompts.total;
}

/** One campaign: status steps, numbers, the prompts to listen to, the dashboard. */
export function CampaignPage() {
  const { pt } = usePh();
  const { campaignId = "" } = useParams();
  const { org, membership } = useStaffContext();
  const client = useQueryClient();
  const manage = can(membership, "phone.manage");
  const key = ["phone", org.slug, campaignId];
  const campaign = useQuery({
    queryKey: key,
    queryFn: () => phoneEndpoints.campaign(org.slug, campaignId),
    // While the worker renders the prompts, the progress (and then the players) follow it.
    refetchInterval: (query) => (rendering(query.state.data) ? 3000 : false),
  });
  useDocumentTitle(campaign.data?.name ?? pt("staff.title"));
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const [file, setFile] = useState<File | null>(null);
  const [basis, setBasis] = useState("");
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => {
    const field = path.replace(/^body\./, ""); // problem+json paths name the body's field
    return field === "file" ? "phone-file" : field === "consentBasis" ? "phone-basis" : undefined;
  });
  const move = useMutation({
    mutationFn: (status: CampaignDetail["status"]) =>
      phoneEndpoints.status(org.slug, campaignId, status),
    onSuccess: refresh,
    onError: failWith,
  });
  const upload = useMutation({
    mutationFn: async () =>
      phoneEndpoints.upload(org.slug, campaignId, file ? await base64Of(file) : "", basis),
    onSuccess: refresh,
    onError: failWith,
  });
  const pool = useMutation({
    mutationFn: () => phoneEndpoints.pool(org.slug, campaignId),
    onSuccess: refresh,
    onError: failWith,
  });
  if (!campaign.data) return <div className="page" />;
  const c = campaign.data;
  const added = upload.data ?? pool.data;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{c.name}</h1>
      <p>
        {pt("staff.status")}: {pt(`staff.statuses.${c.status}`)}
        {can(membership, "reports.read") ? (
          <>
            {" · "}
            <Link to={`/${org.slug}/staff/reports/phone/${c.id}`}>{pt("staff.brief")}</Link>
          </>
        ) : null}
      </p>
      <p>
        {pt("staff.rules", {
          from: c.window.fromHour,
          to: c.window.toHour,
          attempts: c.maxAttempts,
          hours: c.spacingHours,
        })}
      </p>
      <ErrorSummary errors={errors} attempt={attempt} />
      {manage && NEXT[c.status].length > 0 ? (
        <div className="button-row">
          {NEXT[c.status].map((status) => (
            <button
              key={status}
              type="button"
              className="button"
              onClick={() => move.mutate(status)}
              disabled={move.isPending}
            >
              {pt(`staff.moveTo.${status}`)}
            </button>
          ))}
        </div>
      ) : null}
      {c.skipped.length > 0 ? (
        <section aria-labelledby="phone-skipped-heading">
          <h2 id="phone-skipped-heading">{pt("staff.skipped")}</h2>
          <ul>
            {c.skipped.map((s) => (
              <li key={`${s.language}-${s.question}`}>
                {s.question} ({pt(`staff.language.${s.language as "fi"}`)}):{" "}
                {pt(`staff.skipReasons.${s.reason as "open_text"}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="phone-numbers-heading">
        <h2 id="phone-numbers-heading">{pt("staff.numbers")}</h2>
        <p>
          {pt("staff.numbersByStatus", {
            waiting: c.numbers.waiting ?? 0,
            done: c.numbers.done ?? 0,
            optedOut: c.numbers.opted_out ?? 0,
          })}
        </p>
        {manage && c.status !== "finished" ? (
          <form
            onSubmit={(e: FormEvent) => {
              e.preventDefault();
              upload.mutate();
            }}
          >
            <div className={fieldError("phone-file") ? "field field--invalid" : "field"}>
              <label htmlFor="phone-file">{pt("staff.file")}</label>
              <input
                id="phone-file"
                type="file"
                accept=".csv,text/csv"
                aria-invalid={fieldError("phone-file") ? true : undefined}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </div>
            <TextField
              id="phone-basis"
              label={pt("staff.consentBasis")}
              value={basis}
              onChange={setBasis}
              required
              maxLength={500}
              error={fieldError("phone-basis")}
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={upload.isPending}>
                {pt("staff.upload")}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => pool.mutate()}
                disabled={pool.isPending}
              >
                {pt("staff.fromPool")}
              </button>
            </div>
            {added ? <Status>{pt("staff.added", added)}</Status> : null}
          </form>
        ) : null}
      </section>
      <PromptList campaign={c} manage={manage} onChange={refresh} />
      <DashboardTable campaignId={c.id} />
    </div>
  );
}
