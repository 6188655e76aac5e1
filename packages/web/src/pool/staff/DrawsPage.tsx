import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
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
import { usePoolChoice } from "./poolChoice.js";

const PURPOSES = ["panels", "invitations", "surveys"] as const;
const STRATA = {
  municipality: ["municipality"],
  ageBand: ["ageBand"],
  both: ["municipality", "ageBand"],
} as const;

const AGE_BANDS = ["15-29", "30-44", "45-64", "65-74", "75-"] as const;

const FIELDS: Record<string, string> = {
  "body.title": "draw-title",
  "body.size": "draw-size",
  "body.counts": "draw-size",
  "body.seed": "draw-seed",
  "body.stratifyBy": "draw-strata",
};

/** Draws made so far, and a form for a new random or stratified draw with a seed. */
export function DrawsPage() {
  const { pt, t, language } = usePt();
  const { org, membership } = useStaffContext();
  const pool = usePoolChoice();
  useDocumentTitle(pt("draws.title"));
  const navigate = useNavigate();
  const client = useQueryClient();
  const [title, setTitle] = useState("");
  const [purpose, setPurpose] = useState<(typeof PURPOSES)[number]>("panels");
  const [method, setMethod] = useState<"random" | "stratified">("random");
  const [strata, setStrata] = useState<keyof typeof STRATA>("municipality");
  const [size, setSize] = useState("");
  const [seed, setSeed] = useState("");
  const [filters, setFilters] = useState({ municipality: "", ageBand: "", gender: "" });
  const form = useQuery({
    queryKey: ["pool-form", pool ?? org.slug],
    queryFn: () => poolEndpoints.form(pool ?? org.slug),
  });
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => FIELDS[path]);
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
      filters: Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
    } as DrawInput);
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
            options={(["random", "stratified"] as const).map((m) => ({
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
            required
          />
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
