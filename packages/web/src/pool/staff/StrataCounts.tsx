import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Status } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { poolStaffEndpoints, type StrataInput } from "../api.js";
import { usePt } from "../i18n/index.js";
import { countFieldId, proportionalCounts } from "./drawForm.js";

interface StrataCountsProps {
  request: StrataInput;
  /** The group size typed so far: the counts start in proportion to it. */
  size: number;
  counts: Record<string, string>;
  onChange: (counts: Record<string, string>) => void;
  municipalityName: (code: string) => string;
  fieldError: (id: string) => string | undefined;
}

const asText = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).map(([k, v]) => [k, String(v)]));

/**
 * The strata of a stratified draw (eligible members per municipality and/or age band) with a
 * count per stratum: proportional to the group size until staff change one.
 */
export function StrataCounts(props: StrataCountsProps) {
  const { pt, t } = usePt();
  const { org } = useStaffContext();
  const { request, size, onChange } = props;
  const [edited, setEdited] = useState(false);
  const strata = useQuery({
    queryKey: ["pool", org.slug, "strata", request],
    queryFn: () => poolStaffEndpoints.strata(org.slug, request),
  });
  const rows = strata.data?.strata;
  useEffect(() => {
    if (rows && !edited) onChange(asText(proportionalCounts(rows, size)));
  }, [rows, size, edited, onChange]);
  if (strata.isPending) return <Status>{t("common.loading")}</Status>;
  if (strata.error) return <p className="notice notice--error">{errorMessage(strata.error, t)}</p>;
  const label = (stratum: string) =>
    stratum
      .split("|")
      .map((part, i) =>
        request.stratifyBy[i] === "municipality" ? props.municipalityName(part) : part,
      )
      .join(", ");
  const total = Object.values(props.counts).reduce((sum, v) => sum + (Number(v) || 0), 0);
  const tableError = props.fieldError("draw-counts");
  return (
    <div className={tableError ? "field field--invalid" : "field"}>
      <div className="pool-table-wrap">
        <table id="draw-counts" tabIndex={-1} aria-describedby="draw-counts-hint">
          <caption>{pt("draws.countsTable")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt("draws.stratum")}</th>
              <th scope="col">{pt("draws.eligible")}</th>
              <th scope="col">{pt("draws.count")}</th>
            </tr>
          </thead>
          <tbody>
            {rows?.map((s) => {
              const id = countFieldId(s.stratum);
              const error = props.fieldError(id);
              return (
                <tr key={s.stratum}>
                  <th scope="row" id={`${id}-label`}>
                    {label(s.stratum)}
                  </th>
                  <td>{s.eligible}</td>
                  <td>
                    <input
                      id={id}
                      className="pool-count"
                      inputMode="numeric"
                      value={props.counts[s.stratum] ?? ""}
                      aria-labelledby={`${id}-label`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${id}-error` : undefined}
                      onChange={(e) => {
                        setEdited(true);
                        onChange({ ...props.counts, [s.stratum]: e.target.value });
                      }}
                    />
                    {error ? (
                      <p id={`${id}-error`} className="field__error">
                        {error}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{pt("draws.total")}</th>
              <td>{rows?.reduce((sum, s) => sum + s.eligible, 0)}</td>
              <td>{total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p id="draw-counts-hint" className="field__hint">
        {rows?.length === 0 ? pt("draws.noStrata") : pt("draws.countsHint")}
      </p>
      {tableError ? <p className="field__error">{tableError}</p> : null}
      {edited ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setEdited(false)}
        >
          {pt("draws.proportional")}
        </button>
      ) : null}
    </div>
  );
}
