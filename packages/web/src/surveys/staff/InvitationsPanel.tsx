import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { SelectField } from "../../components/form.js";
import { errorMessage } from "../../lib/errors.js";
import { surveyStaffEndpoints } from "../api.js";
import { useSt } from "../i18n/index.js";

/**
 * Personal invitations: staff pick one of the pool's survey draws and invite its members by
 * email or SMS (one response per invitation); reminders go only to those who have not answered.
 */
export function InvitationsPanel(props: { orgSlug: string; surveyId: string; mayEdit: boolean }) {
  const { st, t } = useSt();
  const { orgSlug, surveyId } = props;
  const summary = useQuery({
    queryKey: ["surveys", orgSlug, surveyId, "invitations"],
    queryFn: () => surveyStaffEndpoints.invitations(orgSlug, surveyId),
  });
  const [drawId, setDrawId] = useState("");
  const [notice, setNotice] = useState<string | undefined>();
  const invite = useMutation({
    mutationFn: (id: string) => surveyStaffEndpoints.invite(orgSlug, surveyId, id),
    onSuccess: async (r) => {
      setNotice(st("staff.invitations.invited", { count: r.invited, already: r.alreadyInvited }));
      await summary.refetch();
    },
  });
  const remind = useMutation({
    mutationFn: () => surveyStaffEndpoints.remind(orgSlug, surveyId),
    onSuccess: async (r) => {
      setNotice(st("staff.invitations.reminded", { count: r.reminded }));
      await summary.refetch();
    },
  });
  const data = summary.data;
  if (!data) return null;
  const failed = invite.error ?? remind.error;
  const invitedDraws = data.draws.filter((d) => d.invitedHere);
  const choosable = data.draws.filter((d) => !d.invitedHere);
  const chosen = drawId || choosable[0]?.drawId || "";
  const columns = ["invited", "opened", "answered", "reminded"] as const;

  return (
    <section className="survey-invitations" aria-labelledby="survey-invitations">
      <h2 id="survey-invitations">{st("staff.invitations.title")}</h2>
      <p>{st("staff.invitations.hint")}</p>
      {invitedDraws.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{st("staff.invitations.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{st("staff.invitations.draw")}</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {st(`staff.invitations.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {invitedDraws.map((d) => (
                <tr key={d.drawId}>
                  <th scope="row">{d.title}</th>
                  {columns.map((c) => (
                    <td key={c}>{d[c]}</td>
                  ))}
                </tr>
              ))}
              {invitedDraws.length > 1 ? (
                <tr>
                  <th scope="row">{st("staff.invitations.total")}</th>
                  {columns.map((c) => (
                    <td key={c}>{data.total[c]}</td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{st("staff.invitations.none")}</p>
      )}
      {props.mayEdit && choosable.length > 0 ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (chosen) invite.mutate(chosen);
          }}
        >
          <SelectField
            id="survey-invite-draw"
            label={st("staff.invitations.chooseDraw")}
            value={chosen}
            onChange={setDrawId}
            options={choosable.map((d) => ({ value: d.drawId, label: d.title }))}
          />
          <button type="submit" className="button" disabled={invite.isPending}>
            {st("staff.invitations.invite")}
          </button>
        </form>
      ) : null}
      {props.mayEdit && choosable.length === 0 && invitedDraws.length === 0 ? (
        <p>{st("staff.invitations.noDraws")}</p>
      ) : null}
      {props.mayEdit && data.total.invited > data.total.answered ? (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => remind.mutate()}
            disabled={remind.isPending}
          >
            {st("staff.invitations.remind")}
          </button>
        </p>
      ) : null}
      {notice && !failed ? <p role="status">{notice}</p> : null}
      {failed ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(failed, t)}
        </p>
      ) : null}
    </section>
  );
}
