import { parseEuros } from "@kuulo/payments/money";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { panelStaffEndpoints, type SetupInput } from "../api.js";
import { usePt } from "../i18n/index.js";

type Session = SetupInput["sessions"] extends (infer S)[] | undefined ? S : never;
type Quota = { key: number; feature: string; value: string; min: string; max: string };
type SessionRow = Session & { key: number };
let rowKeys = 0;
/** The server's largest travel cap: 10 000 € per meeting. */
const MAX_CAP_CENTS = 1_000_000;
const SOURCES = ["population_round", "pool", "staff_list", "open_call"] as const;
const emptySession = (): SessionRow => ({
  key: ++rowKeys,
  date: "",
  startTime: "17:00",
  endTime: "20:00",
  place: "",
  accessibility: "",
  onlineUrl: null,
});

/**
 * A field id for an error path: sessions.0.date → panel-sessions-0-date. The client gives
 * paths without their "body." (api/problem.ts); one that still has it is read the same.
 */
function fieldFor(path: string): string | undefined {
  const m = /^(?:body\.)?(.+)$/.exec(path);
  return m ? `panel-${m[1]!.replace(/\./g, "-")}` : undefined;
}

/** Setting up a panel: questions, meetings, size, quotas, fee rules and the source. */
export function SetupForm() {
  const { pt } = usePt();
  const { org } = useStaffContext();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [title, setTitle] = useState("");
  const [question, setQuestion] = useState("");
  const [formedBy, setFormedBy] = useState("");
  const [size, setSize] = useState("40");
  const [reserves, setReserves] = useState("10");
  const [source, setSource] = useState<(typeof SOURCES)[number]>("population_round");
  const [roundId, setRoundId] = useState("");
  const [fee, setFee] = useState("50");
  const [travel, setTravel] = useState(true);
  const [travelCap, setTravelCap] = useState("");
  const [giftCard, setGiftCard] = useState(false);
  const [sessions, setSessions] = useState<SessionRow[]>([emptySession()]);
  const [quotas, setQuotas] = useState<Quota[]>([]);
  const { errors, attempt, fail, failWith, fieldError } = useFormErrors(fieldFor);
  const create = useMutation({
    mutationFn: ({ feeCents, travelCapCents }: { feeCents: number; travelCapCents?: number }) =>
      panelStaffEndpoints.create(org.slug, {
        title,
        coreQuestions: question ? [{ text: { fi: question, sv: "", en: "" } }] : [],
        questionsFormedBy: formedBy,
        targetSize: Number(size),
        reserves: Number(reserves),
        source,
        roundId: source === "population_round" && roundId ? roundId : null,
        sessions: sessions.map(({ key: _, ...s }) => ({ ...s, onlineUrl: s.onlineUrl || null })),
        quotas: quotas.map(({ key: _, ...q }) => ({
          ...q,
          min: Number(q.min),
          max: Number(q.max),
        })),
        fees: {
          amountPerSessionCents: feeCents,
          travel,
          giftCard,
          ...(travelCapCents === undefined ? {} : { travelCapCents }),
        },
      }),
    onSuccess: async (panel) => {
      await client.invalidateQueries({ queryKey: ["panels", org.slug] });
      navigate(panel.id);
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The cap only counts when the panel pays travel; empty is no cap.
    const capText = travel ? travelCap.trim() : "";
    const cap = capText ? parseEuros(capText) : undefined;
    // Euros with a comma or a dot, as the cap: "12,50" is 1250 cents.
    const feeCents = parseEuros(fee.trim());
    const invalid = [
      ...(feeCents === null
        ? [{ field: "panel-fees-amountPerSessionCents", message: pt("staff.feeInvalid") }]
        : []),
      ...(cap === null || (cap !== undefined && cap > MAX_CAP_CENTS)
        ? [{ field: "panel-fees-travelCapCents", message: pt("staff.travelCapInvalid") }]
        : []),
    ];
    if (invalid.length > 0 || feeCents === null) return fail(invalid);
    create.mutate(
      cap === undefined || cap === null ? { feeCents } : { feeCents, travelCapCents: cap },
    );
  };
  const setSession = (i: number, change: Partial<SessionRow>) =>
    setSessions(sessions.map((s, j) => (j === i ? { ...s, ...change } : s)));
  const setQuota = (i: number, change: Partial<Quota>) =>
    setQuotas(quotas.map((q, j) => (j === i ? { ...q, ...change } : q)));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="panel-new-heading">
      <h2 id="panel-new-heading">{pt("staff.new")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="panel-title"
        label={pt("staff.panelTitle")}
        value={title}
        onChange={setTitle}
        error={fieldError("panel-title")}
        maxLength={200}
        required
      />
      <TextField
        id="panel-coreQuestions-0-text-fi"
        label={pt("staff.question")}
        value={question}
        onChange={setQuestion}
        error={fieldError("panel-coreQuestions-0-text-fi")}
        maxLength={2000}
      />
      <TextField
        id="panel-questionsFormedBy"
        label={pt("staff.formedBy")}
        value={formedBy}
        onChange={setFormedBy}
        maxLength={500}
      />
      <TextField
        id="panel-targetSize"
        label={pt("staff.targetSize")}
        value={size}
        onChange={setSize}
        inputMode="numeric"
        error={fieldError("panel-targetSize")}
        required
      />
      <TextField
        id="panel-reserves"
        label={pt("staff.reserves")}
        value={reserves}
        onChange={setReserves}
        inputMode="numeric"
        error={fieldError("panel-reserves")}
      />
      <SelectField
        id="panel-source"
        label={pt("staff.source")}
        value={source}
        onChange={(v) => setSource(v as (typeof SOURCES)[number])}
        options={SOURCES.map((s) => ({ value: s, label: pt(`staff.sources.${s}`) }))}
      />
      {source === "population_round" ? (
        <TextField
          id="panel-roundId"
          label={pt("staff.roundId")}
          value={roundId}
          onChange={setRoundId}
          error={fieldError("panel-roundId")}
          maxLength={36}
        />
      ) : null}
      <fieldset>
        <legend>{pt("staff.sessions")}</legend>
        {sessions.map((s, i) => (
          <fieldset key={s.key}>
            <legend>{pt("staff.session", { n: i + 1 })}</legend>
            <TextField
              id={`panel-sessions-${i}-date`}
              label={pt("staff.date")}
              value={s.date}
              onChange={(v) => setSession(i, { date: v })}
              hint="2027-02-04"
              error={fieldError(`panel-sessions-${i}-date`)}
              maxLength={10}
            />
            <TextField
              id={`panel-sessions-${i}-startTime`}
              label={pt("staff.start")}
              value={s.startTime}
              onChange={(v) => setSession(i, { startTime: v })}
              error={fieldError(`panel-sessions-${i}-startTime`)}
              maxLength={5}
            />
            <TextField
              id={`panel-sessions-${i}-endTime`}
              label={pt("staff.end")}
              value={s.endTime}
              onChange={(v) => setSession(i, { endTime: v })}
              error={fieldError(`panel-sessions-${i}-endTime`)}
              maxLength={5}
            />
            <TextField
              id={`panel-sessions-${i}-place`}
              label={pt("staff.place")}
              value={s.place ?? ""}
              onChange={(v) => setSession(i, { place: v })}
              error={fieldError(`panel-sessions-${i}-place`)}
              maxLength={300}
            />
            <TextField
              id={`panel-sessions-${i}-accessibility`}
              label={pt("staff.accessibility")}
              value={s.accessibility ?? ""}
              onChange={(v) => setSession(i, { accessibility: v })}
              maxLength={2000}
            />
            <TextField
              id={`panel-sessions-${i}-onlineUrl`}
              label={pt("staff.onlineUrl")}
              type="url"
              value={s.onlineUrl ?? ""}
              onChange={(v) => setSession(i, { onlineUrl: v })}
              error={fieldError(`panel-sessions-${i}-onlineUrl`)}
              maxLength={2000}
            />
            <button type="button" onClick={() => setSessions(sessions.filter((_, j) => j !== i))}>
              {pt("staff.removeSession", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => setSessions([...sessions, emptySession()])}>
          {pt("staff.addSession")}
        </button>
      </fieldset>
      <fieldset>
        <legend>{pt("staff.quotas")}</legend>
        {quotas.map((q, i) => (
          <fieldset key={q.key} className="panel-quota">
            <legend>{pt("staff.quota", { n: i + 1 })}</legend>
            <TextField
              id={`panel-quotas-${i}-feature`}
              label={pt("staff.feature")}
              value={q.feature}
              onChange={(v) => setQuota(i, { feature: v })}
              hint="ageBand, gender, municipality, language, education"
              error={fieldError(`panel-quotas-${i}-feature`)}
              maxLength={40}
            />
            <TextField
              id={`panel-quotas-${i}-value`}
              label={pt("staff.value")}
              value={q.value}
              onChange={(v) => setQuota(i, { value: v })}
              error={fieldError(`panel-quotas-${i}-value`)}
              maxLength={100}
            />
            <TextField
              id={`panel-quotas-${i}-min`}
              label={pt("staff.min")}
              value={q.min}
              onChange={(v) => setQuota(i, { min: v })}
              inputMode="numeric"
              error={fieldError(`panel-quotas-${i}-min`)}
            />
            <TextField
              id={`panel-quotas-${i}-max`}
              label={pt("staff.max")}
              value={q.max}
              onChange={(v) => setQuota(i, { max: v })}
              inputMode="numeric"
              error={fieldError(`panel-quotas-${i}-max`)}
            />
            <button type="button" onClick={() => setQuotas(quotas.filter((_, j) => j !== i))}>
              {pt("staff.removeQuota", { n: i + 1 })}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          onClick={() =>
            setQuotas([...quotas, { key: ++rowKeys, feature: "", value: "", min: "0", max: size }])
          }
        >
          {pt("staff.addQuota")}
        </button>
      </fieldset>
      <TextField
        id="panel-fees-amountPerSessionCents"
        label={pt("staff.fee")}
        value={fee}
        onChange={setFee}
        inputMode="decimal"
        error={fieldError("panel-fees-amountPerSessionCents")}
      />
      <div className="field">
        <label>
          <input type="checkbox" checked={travel} onChange={(e) => setTravel(e.target.checked)} />{" "}
          {pt("staff.travel")}
        </label>
      </div>
      {travel ? (
        <TextField
          id="panel-fees-travelCapCents"
          label={pt("staff.travelCap")}
          hint={pt("staff.travelCapHint")}
          value={travelCap}
          onChange={setTravelCap}
          inputMode="decimal"
          maxLength={20}
          error={fieldError("panel-fees-travelCapCents")}
        />
      ) : null}
      <div className="field">
        <label>
          <input
            type="checkbox"
            checked={giftCard}
            onChange={(e) => setGiftCard(e.target.checked)}
          />{" "}
          {pt("staff.giftCard")}
        </label>
      </div>
      <button type="submit" disabled={create.isPending}>
        {pt("staff.create")}
      </button>
    </form>
  );
}
