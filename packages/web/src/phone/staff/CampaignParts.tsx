import { useMutation, useQuery } from "@tanstack/react-query";
import { Status } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { type CampaignDetail, phoneEndpoints } from "../api.js";
import { usePh } from "../i18n/index.js";

/** Every prompt of the campaign with a player, and rendering with progress. */
export function PromptList(props: {
  campaign: CampaignDetail;
  manage: boolean;
  onChange: () => void;
}) {
  const { pt } = usePh();
  const { org } = useStaffContext();
  const c = props.campaign;
  const rendering = c.prompts.total !== null && (c.prompts.done ?? 0) < c.prompts.total;
  const prompts = useQuery({
    queryKey: ["phone", org.slug, c.id, "prompts", c.prompts.done],
    queryFn: () => phoneEndpoints.prompts(org.slug, c.id),
    refetchInterval: rendering && !c.prompts.error ? 3000 : false,
  });
  const render = useMutation({
    mutationFn: () => phoneEndpoints.render(org.slug, c.id),
    onSuccess: props.onChange,
  });
  return (
    <section aria-labelledby="phone-prompts-heading">
      <h2 id="phone-prompts-heading">{pt("staff.prompts")}</h2>
      {props.manage ? (
        <button
          type="button"
          className="button"
          onClick={() => render.mutate()}
          disabled={render.isPending}
        >
          {pt("staff.render")}
        </button>
      ) : null}
      {c.prompts.total !== null ? (
        <Status>
          {c.prompts.error
            ? pt("staff.renderError", { error: c.prompts.error })
            : pt("staff.rendering", { done: c.prompts.done ?? 0, total: c.prompts.total })}
        </Status>
      ) : null}
      <ol>
        {prompts.data?.prompts.map((p) => (
          <li key={`${p.language}-${p.id}`} lang={p.language}>
            <p>{p.text}</p>
            {p.url ? (
              <p>
                {/* biome-ignore lint/a11y/useMediaCaption: the text above is the prompt's transcript */}
                <audio controls preload="none" src={p.url} aria-label={`${p.id} (${p.language})`} />{" "}
                <span lang={undefined}>
                  {p.audio === "recording" ? pt("staff.recording") : pt("staff.synthesis")}
                </span>
              </p>
            ) : (
              <p>{pt("staff.noAudio")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

const FIGURES = [
  "numbers",
  "attempted",
  "answered",
  "completed",
  "partial",
  "optedOut",
  "inCall",
  "waiting",
  "exhausted",
] as const;

/** Attempted, answered, completed, partial, opted out; failures by reason. */
export function DashboardTable({ campaignId }: { campaignId: string }) {
  const { pt } = usePh();
  const { org } = useStaffContext();
  const dashboard = useQuery({
    queryKey: ["phone", org.slug, campaignId, "dashboard"],
    queryFn: () => phoneEndpoints.dashboard(org.slug, campaignId),
    refetchInterval: 10_000,
  });
  const d = dashboard.data;
  if (!d) return null;
  return (
    <section aria-labelledby="phone-dashboard-heading">
      <h2 id="phone-dashboard-heading">{pt("staff.dashboard")}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{pt("staff.figure")}</th>
            <th scope="col">{pt("staff.count")}</th>
          </tr>
        </thead>
        <tbody>
          {FIGURES.map((f) => (
            <tr key={f}>
              <th scope="row">{pt(`staff.figures.${f}`)}</th>
              <td>{d[f]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {Object.keys(d.failedByReason).length > 0 ? (
        <>
          <h3>{pt("staff.failures")}</h3>
          <ul>
            {Object.entries(d.failedByReason).map(([reason, n]) => (
              <li key={reason}>
                {pt(`staff.reasons.${reason as "busy"}`)}: {n}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
