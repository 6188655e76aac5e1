import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Status } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { usePt } from "../i18n/index.js";
import { roundEndpoints } from "./roundsApi.js";

/**
 * Who signed up (pseudonymous: a short id, strata and available dates, no contact data), with
 * checkboxes to mark people selected for the panel, and selected people as attended.
 */
export function RoundSignUps({ roundId }: { roundId: string }) {
  const { pt, t } = usePt();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const list = useQuery({
    queryKey: ["pool", org.slug, "rounds", roundId, "signups"],
    queryFn: () => roundEndpoints.signUps(org.slug, roundId),
  });
  const mark = useMutation({
    mutationFn: (outcome: "selected" | "attended") =>
      roundEndpoints.mark(org.slug, roundId, [...chosen], outcome),
    onSuccess: async () => {
      setChosen(new Set());
      await client.invalidateQueries({ queryKey: ["pool", org.slug, "rounds", roundId] });
    },
  });
  if (list.isPending) return <Status>{t("common.loading")}</Status>;
  if (list.error) return <p className="notice notice--error">{errorMessage(list.error, t)}</p>;
  const people = list.data.signups;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  const chosenWith = (status: string) =>
    people.filter((p) => chosen.has(p.personId) && p.status === status).length;
  return (
    <section aria-labelledby="signups-heading">
      <h2 id="signups-heading">{pt("rounds.signUps")}</h2>
      <p>{pt("rounds.signUpsHint")}</p>
      {people.length === 0 ? (
        <p>{pt("rounds.noSignUps")}</p>
      ) : (
        <div className="pool-table-wrap">
          <table>
            <caption>{pt("rounds.signUpsCaption", { count: people.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{pt("rounds.choose")}</th>
                <th scope="col">{pt("rounds.person")}</th>
                <th scope="col">{pt("rounds.step")}</th>
                <th scope="col">{pt("rounds.municipalityCode")}</th>
                <th scope="col">{pt("rounds.ageBandColumn")}</th>
                <th scope="col">{pt("form.gender")}</th>
                <th scope="col">{pt("rounds.availability")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => {
                const short = p.personId.slice(0, 8);
                return (
                  <tr key={p.personId}>
                    <td>
                      <input
                        type="checkbox"
                        id={`signup-${p.personId}`}
                        checked={chosen.has(p.personId)}
                        disabled={p.status === "attended"}
                        onChange={(e) => toggle(p.personId, e.target.checked)}
                        aria-label={pt("rounds.choosePerson", { id: short })}
                      />
                    </td>
                    <th scope="row">
                      <code>{short}</code>
                    </th>
                    <td>{pt(`rounds.funnel.${p.status}`)}</td>
                    <td>{p.municipality}</td>
                    <td>{p.ageBand ?? "–"}</td>
                    <td>{pt(`gender.${p.gender}`)}</td>
                    <td>{p.availability.join(", ") || "–"}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={chosenWith("signed_up") === 0 || mark.isPending}
          onClick={() => mark.mutate("selected")}
        >
          {pt("rounds.markSelected", { count: chosenWith("signed_up") })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={chosenWith("selected") === 0 || mark.isPending}
          onClick={() => mark.mutate("attended")}
        >
          {pt("rounds.markAttended", { count: chosenWith("selected") })}
        </button>
      </div>
      {mark.data ? <Status>{pt("rounds.marked", { count: mark.data.marked })}</Status> : null}
      {mark.error ? <p className="notice notice--error">{errorMessage(mark.error, t)}</p> : null}
    </section>
  );
}
