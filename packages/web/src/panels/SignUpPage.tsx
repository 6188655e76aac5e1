import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useParams } from "react-router";
import { ErrorSummary, SelectField, Status, TextField, useFormErrors } from "../components/form.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { panelEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";

type Language = "fi" | "sv" | "en";

/** An open call's sign-up form: phone first, one choice per quota feature, the consent. */
export function SignUpPage() {
  const { pt, language } = usePt();
  const { slug = "", panelId = "" } = useParams();
  const form = useQuery({
    queryKey: ["panel-signup", slug, panelId],
    queryFn: () => panelEndpoints.form(slug, panelId),
    retry: false,
  });
  const lang = (["fi", "sv", "en"].includes(language) ? language : "fi") as Language;
  useDocumentTitle(
    form.data ? pt("signup.title", { title: form.data.title }) : pt("signup.submit"),
  );
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [email, setEmail] = useState("");
  const [consent, setConsent] = useState(false);
  const [attributes, setAttributes] = useState<Record<string, string>>({});
  const { errors, attempt, failWith, fieldError } = useFormErrors((path) => {
    const m = /^(?:body\.)?(attributes\.)?(\w+)$/.exec(path);
    return m ? `signup-${m[2]}` : undefined;
  });
  const submit = useMutation({
    mutationFn: () =>
      panelEndpoints.signUp(slug, panelId, {
        language: lang,
        attributes,
        name,
        consent,
        ...(phone ? { phone } : {}),
        ...(email ? { email } : {}),
      }),
    onError: failWith,
  });
  if (form.isError)
    return (
      <div className="page">
        <p>{pt("signup.closed")}</p>
      </div>
    );
  const f = form.data;
  if (!f) return <div className="page" />;
  if (submit.isSuccess)
    return (
      <div className="page">
        <h1 tabIndex={-1}>{pt("signup.title", { title: f.title })}</h1>
        <Status>{pt("signup.done")}</Status>
      </div>
    );
  return (
    <div className="page">
      <h1 tabIndex={-1}>{pt("signup.title", { title: f.title })}</h1>
      {f.coreQuestions.map((q) => (
        <p key={q.text.fi}>{q.text[lang] || q.text.fi}</p>
      ))}
      <p>{pt("signup.intro")}</p>
      <form
        noValidate
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <ErrorSummary errors={errors} attempt={attempt} />
        <TextField
          id="signup-name"
          label={pt("signup.name")}
          value={name}
          onChange={setName}
          autoComplete="name"
          error={fieldError("signup-name")}
          maxLength={200}
          required
        />
        <p id="signup-contact-hint">{pt("signup.contactHint")}</p>
        <TextField
          id="signup-phone"
          label={pt("signup.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={setPhone}
          error={fieldError("signup-phone")}
          maxLength={40}
        />
        <TextField
          id="signup-email"
          label={pt("signup.email")}
          type="email"
          inputMode="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fieldError("signup-email")}
          maxLength={320}
        />
        {f.choices.map((c) => (
          <SelectField
            key={c.feature}
            id={`signup-${c.feature}`}
            label={c.feature}
            value={attributes[c.feature] ?? ""}
            onChange={(v) => setAttributes({ ...attributes, [c.feature]: v })}
            options={[
              { value: "", label: pt("signup.choose") },
              ...c.values.map((v) => ({ value: v, label: v })),
            ]}
            error={fieldError(`signup-${c.feature}`)}
          />
        ))}
        <div className={fieldError("signup-consent") ? "field field--invalid" : "field"}>
          <p id="signup-consent-text">{f.consent.text[lang]}</p>
          <label>
            <input
              id="signup-consent"
              type="checkbox"
              checked={consent}
              aria-describedby="signup-consent-text"
              aria-invalid={fieldError("signup-consent") ? true : undefined}
              onChange={(e) => setConsent(e.target.checked)}
            />{" "}
            {pt("signup.consent")}
          </label>
        </div>
        <button type="submit" disabled={submit.isPending}>
          {pt("signup.submit")}
        </button>
      </form>
    </div>
  );
}
