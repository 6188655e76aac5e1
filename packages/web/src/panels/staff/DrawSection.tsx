import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { formatDateTime } from "../../lib/format.js";
import { type PanelDetail, panelStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";

const FIELDS: Record<string, string> = {
  "body.announcement": "panel-announcement",
  "body.knownAt": "panel-known-at",
  "body.seed": "panel-seed",
  "body.deadline": "panel-deadline",
};

/** The seed announcement, the draw, the result with withdrawals, and the invitations. */
export function DrawSection(props: { panel: PanelDetail; manage: boolean; onChange: () => void }) {
  const { pt, language } = usePt();
  const { org } = useStaffContext();
  const { panel, manage } = props;
  const [announcement, setAnnouncement] = useState(panel.seedAnnouncement ?? "");
  const [knownAt, setKnownAt] = useState("");
  const [seed, setSeed] = useState("");
  const [deadline, setDeadline] = useState("");
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => FIELDS[path]);
  const drawn = panel.status !== "draft" && panel.status !== "recruiting";
  const candidates = useQuery({
    queryKey: ["panels", org.slug, panel.id, "candidates"],
    queryFn: () => panelStaffEndpoints.candidates(org.slug, panel.id),
    enabled: drawn,
  });
  const after = async () => {
    props.onChange();
    await candidates.refetch();
  };
  const announce = useMutation({
    mutationFn: () =>
      panelStaffEndpoints.announce(
        org.slug,
        panel.id,
        announcement,
        new Date(knownAt).toISOString(),
      ),
    onSuccess: props.onChange,
    onError: failWith,
  });
  const draw = useMutation({
    mutationFn: () => panelStaffEndpoints.draw(org.slug, panel.id, seed),
    onSuccess: after,
    onError: failWith,
  });
  const invite = useMutation({
    mutationFn: () =>
      panelStaffEndpoints.invite(org.slug, panel.id, new Date(deadline).toISOString()),
    onSuccess: after,
    onError: failWith,
  });
  const withdraw = useMutation({
    mutationFn: (id: string) => panelStaffEndpoints.withdraw(org.slug, panel.id, [id]),
    onSuccess: after,
    onError: failWith,
  });
  const seated = (candidates.data?.candidates ?? []).filter((c) =>
    ["selected", "confirmed"].includes(c.status),
  );
  const reserves = (candidates.data?.candidates ?? [])
    .filter((c) => c.status === "reserve")
    .sort((a, b) => (a.reserveRank ?? 0) - (b.reserveRank ?? 0));
  const submit = (action: () => void) => (e: FormEvent) => {
    e.preventDefault();
    action();
  };
  return (
    <section aria-labelledby="panel-draw-heading">
      <h2 id="panel-draw-heading">{pt("staff.draw")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      {panel.seedAnnouncement ? (
        <p>
          {pt("staff.announced", {
            announcement: panel.seedAnnouncement,
            at: formatDateTime(panel.seedKnownAt, language),
          })}
        </p>
      ) : null}
      {manage && !drawn ? (
        <form
          onSubmit={submit(() => announce.mutate())}
          noValidate
          aria-labelledby="panel-seed-heading"
        >
          <h3 id="panel-seed-heading">{pt("staff.seed")}</h3>
          <p id="panel-seed-hint">{pt("staff.seedHint")}</p>
          <TextField
            id="panel-announcement"
            label={pt("staff.announcement")}
            value={announcement}
            onChange={setAnnouncement}
            error={fieldError("panel-announcement")}
            maxLength={1000}
            required
          />
          <div className={fieldError("panel-known-at") ? "field field--invalid" : "field"}>
            <label htmlFor="panel-known-at">{pt("staff.knownAt")}</label>
            <input
              id="panel-known-at"
              type="datetime-local"
              value={knownAt}
              onChange={(e) => setKnownAt(e.target.value)}
            />
          </div>
          <button type="submit">{pt("staff.announce")}</button>
        </form>
      ) : null}
      {manage && panel.status === "recruiting" && panel.seedAnnouncement ? (
        <form onSubmit={submit(() => draw.mutate())} noValidate>
          <TextField
            id="panel-seed"
            label={pt("staff.seedValue")}
            value={seed}
            onChange={setSeed}
            error={fieldError("panel-seed")}
            maxLength={200}
            required
          />
          <button type="submit" disabled={draw.isPending}>
            {pt("staff.drawButton")}
          </button>
        </form>
      ) : null}
      {draw.isSuccess ? <Status>{pt("staff.drawn")}</Status> : null}
      {drawn ? (
        <>
          <h3>{pt("staff.seated")}</h3>
          <ul>
            {seated.map((c) => (
              <li key={c.id}>
                {pt("staff.number")} {c.number} – {Object.values(c.attributes).join(", ")} –{" "}
                {pt(`staff.candidateStatus.${c.status as "selected"}`)}{" "}
                {manage ? (
                  <button
                    type="button"
                    onClick={() => withdraw.mutate(c.id)}
                    disabled={withdraw.isPending}
                  >
                    {pt("staff.withdraw")} ({pt("staff.number")} {c.number})
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {withdraw.data ? (
            <Status>{pt("staff.replaced", { count: withdraw.data.replacements.length })}</Status>
          ) : null}
          <h3>{pt("staff.reserveList")}</h3>
          <ol>
            {reserves.map((c) => (
              <li key={c.id}>
                {pt("staff.number")} {c.number} – {Object.values(c.attributes).join(", ")}
              </li>
            ))}
          </ol>
          {manage ? (
            <form
              onSubmit={submit(() => invite.mutate())}
              noValidate
              aria-labelledby="panel-invite-heading"
            >
              <h3 id="panel-invite-heading">{pt("staff.invite")}</h3>
              <div className={fieldError("panel-deadline") ? "field field--invalid" : "field"}>
                <label htmlFor="panel-deadline">{pt("staff.deadline")}</label>
                <input
                  id="panel-deadline"
                  type="datetime-local"
                  value={deadline}
                  onChange={(e) => setDeadline(e.target.value)}
                />
              </div>
              <button type="submit" disabled={invite.isPending}>
                {pt("staff.inviteButton")}
              </button>
              {invite.data ? <Status>{pt("staff.invited", invite.data)}</Status> : null}
            </form>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
