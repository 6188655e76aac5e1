import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { formatDate } from "../../lib/format.js";
import { panelStaffEndpoints } from "../api.js";
import { euros, feeStaffEndpoints } from "../fees-api.js";
import { usePt } from "../i18n/index.js";

/**
 * Travel costs per session attended: pick the session and a panelist checked in at it, enter
 * the euros ("12,50"). Paid, taxable, in the next batch; then fixed. Shown when the panel pays
 * travel.
 */
export function TravelSection(props: {
  slug: string;
  panelId: string;
  label: (candidateId: string) => string;
  onChange: () => void;
}) {
  const { pt, language } = usePt();
  const { slug, panelId } = props;
  const client = useQueryClient();
  const key = ["panel-fees", slug, panelId, "travel"];
  const panel = useQuery({
    queryKey: ["panels", slug, panelId],
    queryFn: () => panelStaffEndpoints.panel(slug, panelId),
  });
  const travel = useQuery({
    queryKey: key,
    queryFn: () => feeStaffEndpoints.travel(slug, panelId),
    enabled: panel.data?.fees.travel === true,
  });
  const [sessionId, setSessionId] = useState("");
  const [candidateId, setCandidateId] = useState("");
  const [amount, setAmount] = useState("");
  const [saved, setSaved] = useState("");
  const { errors, attempt, failWith, fieldError, clear } = useFormErrors((path) =>
    path.replace(/^body\./, "") === "amount" ? "travel-amount" : undefined,
  );
  const sessions = panel.data?.sessions ?? [];
  const when = (id: string) => {
    const s = sessions.find((x) => x.id === id);
    return s ? `${formatDate(s.date, language)} ${s.startTime}` : "";
  };
  const entries = travel.data?.entries ?? [];
  const session = sessionId || sessions[0]?.id || "";
  const open = entries.filter((e) => e.sessionId === session && e.batchId === null);
  const candidate = open.some((e) => e.candidateId === candidateId)
    ? candidateId
    : (open[0]?.candidateId ?? "");
  const save = useMutation({
    mutationFn: () => feeStaffEndpoints.setTravel(slug, panelId, session, candidate, amount),
    onSuccess: (result) => {
      clear();
      setSaved(
        pt("travel.saved", {
          name: props.label(candidate),
          amount: euros(result.travelCents, language),
        }),
      );
      setAmount("");
      client.invalidateQueries({ queryKey: key });
      props.onChange();
    },
    onError: failWith,
  });
  if (!panel.data?.fees.travel) return null;
  const entered = entries.filter((e) => e.travelCents > 0);
  return (
    <section aria-labelledby="travel-heading">
      <h2 id="travel-heading">{pt("travel.title")}</h2>
      <p>
        {panel.data.fees.travelCapCents !== undefined
          ? pt("travel.introCap", { cap: euros(panel.data.fees.travelCapCents, language) })
          : pt("travel.intro")}
      </p>
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setSaved("");
          save.mutate();
        }}
      >
        <ErrorSummary errors={errors} attempt={attempt} />
        <SelectField
          id="travel-session"
          label={pt("travel.session")}
          value={session}
          onChange={setSessionId}
          options={sessions.map((s) => ({ value: s.id, label: when(s.id) }))}
        />
        {open.length > 0 ? (
          <>
            <SelectField
              id="travel-candidate"
              label={pt("travel.panelist")}
              value={candidate}
              onChange={setCandidateId}
              options={open.map((e) => ({
                value: e.candidateId,
                label: props.label(e.candidateId),
              }))}
            />
            <TextField
              id="travel-amount"
              label={pt("travel.amount")}
              hint={pt("travel.amountHint")}
              value={amount}
              onChange={setAmount}
              maxLength={20}
              required
              error={fieldError("travel-amount")}
            />
            <button type="submit" disabled={save.isPending}>
              {pt("travel.save")}
            </button>
          </>
        ) : (
          <p>{pt("travel.noneCheckedIn")}</p>
        )}
        {saved ? <Status>{saved}</Status> : null}
      </form>
      {entered.length > 0 ? (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        <section className="table-scroll" aria-labelledby="travel-caption" tabIndex={0}>
          <table>
            <caption id="travel-caption">{pt("travel.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{pt("travel.session")}</th>
                <th scope="col">{pt("travel.panelist")}</th>
                <th scope="col">{pt("travel.amount")}</th>
                <th scope="col">{pt("travel.state")}</th>
              </tr>
            </thead>
            <tbody>
              {entered.map((e) => (
                <tr key={`${e.sessionId}-${e.candidateId}`}>
                  <td>{when(e.sessionId)}</td>
                  <th scope="row">{props.label(e.candidateId)}</th>
                  <td>{euros(e.travelCents, language)}</td>
                  <td>{pt(e.batchId ? "travel.inBatch" : "travel.unpaid")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </section>
  );
}
