import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useMemo, useState } from "react";
import { Link, useNavigate } from "react-router";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { type DrawInput, poolEndpoints, poolStaffEndpoints } from "../api.js";
import { GENDERS } from "../draft.js";
import { usePt } from "../i18n/index.js";
import { drawFieldFor, type QuotaRow, quotasFrom } from "./drawForm.js";
import { usePoolChoice } from "./poolChoice.js";
import { QuotaRows } from "./QuotaRows.js";
import { StrataCounts } from "./StrataCounts.js";

const PURPOSES = ["panels", "invitations", "surveys"] as const;
const STRATA = {
  municipality: ["municipality"],
  ageBand: ["ageBand"],
  both: ["municipality", "ageBand"],
} as const;

const AGE_BANDS = ["15-29", "30-44", "45-64", "65-74", "75-"] as const;

const METHODS = ["random", "stratified", "quota"] as const;

/** Draws made so far, and a form for a new random, stratified or quota draw with a seed. */
export function DrawsPage() {
  const { pt, t, language } = usePt();
  const { org, membership } = useStaffContext();
  const pool = usePoolChoice();
  useDocumentTitle(pt("draws.title"));
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState("");
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>("panels");
  const [method, setMethod] = useState<(typeof METHODS)[number]>("random");
  const [strata, setStrata] = useState<keyof typeof STRATA>("municipality");
  const [size, setSize] = useState("");
  const [seed, setSeed] = useState("");
  const [filters, setFilters] = useState({ municipality: "", ageBand: "", gender: "" });
  const [counts, setCountsState] = useState<Record<string, string>>({});
  const setCounts = useCallback((c: Record<string, string>) => setCountsState(c), []);
  const [quotas, setQuotas] = useState<QuotaRow[]>([]);
  const chosenFilters = useMemo(
    () => Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    [filters],
  );
  const strataRequest = useMemo(
    () => ({ purpose, filters: chosenFilters, stratifyBy: [...STRATA[strata]] }),
    [purpose, chosenFilters, strata],
  );
  const form = useQuery({
    queryKey: ["pool-form", pool ?? org.slug],
    queryFn: () => poolEndpoints.form(pool ?? org.slug),
  });
  const { errors, attempt, failWith, fieldError } = useFormErrors(drawFieldFor);
  const draws = useQuery({
    queryKey: ["pool", org.slug, pool, "draws"],
    queryFn: () => poolStaffEndpoints.draws(org.slug, pool),
  });
  const make = useMutation({
    mutationFn: (json: DrawInput) => poolStaffEndpoints.makeDraw(org.slug, json, pool),
    onSuccess: async (draw) => {
      await client.invalidateQueries({ queryKey: ["pool", org.slug, pool, "draws"] });
      navigate(draw.id);
    },
    onError: failWith,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    make.mutate({
      title,
      purpose,
      method,
      ...(size.trim() ? { size: Number(size) } : {}),
      ...(seed.trim() ? { seed: seed.trim() } : {}),
      ...(method === "stratified" ? { stratifyBy: [...STRATA[strata]] } : {}),
      ...(method === "stratified" && Object.keys(counts).length > 0
        ? {
            counts: Object.fromEntries(
              Object.entries(counts).map(([k, v]) => [k, Number(v.trim() || "0")]),
            ),
          }
        : {}),
      ...(method === "quota" ? { quotas: quotasFrom(quotas) } : {}),
      filters: chosenFilters,
    } as DrawInput);
  };
  const municipalities = form.data?.municipalities ?? [];
  const municipalityName = (code: string) => {
    const m = municipalities.find((x) => x.code === code);
    return m ? (language === "sv" ? m.name.sv : m.name.fi) : code;
  };
  const quotaValues = {
    municipality: municipalities.map((m) => ({ value: m.code, label: municipalityName(m.code) })),
    ageBand: AGE_BANDS.map((b) => ({ value: b, label: b })),
    gender: GENDERS.map((g) => ({ value: g, label: pt(`gender.${g}`) })),
  };
  return (
    <div className="page pool-page">
      <h1 tabIndex={-1}>{pt("draws.title")}</h1>
      <p>
        <Link to="..">{pt("staff.back")}</Link>
      </p>
      {can(membership, "pool.draw") ? (
        <form onSubmit={submit} noValidate aria-labelledby="new-draw-heading">
          <h2 id="new-draw-heading">{pt("draws.new")}</h2>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="draw-title"
            label={pt("draws.name")}
            value={title}
            onChange={setTitle}
            error={fieldError("draw-title")}
            required
          />
          <SelectField
            id="draw-purpose"
            label={pt("draws.purpose")}
            value={purpose}
            onChange={(v) => setPurpose(v as typeof purpose)}
            options={PURPOSES.map((p) => ({ value: p, label: pt(`purpose.${p}`) }))}
            hint={pt("draws.purposeHint")}
          />
          <SelectField
            id="draw-method"
            label={pt("draws.method")}
            value={method}
            onChange={(v) => setMethod(v as typeof method)}
            options={METHODS.map((m) => ({
              value: m,
              label: pt(`draws.methods.${m}`),
            }))}
          />
          {method === "stratified" ? (
            <SelectField
              id="draw-strata"
              label={pt("draws.strata")}
              value={strata}
              onChange={(v) => setStrata(v as typeof strata)}
              options={(["municipality", "ageBand", "both"] as const).map((s) => ({
                value: s,
                label: pt(`draws.by.${s}`),
              }))}
              hint={pt("draws.strataHint")}
              error={fieldError("draw-strata")}
            />
          ) : null}
          <fieldset>
            <legend>{pt("draws.filters")}</legend>
            <SelectField
              id="draw-municipality"
              label={pt("form.municipality")}
              value={filters.municipality}
              onChange={(v) => setFilters({ ...filters, municipality: v })}
              options={[
                { value: "", label: pt("staff.all") },
                ...(form.data?.municipalities ?? []).map((m) => ({
                  value: m.code,
                  label: language === "sv" ? m.name.sv : m.name.fi,
                })),
              ]}
            />
            <SelectField
              id="draw-age"
              label={pt("staff.ageBand")}
              value={filters.ageBand}
              onChange={(v) => setFilters({ ...filters, ageBand: v })}
              options={[
                { value: "", label: pt("staff.all") },
                ...AGE_BANDS.map((b) => ({ value: b, label: b })),
              ]}
            />
            <SelectField
              id="draw-gender"
              label={pt("form.gender")}
              value={filters.gender}
              onChange={(v) => setFilters({ ...filters, gender: v })}
              options={[
                { value: "", label: pt("staff.all") },
                ...GENDERS.map((g) => ({ value: g, label: pt(`gender.${g}`) })),
              ]}
            />
          </fieldset>
          <TextField
            id="draw-size"
            label={pt("draws.size")}
            value={size}
            onChange={setSize}
            inputMode="numeric"
            error={fieldError("draw-size")}
            required={method !== "stratified"}
          />
          {method === "stratified" ? (
            <StrataCounts
              key={JSON.stringify(strataRequest)}
              request={strataRequest}
              size={Number(size) || 0}
              counts={counts}
              onChange={setCounts}
              municipalityName={municipalityName}
              fieldError={fieldError}
            />
          ) : null}
          {method === "quota" ? (
            <QuotaRows
              rows={quotas}
              onChange={setQuotas}
              values={quotaValues}
              fieldError={fieldError}
            />
          ) : null}
          <TextField
            id="draw-seed"
            label={pt("draws.seed")}
            value={seed}
            onChange={setSeed}
            hint={pt("draws.seedHint")}
            error={fieldError("draw-seed")}
          />
          <button type="submit" className="button" disabled={make.isPending}>
            {pt("draws.submit")}
          </button>
        </form>
      ) : null}
      <h2 id="draws-heading">{pt("draws.made")}</h2>
      {draws.error ? <p className="notice notice--error">{errorMessage(draws.error, t)}</p> : null}
      {draws.isPending ? <Status>{t("common.loading")}</Status> : null}
      {draws.data && draws.data.draws.length === 0 ? <p>{pt("draws.none")}</p> : null}
      <ul aria-labelledby="draws-heading">
        {draws.data?.draws.map((d) => (
          <li key={d.id}>
            <Link to={d.id}>{d.title}</Link>{" "}
            {pt("draws.line", {
              method: pt(`draws.methods.${d.method}`),
              drawn: d.drawn,
              eligible: d.eligible,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
