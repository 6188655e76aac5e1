import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Status } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { poolStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";
import { usePoolChoice } from "./poolChoice.js";

const STATUSES = [
  "queued",
  "sent",
  "delivered",
  "opened",
  "took_part",
  "failed",
  "suppressed",
] as const;

/** Inviting the drawn members, the invitations' tracking per status, and reminders. */
export function DrawInvitations({ drawId }: { drawId: string }) {
  const { pt, t } = usePt();
  const { org, membership } = useStaffContext();
  const pool = usePoolChoice();
  const client = useQueryClient();
  const key = ["pool", org.slug, pool, "draws", drawId, "invitations"];
  const tracking = useQuery({
    queryKey: key,
    queryFn: () => poolStaffEndpoints.invitations(org.slug, drawId, pool),
  });
  const refresh = () => client.invalidateQueries({ queryKey: key });
  const invite = useMutation({
    mutationFn: () => poolStaffEndpoints.invite(org.slug, drawId, `/${org.slug}`, pool),
    onSuccess: refresh,
  });
  const remind = useMutation({
    mutationFn: () => poolStaffEndpoints.remind(org.slug, drawId, pool),
    onSuccess: refresh,
  });
  const mayDraw = can(membership, "pool.draw");
  const error = tracking.error ?? invite.error ?? remind.error;
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">{pt("invitations.title")}</h2>
      {mayDraw ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => invite.mutate()}
            disabled={invite.isPending}
          >
            {pt("invitations.invite")}
          </button>{" "}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => remind.mutate()}
            disabled={remind.isPending}
          >
            {pt("invitations.remind")}
          </button>
        </p>
      ) : null}
      {invite.data ? <Status>{pt("invitations.sent", invite.data)}</Status> : null}
      {remind.data ? (
        <Status>{pt("invitations.reminded", { count: remind.data.reminded })}</Status>
      ) : null}
      {error ? <p className="notice notice--error">{errorMessage(error, t)}</p> : null}
      {tracking.data && tracking.data.invitations.length > 0 ? (
        <div className="pool-table-wrap">
          <table>
            <caption>{pt("invitations.tracking")}</caption>
            <thead>
              <tr>
                <th scope="col">{pt("invitations.status")}</th>
                <th scope="col">{pt("invitations.count")}</th>
              </tr>
            </thead>
            <tbody>
              {STATUSES.map((s) => (
                <tr key={s}>
                  <th scope="row">{pt(`invitations.statuses.${s}`)}</th>
                  <td>{tracking.data.counts[s] ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{pt("invitations.none")}</p>
      )}
    </section>
  );
}
