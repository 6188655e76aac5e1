import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { ErrorSummary, SelectField, TextField, useFormErrors } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { surveyStaffEndpoints } from "../../surveys/api.js";
import { phoneEndpoints } from "../api.js";
import { usePh } from "../i18n/index.js";

/** The form's field by the error's path (problem+json paths name the body's field). */
const FIELDS: Record<string, string> = {
  name: "phone-name",
  surveyId: "phone-survey",
  caller: "phone-caller",
  callingNumber: "phone-number",
  maxConcurrent: "phone-concurrent",
};

/** The organization's call campaigns and the form for a new one. */
export function CampaignsPage() {
  const { pt } = usePh();
  const { org, membership } = useStaffContext();
  useDocumentTitle(pt("staff.title"));
  const campaigns = useQuery({
    queryKey: ["phone", org.slug],
    queryFn: () => phoneEndpoints.list(org.slug),
  });
  return (
    <div className="page">
      <h1 tabIndex={-1}>{pt("staff.title")}</h1>
      {campaigns.data?.campaigns.length === 0 ? <p>{pt("staff.none")}</p> : null}
      <ul>
        {campaigns.data?.campaigns.map((c) => (
          <li key={c.id}>
            <Link to={c.id}>{c.name}</Link> – {pt(`staff.statuses.${c.status}`)}
          </li>
        ))}
      </ul>
      {can(membership, "phone.manage") ? <NewCampaign /> : null}
    </div>
  );
}

function NewCampaign() {
  const { pt } = usePh();
  const { org } = useStaffContext();
  const navigate = useNavigate();
  const client = useQueryClient();
  const surveys = useQuery({
    queryKey: ["surveys", org.slug],
    queryFn: () => surveyStaffEndpoints.list(org.slug),
  });
  const [name, setName] = useState("");
  const [surveyId, setSurveyId] = useState("");
  const [provider, setProvider] = useState<"46elks" | "twilio" | "fake">("fake");
  const [caller, setCaller] = useState("");
  const [callingNumber, setCallingNumber] = useState("");
  const [sv, setSv] = useState(true);
  const [slow, setSlow] = useState(false);
  const [concurrent, setConcurrent] = useState("10");
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => {
    const field = path.replace(/^body\./, "");
    return Object.hasOwn(FIELDS, field) ? FIELDS[field] : undefined;
  });
  const create = useMutation({
    mutationFn: () =>
      phoneEndpoints.create(org.slug, {
        name,
        surveyId,
        provider,
        caller,
        callingNumber,
        languages: sv ? ["fi", "sv"] : ["fi"],
        rate: slow ? "slow" : "normal",
        maxConcurrent: Number(concurrent) || 1,
      }),
    onSuccess: async (campaign) => {
      await client.invalidateQueries({ queryKey: ["phone", org.slug] });
      navigate(campaign.id);
    },
    onError: failWith,
  });
  return (
    <form
      aria-labelledby="phone-new-heading"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        create.mutate();
      }}
    >
      <h2 id="phone-new-heading">{pt("staff.new")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <TextField
        id="phone-name"
        label={pt("staff.name")}
        value={name}
        onChange={setName}
        required
        maxLength={200}
        error={fieldError("phone-name")}
      />
      <SelectField
        id="phone-survey"
        label={pt("staff.survey")}
        value={surveyId}
        onChange={setSurveyId}
        error={fieldError("phone-survey")}
        options={[
          { value: "", label: pt("staff.chooseSurvey") },
          ...(surveys.data?.items ?? [])
            .filter((s) => s.version !== null)
            .map((s) => ({ value: s.id, label: s.title })),
        ]}
      />
      <SelectField
        id="phone-provider"
        label={pt("staff.provider")}
        value={provider}
        onChange={(v) => setProvider(v as typeof provider)}
        options={(["fake", "46elks", "twilio"] as const).map((p) => ({
          value: p,
          label: pt(`staff.providers.${p}`),
        }))}
      />
      <TextField
        id="phone-caller"
        label={pt("staff.caller")}
        value={caller}
        onChange={setCaller}
        required
        maxLength={200}
        error={fieldError("phone-caller")}
      />
      <TextField
        id="phone-number"
        label={pt("staff.callingNumber")}
        value={callingNumber}
        onChange={setCallingNumber}
        type="tel"
        required
        maxLength={20}
        error={fieldError("phone-number")}
      />
      <TextField
        id="phone-concurrent"
        label={pt("staff.maxConcurrent")}
        value={concurrent}
        onChange={setConcurrent}
        inputMode="numeric"
        maxLength={3}
        error={fieldError("phone-concurrent")}
      />
      <div className="field">
        <input
          id="phone-sv"
          type="checkbox"
          checked={sv}
          onChange={(e) => setSv(e.target.checked)}
        />
        <label htmlFor="phone-sv">{pt("staff.language.sv")}</label>
      </div>
      <div className="field">
        <input
          id="phone-slow"
          type="checkbox"
          checked={slow}
          onChange={(e) => setSlow(e.target.checked)}
        />
        <label htmlFor="phone-slow">{pt("staff.slow")}</label>
      </div>
      <button type="submit" className="button" disabled={create.isPending}>
        {pt("staff.create")}
      </button>
    </form>
  );
}
