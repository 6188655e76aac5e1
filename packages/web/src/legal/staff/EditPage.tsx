import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import { Link } from "react-router";
import { ErrorSummary, Status, useFormErrors } from "../../components/form.js";
import { AdminOnly, can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { formatDateTime } from "../../lib/format.js";
import { LANGUAGES } from "../../lib/language.js";
import { legalPath } from "../../lib/paths.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { useLt } from "../i18n/index.js";
import { legalStaffEndpoints, type StaffLegal } from "./api.js";
import { FactsForm } from "./FactsForm.js";
import { TextArea } from "./TextArea.js";

type Doc = StaffLegal["documents"][number];

function templateIn(doc: Doc, language: string): string {
  const lang = LANGUAGES.find((l) => l === language) ?? "fi";
  return doc.template[lang] || doc.template.fi;
}

function DocumentForm({ slug, doc }: { slug: string; doc: Doc }) {
  const { lt, language } = useLt();
  const queryClient = useQueryClient();
  const [body, setBody] = useState(doc.body);
  const [done, setDone] = useState<"saved" | "reset" | null>(null);
  const prefix = `legal-${doc.kind}`;
  const fieldFor = useCallback(
    (path: string) => {
      const lang = /^(?:body\.)?(fi|sv|en)$/.exec(path)?.[1];
      return lang ? `${prefix}-${lang}` : undefined;
    },
    [prefix],
  );
  const form = useFormErrors(fieldFor);
  const after = (answer: StaffLegal, what: "saved" | "reset") => {
    queryClient.setQueryData(["legal", slug, "staff"], answer);
    void queryClient.invalidateQueries({ queryKey: ["legal", slug, doc.kind] });
    const next = answer.documents.find((d) => d.kind === doc.kind);
    if (next) setBody(next.body);
    form.clear();
    setDone(what);
  };
  const save = useMutation({
    mutationFn: () => legalStaffEndpoints.save(slug, doc.kind, body),
    onSuccess: (answer) => after(answer, "saved"),
    onError: form.failWith,
  });
  const reset = useMutation({
    mutationFn: () => legalStaffEndpoints.reset(slug, doc.kind),
    onSuccess: (answer) => after(answer, "reset"),
    onError: form.failWith,
  });
  const title = doc.kind === "privacy" ? lt("privacyTitle") : lt("accessibilityTitle");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    save.mutate();
  };
  return (
    <section className="legal-edit" aria-labelledby={`${prefix}-heading`}>
      <h2 id={`${prefix}-heading`}>{title}</h2>
      <p>
        {doc.edited
          ? lt("staff.edited", {
              date: formatDateTime(doc.updatedAt, language),
              who: doc.updatedBy ?? "–",
            })
          : lt("staff.usingTemplate")}{" "}
        <Link to={legalPath(slug, doc.kind)}>{lt("staff.view")}</Link>
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        {LANGUAGES.map((lang) => (
          <TextArea
            key={lang}
            id={`${prefix}-${lang}`}
            label={lt(`staff.textIn.${lang}`)}
            hint={lang === "fi" ? lt("staff.format") : lt("staff.fallbackHint")}
            lang={lang}
            value={body[lang]}
            onChange={(value) => {
              setDone(null);
              setBody({ ...body, [lang]: value });
            }}
            error={form.fieldError(`${prefix}-${lang}`)}
          />
        ))}
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {lt("staff.save")}
          </button>{" "}
          <button
            type="button"
            className="button button--quiet"
            disabled={reset.isPending}
            onClick={() => {
              setDone(null);
              reset.mutate();
            }}
          >
            {lt("staff.reset")}
          </button>
        </div>
        {done ? (
          <Status>{done === "saved" ? lt("staff.saved") : lt("staff.resetDone")}</Status>
        ) : null}
      </form>
      <details>
        <summary>{lt("staff.template")}</summary>
        <pre className="legal-template">{templateIn(doc, language)}</pre>
      </details>
    </section>
  );
}

/** `/:slug/staff/legal`: the two documents in every language, and the facts of the templates. */
export function LegalEditPage() {
  const { lt, t } = useLt();
  const { org, membership } = useStaffContext();
  useDocumentTitle(lt("staff.title"));
  const legal = useQuery({
    queryKey: ["legal", org.slug, "staff"],
    queryFn: () => legalStaffEndpoints.get(org.slug),
    enabled: can(membership, "legal.edit"),
  });
  if (!can(membership, "legal.edit")) return <AdminOnly />;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{lt("staff.title")}</h1>
      <p>{lt("staff.intro")}</p>
      {legal.isPending ? <Status>{t("common.loading")}</Status> : null}
      {legal.error ? <p className="notice notice--error">{errorMessage(legal.error, t)}</p> : null}
      {legal.data ? (
        <>
          {legal.data.documents.map((doc) => (
            <DocumentForm key={doc.kind} slug={org.slug} doc={doc} />
          ))}
          <FactsForm slug={org.slug} facts={legal.data.facts} />
        </>
      ) : null}
    </div>
  );
}
