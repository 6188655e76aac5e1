import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { ErrorSummary, SelectField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { usePt } from "../i18n/index.js";
import { type SessionTables, sessionStaffEndpoints } from "../sessions-api.js";
import { TableNotes } from "./TableNotes.js";

type Table = SessionTables["tables"][number];

interface Props {
  table: Table;
  features: string[];
  tableNumbers: number[];
  facilitators: { id: string; name: string }[];
  manage: boolean;
  onChange: (data: SessionTables, message: string) => void;
}

/** One table: its facilitator, who sits there (panelist number and quota features only). */
export function TableCard({
  table,
  features,
  tableNumbers,
  facilitators,
  manage,
  onChange,
}: Props) {
  const { pt } = usePt();
  const { panelId = "", sessionId = "" } = useParams();
  const { org } = useStaffContext();
  const n = table.number;
  const facilitatorField = `table-${n}-facilitator`;
  const [field, setField] = useState(facilitatorField);
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors((path) =>
    ["facilitatorId", "tableNumber"].includes(path.replace(/^body\./, "")) ? field : undefined,
  );
  const [facilitator, setFacilitator] = useState(table.facilitator?.id ?? "");
  const [moves, setMoves] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () =>
      sessionStaffEndpoints.facilitator(org.slug, panelId, sessionId, n, facilitator || null),
    onSuccess: (data) => {
      clear();
      onChange(data, pt("tables.facilitatorSaved", { number: n }));
    },
    onError: failWith,
  });
  const move = useMutation({
    mutationFn: (p: { candidateId: string; to: number; label: string }) =>
      sessionStaffEndpoints.move(org.slug, panelId, sessionId, p.candidateId, p.to),
    onSuccess: (data, p) => {
      clear();
      onChange(data, pt("tables.moved", { who: p.label, number: p.to }));
    },
    onError: failWith,
  });
  const options = [...facilitators];
  if (table.facilitator && !options.some((f) => f.id === table.facilitator!.id))
    options.push(table.facilitator);
  const heading = `table-${n}-heading`;
  return (
    <section aria-labelledby={heading} className="panel-table">
      <h2 id={heading}>{pt("tables.table", { number: n })}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      {manage && options.length > 0 ? (
        <div className="inline-form">
          <SelectField
            id={facilitatorField}
            label={pt("tables.facilitator", { number: n })}
            value={facilitator}
            onChange={setFacilitator}
            options={[
              { value: "", label: pt("tables.noFacilitator") },
              ...options.map((f) => ({ value: f.id, label: f.name })),
            ]}
            error={fieldError(facilitatorField)}
          />
          <button
            type="button"
            disabled={save.isPending}
            onClick={() => {
              setField(facilitatorField);
              save.mutate();
            }}
          >
            {pt("tables.saveFacilitator", { number: n })}
          </button>
        </div>
      ) : (
        <p>
          {pt("tables.facilitatorIs")}: {table.facilitator?.name ?? pt("tables.noFacilitator")}
        </p>
      )}
      {
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby={`${heading}-caption`} tabIndex={0}>
          <table>
            <caption id={`${heading}-caption`}>
              {pt("tables.seats", { number: n, count: table.seats.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{pt("tables.panelist")}</th>
                {features.map((f) => (
                  <th key={f} scope="col">
                    {f}
                  </th>
                ))}
                {manage ? <th scope="col">{pt("tables.move")}</th> : null}
              </tr>
            </thead>
            <tbody>
              {table.seats.map((s) => {
                const label = pt("tables.panelistN", { number: s.number + 1 });
                const id = `seat-${s.candidateId}`;
                const to = moves[s.candidateId] ?? String(n);
                return (
                  <tr key={s.candidateId}>
                    <th scope="row">
                      {label}
                      {s.movedByHand ? ` (${pt("tables.movedByHand")})` : ""}
                    </th>
                    {features.map((f) => (
                      <td key={f}>{f === "language" ? s.language : (s.attributes[f] ?? "–")}</td>
                    ))}
                    {manage ? (
                      <td>
                        <label className="visually-hidden" htmlFor={id}>
                          {pt("tables.moveTo", { who: label })}
                        </label>
                        <select
                          id={id}
                          value={to}
                          aria-invalid={fieldError(id) ? true : undefined}
                          onChange={(e) =>
                            setMoves((m) => ({ ...m, [s.candidateId]: e.target.value }))
                          }
                        >
                          {tableNumbers.map((x) => (
                            <option key={x} value={x}>
                              {pt("tables.table", { number: x })}
                            </option>
                          ))}
                        </select>{" "}
                        <button
                          type="button"
                          className="button button--quiet"
                          disabled={move.isPending || to === String(n)}
                          onClick={() => {
                            setField(id);
                            move.mutate({ candidateId: s.candidateId, to: Number(to), label });
                          }}
                        >
                          {pt("tables.moveButton", { who: label })}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      }
      <TableNotes tableNumber={n} manage={manage} />
    </section>
  );
}
