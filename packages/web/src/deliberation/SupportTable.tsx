import { localized } from "../lib/language.js";
import { useDt } from "./i18n/index.js";

interface Props {
  id: string;
  scale: { level: number; label: { fi: string; sv: string; en: string } }[];
  support: {
    counts: { level: number; count: number }[];
    answered: number;
    eligible: number;
    acceptableShare: number | null;
  };
}

const percent = (share: number) => Math.round(share * 100);

/**
 * A recommendation's support result as a table (the figures) with bars beside the counts (the
 * same figures drawn, hidden from screen readers), and the share at "can live with it" or better.
 */
export function SupportTable({ id, scale, support }: Props) {
  const { dt, language } = useDt();
  const captionId = `${id}-caption`;
  return (
    <div className="deliberation-support">
      <table aria-describedby={captionId}>
        <caption id={captionId}>
          {support.acceptableShare === null
            ? dt("support.noAnswers", { eligible: support.eligible })
            : dt("support.summary", {
                share: percent(support.acceptableShare),
                answered: support.answered,
                eligible: support.eligible,
              })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{dt("support.level")}</th>
            <th scope="col">{dt("support.answers")}</th>
            <th scope="col">{dt("support.share")}</th>
          </tr>
        </thead>
        <tbody>
          {support.counts.map((c) => {
            const share = support.answered ? c.count / support.answered : 0;
            return (
              <tr key={c.level}>
                <th scope="row">
                  {c.level} – {localized(scale.find((s) => s.level === c.level)?.label, language)}
                </th>
                <td>{c.count}</td>
                <td>
                  <span className="deliberation-bar" aria-hidden="true">
                    <span style={{ width: `${percent(share)}%` }} />
                  </span>{" "}
                  {percent(share)} %
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
