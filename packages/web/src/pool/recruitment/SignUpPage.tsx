import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { ApiError } from "../../api/problem.js";
import {
  CheckboxGroup,
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { CodeForm } from "../JoinPage.js";
import { recruitmentEndpoints, type SignUpForm, type SignUpInput } from "./api.js";
import { useRt } from "./i18n/index.js";
import "../pool.css";

const GENDERS = ["woman", "man", "other", "undisclosed"] as const;
type Gender = (typeof GENDERS)[number];

const fieldOf = (path: string) => {
  const field = path.replace(/^body\./, "");
  return field === "code" ? "signup-code" : `signup-${field}`;
};

/** `/:slug/pool/signup?code=ABCD-EFGH`: a person drawn from the population register signs up. */
export function SignUpPage() {
  const slug = useParams().slug ?? "";
  const [params] = useSearchParams();
  const { rt, t, i18n } = useRt();
  useDocumentTitle(rt("title"));
  const [code, setCode] = useState(params.get("code") ?? "");
  const { errors, attempt, failWith, clear, fieldError } = useFormErrors(fieldOf);
  const open = useMutation({
    mutationFn: (typed: string) => recruitmentEndpoints.openCode(slug, typed),
    onSuccess: (form) => {
      clear();
      // The page in the person's language (from the register); they may switch.
      if (i18n.language !== form.language) void i18n.changeLanguage(form.language);
    },
    onError: failWith,
  });
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !code) return;
    started.current = true;
    open.mutate(code);
  }, [code, open]);

  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{rt("title")}</h1>
      <LanguageSwitch />
      {open.data ? (
        <SignUpFields slug={slug} code={code} form={open.data} />
      ) : (
        <form
          onSubmit={(e: FormEvent) => {
            e.preventDefault();
            open.mutate(code);
          }}
          noValidate
        >
          <p>{rt("intro")}</p>
          <ErrorSummary errors={errors} attempt={attempt} />
          <TextField
            id="signup-code"
            label={rt("code")}
            hint={rt("codeHint")}
            value={code}
            onChange={setCode}
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            required
            error={fieldError("signup-code")}
          />
          <button type="submit" className="button" disabled={open.isPending}>
            {rt("check")}
          </button>
          {open.isPending && <Status>{t("common.loading")}</Status>}
        </form>
      )}
    </div>
  );
}

function LanguageSwitch() {
  const { rt, i18n } = useRt();
  return (
    <nav aria-label={rt("language")} className="pool-language">
      {(
        [
          ["fi", "Suomeksi"],
          ["sv", "På svenska"],
        ] as const
      ).map(([lang, label]) => (
        <button
          key={lang}
          type="button"
          className="button button--secondary"
          lang={lang}
          aria-pressed={i18n.language === lang}
          onClick={() => void i18n.changeLanguage(lang)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}

function SignUpFields({ slug, code, form }: { slug: string; code: string; form: SignUpForm }) {
  const { rt, t, i18n } = useRt();
  const lang = i18n.language === "sv" ? "sv" : "fi";
  const [gender, setGender] = useState<Gender>(form.sex === 1 ? "man" : "woman");
  const [availability, setAvailability] = useState<string[]>([]);
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [consents, setConsents] = useState<("purpose" | "research")[]>([]);
  const [joinPool, setJoinPool] = useState(false);
  const { errors, attempt, fail, failWith, fieldError } = useFormErrors(fieldOf);
  const signUp = useMutation({
    mutationFn: (json: SignUpInput) => recruitmentEndpoints.signUp(slug, json),
    onError: (error) => {
      // The pool asks more than this form: say so in words, at the box.
      const pool =
        error instanceof ApiError &&
        error.problem.errors.some((e) => e.path.replace(/^body\./, "") === "joinPool");
      if (pool) fail([{ field: "signup-joinPool", message: rt("joinPoolRefused") }]);
      else failWith(error);
    },
  });
  const date = (iso: string) =>
    new Date(`${iso.slice(0, 10)}T12:00:00Z`).toLocaleDateString(i18n.language, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
    });
  if (signUp.isSuccess) {
    const confirmBy = signUp.data.poolConfirmBy;
    return (
      <>
        <Status>
          {rt("done")}
          {confirmBy ? ` ${rt(confirmBy === "email" ? "poolByEmail" : "poolBySms")}` : ""}
        </Status>
        {confirmBy === "sms" ? <CodeForm slug={slug} phone={phone} /> : null}
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate({
      code,
      consentPurpose: consents.includes("purpose"),
      consentResearch: consents.includes("research"),
      language: lang,
      gender,
      availability,
      ...(email ? { email } : {}),
      ...(phone ? { phone } : {}),
      joinPool,
    });
  };
  return (
    <form onSubmit={submit} noValidate>
      <h2>{rt("invited", { title: form.title })}</h2>
      <p>{form.purpose}</p>
      <p>{rt("closes", { date: date(form.closesAt) })}</p>
      <ErrorSummary errors={errors} attempt={attempt} />
      <h3>{rt("register")}</h3>
      <dl className="pool-register">
        <dt>{rt("municipality")}</dt>
        <dd>{form.municipalityName[lang]}</dd>
        {form.ageBand && (
          <>
            <dt>{rt("ageBand")}</dt>
            <dd>{form.ageBand}</dd>
          </>
        )}
      </dl>
      <SelectField
        id="signup-gender"
        label={rt("gender")}
        hint={rt("genderHint")}
        value={gender}
        onChange={(v) => setGender(v as Gender)}
        options={GENDERS.map((g) => ({ value: g, label: rt(`genders.${g}`) }))}
        error={fieldError("signup-gender")}
      />
      {form.sessionDates.length > 0 && (
        <CheckboxGroup
          id="signup-availability"
          legend={rt("availability")}
          hint={rt("availabilityHint")}
          options={form.sessionDates.map((d) => ({ value: d, label: date(d) }))}
          value={availability}
          onChange={setAvailability}
          error={fieldError("signup-availability")}
        />
      )}
      <fieldset>
        <legend>{rt("contact")}</legend>
        <p className="field__hint">{rt("contactHint")}</p>
        <TextField
          id="signup-email"
          label={rt("email")}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={fieldError("signup-email")}
        />
        <TextField
          id="signup-phone"
          label={rt("phone")}
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={setPhone}
          error={fieldError("signup-phone")}
        />
      </fieldset>
      <CheckboxGroup
        id="signup-consentPurpose"
        legend={rt("consent")}
        options={[
          { value: "purpose", label: rt("consentPurpose", { purpose: form.purpose }) },
          { value: "research", label: rt("consentResearch") },
        ]}
        value={consents}
        onChange={setConsents}
        error={fieldError("signup-consentPurpose")}
      />
      <div className={fieldError("signup-joinPool") ? "field field--invalid" : "field"}>
        <div className="checkbox">
          <input
            id="signup-joinPool"
            type="checkbox"
            checked={joinPool}
            onChange={(e) => setJoinPool(e.target.checked)}
            aria-invalid={fieldError("signup-joinPool") ? true : undefined}
            aria-describedby={
              fieldError("signup-joinPool")
                ? "signup-joinPool-hint signup-joinPool-error"
                : "signup-joinPool-hint"
            }
          />
          <label htmlFor="signup-joinPool">{rt("joinPool")}</label>
        </div>
        <p id="signup-joinPool-hint" className="field__hint">
          {rt("joinPoolHint")}
        </p>
        {fieldError("signup-joinPool") ? (
          <p id="signup-joinPool-error" className="field__error">
            {fieldError("signup-joinPool")} <Link to={`/${slug}/pool`}>{rt("joinPoolPage")}</Link>
          </p>
        ) : null}
      </div>
      {signUp.error && errors.length === 0 ? (
        <p className="notice notice--error" role="alert">
          {errorMessage(signUp.error, t)}
        </p>
      ) : null}
      <button id="signup-submit" type="submit" className="button" disabled={signUp.isPending}>
        {signUp.isPending ? rt("sending") : rt("submit")}
      </button>
    </form>
  );
}
