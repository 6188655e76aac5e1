import { usePt } from "../i18n/index.js";
import type { RoundTracking } from "./roundsApi.js";

const FUNNEL = ["invited", "responded", "signed_up", "selected", "attended"] as const;

/** invited → responded → signed up → selected → attended, in total and per stratum. */
export function RoundTrackingTable({ tracking }: { tracking: RoundTracking }) {
  const { pt } = usePt();
  const rows = [
    { key: "total", label: pt("rounds.total"), counts: tracking.totals },
    ...Object.entries(tracking.byMunicipality).map(([code, counts]) => ({
      key: `m-${code}`,
      label: pt("rounds.municipality", { code }),
      counts,
    })),
    ...Object.entries(tracking.byAgeBand).map(([band, counts]) => ({
      key: `a-${band}`,
      label: pt("rounds.ageBand", { band }),
      counts,
    })),
  ];
  return (
    <>
      <h2>{pt("rounds.tracking")}</h2>
      <div className="pool-table-wrap">
        <table>
          <caption>{pt("rounds.trackingCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt("rounds.stratum")}</th>
              {FUNNEL.map((s) => (
                <th scope="col" key={s}>
                  {pt(`rounds.funnel.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {FUNNEL.map((s) => (
                  <td key={s}>{row.counts[s]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
