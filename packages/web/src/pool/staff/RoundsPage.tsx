import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import {
  CheckboxGroup,
  ErrorSummary,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { usePt } from "../i18n/index.js";
import { type RoundInput, roundEndpoints } from "./roundsApi.js";

const FIELDS: Record<string, string> = {
  title: "round-title",
  purpose: "round-purpose",
  opensAt: "round-opens",
  closesAt: "round-closes",
  sessionDates: "round-sessions",
  sampleSize: "round-size",
  stratify: "round-stratify",
  seed: "round-seed",
  letterTemplate: "round-template",
};
/** "body.sessionDates.1" and "letterTemplate.texts" (from the service) belong to their field. */
const fieldFor = (path: string) => FIELDS[path.replace(/^body\./, "").split(".")[0] ?? ""];

/** Recruitment rounds from the population register, and a form for a new one. */
export function RoundsPage() {
  const { pt, t, language } = usePt();
  const { org } = useStaffContext();
  useDocumentTitle(pt("rounds.title"));
  const navigate = useNavigate();
  const client = useQueryClient();
  const [v, setV] = useState({
    title: "",
    purpose: "",
    opens: "",
    closes: "",
    sessions: "",
    size: "",
    seed: "",
    template: "",
  });
  const [stratify, setStratify] = useState<("municipality" | "age")[]>([]);
  const [bilingual, setBilingual] = useState(false);
  const set = (key: keyof typeof v) => (value: string) => setV({ ...v, [key]: value });
  const { errors, attempt, fail, failWith, fieldError } = useFormErrors(fieldFor);
  const rounds = useQuery({
    queryKey: ["pool", org.slug, "rounds"],
    queryFn: () => roundEndpoints.rounds(org.slug),
  });
  const create = useMutation({
    mutationFn: (json: RoundInput) => roundEndpoints.create(org.slug, json),
    onSuccess: async (round) => {
      await client.invalidateQueries({ queryKey: ["pool", org.slug, "rounds"] });
      navigate(round.id);
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    let letterTemplate: Record<string, unknown>;
    try {
      letterTemplate = JSON.parse(v.template) as Record<string, unknown>;
      if (typeof letterTemplate !== "object" || letterTemplate === null) throw new Error();
    } catch {
      fail([{ field: "round-template", message: pt("rounds.templateInvalid") }]);
      return;
    }
    create.mutate({
      title: v.title,
      purpose: v.purpose,
      opensAt: v.opens,
      closesAt: v.closes,
      sessionDates: v.sessions
        .split(/[\s,]+/)
        .map((d) => d.trim())
        .filter((d) => d),
      sampleSize: Number(v.size),
      stratify,
      seed: v.seed,
      letterTemplate,
      bilingual,
    } as RoundInput);
  };
  const date = (iso: string) => new Date(iso).toLocaleDateString(language);
  return (
    <div className="page pool-page">
      <h1 tabIndex={-1}>{pt("rounds.title")}</h1>
      <p>
        <Link to="..">{pt("staff.back")}</Link>
      </p>
      <h2 id="rounds-heading">{pt("rounds.list")}</h2>
      {rounds.error ? (
        <p className="notice notice--error">{errorMessage(rounds.error, t)}</p>
      ) : null}
      {rounds.isPending ? <Status>{t("common.loading")}</Status> : null}
      {rounds.data && rounds.data.rounds.length === 0 ? <p>{pt("rounds.none")}</p> : null}
      <ul aria-labelledby="rounds-heading">
        {rounds.data?.rounds.map((r) => (
          <li key={r.id}>
            <Link to={r.id}>{r.title}</Link>{" "}
            {pt("rounds.line", {
              opens: date(r.opensAt),
              closes: date(r.closesAt),
              status: pt(
                `rounds.status.${r.closedAt ? "closed" : r.drawnAt ? "drawn" : r.frameImportedAt ? "imported" : "new"}`,
              ),
              size: r.sampleSize,
            })}
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate aria-labelledby="new-round-heading">
        <h2 id="new-round-heading">{pt("rounds.new")}</h2>
        <ErrorSummary errors={errors} attempt={attempt} />
        <TextField
          id="round-title"
          label={pt("rounds.name")}
          value={v.title}
          onChange={set("title")}
          error={fieldError("round-title")}
          required
        />
        <TextField
          id="round-purpose"
          label={pt("rounds.purpose")}
          value={v.purpose}
          onChange={set("purpose")}
          error={fieldError("round-purpose")}
          required
        />
        <TextField
          id="round-opens"
          label={pt("rounds.opens")}
          hint={pt("rounds.dateHint")}
          value={v.opens}
          onChange={set("opens")}
          error={fieldError("round-opens")}
          required
        />
        <TextField
          id="round-closes"
          label={pt("rounds.closes")}
          hint={pt("rounds.dateHint")}
          value={v.closes}
          onChange={set("closes")}
          error={fieldError("round-closes")}
          required
        />
        <TextField
          id="round-sessions"
          label={pt("rounds.sessions")}
          hint={pt("rounds.sessionsHint")}
          value={v.sessions}
          onChange={set("sessions")}
          error={fieldError("round-sessions")}
        />
        <TextField
          id="round-size"
          label={pt("rounds.size")}
          value={v.size}
          onChange={set("size")}
          inputMode="numeric"
          error={fieldError("round-size")}
          required
        />
        <CheckboxGroup
          id="round-stratify"
          legend={pt("rounds.stratify")}
          hint={pt("rounds.stratifyHint")}
          options={(["municipality", "age"] as const).map((s) => ({
            value: s,
            label: pt(`rounds.by.${s}`),
          }))}
          value={stratify}
          onChange={setStratify}
          error={fieldError("round-stratify")}
        />
        <TextField
          id="round-seed"
          label={pt("rounds.seed")}
          hint={pt("rounds.seedHint")}
          value={v.seed}
          onChange={set("seed")}
          error={fieldError("round-seed")}
          required
        />
        <div className="checkbox">
          <input
            id="round-bilingual"
            type="checkbox"
            checked={bilingual}
            onChange={(e) => setBilingual(e.target.checked)}
          />
          <label htmlFor="round-bilingual">{pt("rounds.bilingual")}</label>
        </div>
        <div className={fieldError("round-template") ? "field field--invalid" : "field"}>
          <label htmlFor="round-template">{pt("rounds.template")}</label>
          <p id="round-template-hint" className="field__hint">
            {pt("rounds.templateHint")}
          </p>
          {fieldError("round-template") ? (
            <p id="round-template-error" className="field__error">
              {fieldError("round-template")}
            </p>
          ) : null}
          <textarea
            id="round-template"
            rows={10}
            spellCheck={false}
            value={v.template}
            onChange={(e) => set("template")(e.target.value)}
            aria-invalid={fieldError("round-template") ? true : undefined}
            aria-describedby={
              fieldError("round-template")
                ? "round-template-hint round-template-error"
                : "round-template-hint"
            }
          />
        </div>
        <button type="submit" className="button" disabled={create.isPending}>
          {pt("rounds.submit")}
        </button>
      </form>
    </div>
  );
}
