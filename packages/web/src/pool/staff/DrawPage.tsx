import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { Status } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { poolStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";
import { DrawInvitations } from "./DrawInvitations.js";
import { usePoolChoice } from "./poolChoice.js";

/** One draw: method, seed, strata, the drawn members' ids, and the re-run check. */
export function DrawPage() {
  const { pt, t } = usePt();
  const { org } = useStaffContext();
  const pool = usePoolChoice();
  const { drawId = "" } = useParams();
  const draw = useQuery({
    queryKey: ["pool", org.slug, pool, "draws", drawId],
    queryFn: () => poolStaffEndpoints.draw(org.slug, drawId, pool),
  });
  const check = useMutation({
    mutationFn: () => poolStaffEndpoints.checkDraw(org.slug, drawId, pool),
  });
  useDocumentTitle(draw.data?.title ?? pt("draws.title"));
  if (draw.isPending) return <Status>{t("common.loading")}</Status>;
  if (draw.error) return <p className="notice notice--error">{errorMessage(draw.error, t)}</p>;
  const d = draw.data;
  return (
    <div className="page pool-page">
      <h1 tabIndex={-1}>{d.title}</h1>
      <p>
        <Link to="..">{pt("draws.back")}</Link>
      </p>
      <dl className="pool-facts">
        <dt>{pt("draws.method")}</dt>
        <dd>{pt(`draws.methods.${d.method}`)}</dd>
        <dt>{pt("draws.purpose")}</dt>
        <dd>{pt(`purpose.${d.parameters.purpose}`)}</dd>
        <dt>{pt("draws.seed")}</dt>
        <dd>
          <code>{d.seed}</code>
        </dd>
        <dt>{pt("draws.result")}</dt>
        <dd>{pt("draws.resultText", { drawn: d.drawn, eligible: d.eligible })}</dd>
      </dl>
      <button
        type="button"
        className="button"
        onClick={() => check.mutate()}
        disabled={check.isPending}
      >
        {pt("draws.check")}
      </button>
      {check.data ? (
        <Status>{pt(check.data.identical ? "draws.identical" : "draws.different")}</Status>
      ) : null}
      {check.error ? <p className="notice notice--error">{errorMessage(check.error, t)}</p> : null}
      <p>
        <Link to={`../../composition?draw=${d.id}`}>{pt("draws.composition")}</Link>
      </p>
      <div className="pool-table-wrap">
        <table>
          <caption>{pt("draws.strataTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt("draws.stratum")}</th>
              <th scope="col">{pt("draws.eligible")}</th>
              <th scope="col">{pt("draws.drawn")}</th>
            </tr>
          </thead>
          <tbody>
            {d.strata.map((s) => (
              <tr key={s.stratum}>
                <th scope="row">{s.stratum || pt("draws.wholePool")}</th>
                <td>{s.eligible}</td>
                <td>{s.drawn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <DrawInvitations drawId={d.id} />
      <h2>{pt("draws.ids")}</h2>
      <p>{pt("draws.idsHint")}</p>
      <ol className="pool-ids">
        {d.drawnIds.map((id) => (
          <li key={id}>
            <code>{id}</code>
          </li>
        ))}
      </ol>
    </div>
  );
}
