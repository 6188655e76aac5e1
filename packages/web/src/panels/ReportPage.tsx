import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router";
import { formatDateTime } from "../lib/format.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { panelEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";

/** The public selection report: the seed announced in advance, the method, the groups' odds. */
export function ReportPage() {
  const { pt, language } = usePt();
  const { slug = "", panelId = "" } = useParams();
  const report = useQuery({
    queryKey: ["panel-report", slug, panelId],
    queryFn: () => panelEndpoints.report(slug, panelId),
  });
  const r = report.data;
  useDocumentTitle(r ? pt("report.title", { title: r.panel.title }) : "");
  if (!r) return <div className="page" />;
  const api = `/api/orgs/${slug}/panel-reports/${panelId}`;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{pt("report.title", { title: r.panel.title })}</h1>
      <h2>{pt("report.seed")}</h2>
      <dl>
        <dt>{pt("report.announcement")}</dt>
        <dd>
          {r.seed.announcement ?? "–"} ({formatDateTime(r.seed.announcedAt, language)})
        </dd>
        <dt>{pt("report.knownAt")}</dt>
        <dd>{formatDateTime(r.seed.knownAt, language)}</dd>
        <dt>{pt("report.value")}</dt>
        <dd>{r.seed.value ?? pt("report.notYet")}</dd>
      </dl>
      <h2>{pt("report.method")}</h2>
      <p lang="en">
        {r.method.algorithm} ({r.method.version}): {r.method.explanation}
      </p>
      {r.categories.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby="panel-report-caption" tabIndex={0}>
          <table>
            <caption id="panel-report-caption">{pt("report.categories")}</caption>
            <thead>
              <tr>
                <th scope="col">{pt("report.feature")}</th>
                <th scope="col">{pt("report.value2")}</th>
                <th scope="col">{pt("report.quota")}</th>
                <th scope="col">{pt("report.candidates")}</th>
                <th scope="col">{pt("report.expected")}</th>
                <th scope="col">{pt("report.probability")}</th>
                <th scope="col">{pt("report.seated")}</th>
              </tr>
            </thead>
            <tbody>
              {r.categories.map((c) => (
                <tr key={`${c.feature}=${c.value}`}>
                  <th scope="row">{c.feature}</th>
                  <td>{c.value}</td>
                  <td>
                    {c.min}–{c.max}
                  </td>
                  <td>{c.candidates}</td>
                  <td>{c.expectedSeats.toLocaleString(language)}</td>
                  <td>
                    {(c.probability * 100).toLocaleString(language, { maximumFractionDigits: 1 })} %
                  </td>
                  <td>{c.seated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {r.lotteries.length > 0 ? (
        <>
          <h2>{pt("report.lotteries")}</h2>
          {r.lotteries.map((l, i) => (
            <section key={`${l.kind}-${l.at}`} aria-label={`${pt(`report.${l.kind}`)} ${i + 1}`}>
              <h3>
                {pt(`report.${l.kind}`)} {formatDateTime(l.at, language)} ({pt("report.seed")}:{" "}
                {l.seed})
              </h3>
              <p>
                {pt("report.seatedNumbers")}: {l.seated.join(", ")}
              </p>
              {l.reserves.length > 0 ? (
                <p>
                  {pt("report.reserveNumbers")}: {l.reserves.join(", ")}
                </p>
              ) : null}
              {l.withdrawn.length > 0 ? (
                <p>
                  {pt("report.withdrawnNumbers")}: {l.withdrawn.join(", ")} ·{" "}
                  {pt("report.replacementNumbers")}: {l.replacements.join(", ")}
                </p>
              ) : null}
            </section>
          ))}
        </>
      ) : null}
      <p>
        {pt("report.people", { count: r.people.length })}. {pt("report.reproduce")}{" "}
        <a href={api}>{api}</a>
      </p>
    </div>
  );
}
