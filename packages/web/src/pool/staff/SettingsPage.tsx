import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { Link } from "react-router";
import { ErrorSummary, Status, TextField, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { poolStaffEndpoints } from "../api.js";
import { PURPOSES } from "../draft.js";
import { usePt } from "../i18n/index.js";
import { EMPTY_TEXT, type Localized, LocalizedFields } from "./LocalizedFields.js";
import {
  nextUid,
  type QuestionDraft,
  QuestionsEditor,
  type ThemeDraft,
  ThemesEditor,
} from "./QuestionsEditor.js";

type Purpose = (typeof PURPOSES)[number];

/** `/:slug/staff/pool/settings`: municipalities, questions, themes, consent texts, retention. */
export function PoolSettingsPage() {
  const { pt, t } = usePt();
  const { org } = useStaffContext();
  useDocumentTitle(pt("settings.title"));
  const client = useQueryClient();
  const saved = useQuery({
    queryKey: ["pool", org.slug, "settings"],
    queryFn: () => poolStaffEndpoints.settings(org.slug),
  });
  const [codes, setCodes] = useState("");
  const [questions, setQuestions] = useState<QuestionDraft[]>([]);
  const [themes, setThemes] = useState<ThemeDraft[]>([]);
  const [consents, setConsents] = useState<Record<Purpose, Localized>>(
    Object.fromEntries(PURPOSES.map((p) => [p, EMPTY_TEXT])) as Record<Purpose, Localized>,
  );
  const [inactive, setInactive] = useState("36");
  const [left, setLeft] = useState("60");
  useEffect(() => {
    const s = saved.data;
    if (!s) return;
    setCodes(s.municipalities.map((m) => m.code).join(", "));
    setQuestions(s.questions.map((q) => ({ ...q, uid: nextUid() })));
    setThemes(s.themes.map((th) => ({ ...th, uid: nextUid() })));
    setConsents(
      Object.fromEntries(PURPOSES.map((p) => [p, s.consentTexts[p].text])) as Record<
        Purpose,
        Localized
      >,
    );
    setInactive(String(s.inactiveRetentionMonths));
    setLeft(String(s.leftRetentionMonths));
  }, [saved.data]);
  const { errors, attempt, failWith, clear } = useFormErrors(() => undefined);
  const save = useMutation({
    mutationFn: () =>
      poolStaffEndpoints.saveSettings(org.slug, {
        municipalities: codes
          .split(/[\s,;]+/)
          .filter(Boolean)
          .map((c) => c.padStart(3, "0")),
        questions: questions.map(({ uid: _u, ...q }) => q),
        themes: themes.map(({ uid: _u, ...th }) => th),
        consentTexts: consents,
        inactiveRetentionMonths: Number(inactive),
        leftRetentionMonths: Number(left),
      }),
    onSuccess: (data) => {
      clear();
      client.setQueryData(["pool", org.slug, "settings"], data);
    },
    onError: failWith,
  });
  if (saved.isPending) return <Status>{t("common.loading")}</Status>;
  if (saved.error) return <p className="notice notice--error">{errorMessage(saved.error, t)}</p>;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <div className="page page--narrow pool-page">
      <h1 tabIndex={-1}>{pt("settings.title")}</h1>
      <p>
        <Link to="..">{pt("staff.back")}</Link>
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} attempt={attempt} />
        <TextField
          id="pool-codes"
          label={pt("settings.municipalities")}
          hint={pt("settings.municipalitiesHint")}
          value={codes}
          onChange={setCodes}
          maxLength={1000}
          required
        />
        {saved.data.municipalities.length > 0 ? (
          <p>{saved.data.municipalities.map((m) => `${m.code} ${m.name.fi}`).join(", ")}</p>
        ) : null}
        <QuestionsEditor questions={questions} onChange={setQuestions} />
        <ThemesEditor themes={themes} onChange={setThemes} />
        <section aria-labelledby="consents-heading">
          <h2 id="consents-heading">{pt("settings.consents")}</h2>
          <p>{pt("settings.consentsHint")}</p>
          {PURPOSES.map((p) => (
            <LocalizedFields
              key={p}
              id={`consent-${p}`}
              multiline
              label={`${pt(`purpose.${p}`)} (${pt("settings.version", { version: saved.data.consentTexts[p].version })})`}
              value={consents[p]}
              onChange={(v) => setConsents({ ...consents, [p]: v })}
            />
          ))}
        </section>
        <section aria-labelledby="retention-heading">
          <h2 id="retention-heading">{pt("settings.retention")}</h2>
          <TextField
            id="pool-inactive"
            label={pt("settings.inactive")}
            value={inactive}
            onChange={setInactive}
            inputMode="numeric"
            maxLength={3}
            required
          />
          <TextField
            id="pool-left"
            label={pt("settings.left")}
            value={left}
            onChange={setLeft}
            inputMode="numeric"
            maxLength={3}
            required
          />
        </section>
        {save.isSuccess ? <Status>{pt("settings.saved")}</Status> : null}
        <button type="submit" className="button" disabled={save.isPending}>
          {pt("staff.save")}
        </button>
      </form>
    </div>
  );
}
