import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useCallback, useState } from "react";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { LANGUAGES, type Language } from "../../lib/language.js";
import { useLt } from "../i18n/index.js";
import { legalStaffEndpoints, type StaffLegal } from "./api.js";
import { TextArea } from "./TextArea.js";

type Facts = StaffLegal["facts"];

const FIELDS: Record<string, string> = {
  "body.controllerContact": "facts-controller",
  "body.dpoContact": "facts-dpo",
  "body.supervisoryAuthority": "facts-authority",
  "body.evaluatedOn": "facts-evaluated-on",
  "body.evaluator": "facts-evaluator",
};

/** The known non-conformities, one per line in each language, as the API's list. */
export function gapsOf(lines: Record<Language, string>): { fi: string; sv: string; en: string }[] {
  const split = (text: string) => text.split("\n").map((l) => l.trim());
  const byLang = { fi: split(lines.fi), sv: split(lines.sv), en: split(lines.en) };
  const count = Math.max(...LANGUAGES.map((l) => byLang[l].length));
  return Array.from({ length: count }, (_, i) => ({
    fi: byLang.fi[i] ?? "",
    sv: byLang.sv[i] ?? "",
    en: byLang.en[i] ?? "",
  })).filter((gap) => gap.fi || gap.sv || gap.en);
}

/** Contacts, supervisory authority and the manual accessibility evaluation. */
export function FactsForm({ slug, facts }: { slug: string; facts: Facts }) {
  const { lt } = useLt();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState({
    controllerContact: facts.controllerContact,
    dpoContact: facts.dpoContact,
    supervisoryAuthority: facts.supervisoryAuthority,
    conformance: facts.conformance,
    evaluatedOn: facts.evaluatedOn ?? "",
    evaluator: facts.evaluator,
  });
  const [gaps, setGaps] = useState<Record<Language, string>>(() => ({
    fi: facts.nonConformities.map((g) => g.fi).join("\n"),
    sv: facts.nonConformities.map((g) => g.sv).join("\n"),
    en: facts.nonConformities.map((g) => g.en).join("\n"),
  }));
  const [saved, setSaved] = useState(false);
  const fieldFor = useCallback(
    (path: string) =>
      FIELDS[path] ?? (path.startsWith("body.nonConformities") ? "facts-gaps-fi" : undefined),
    [],
  );
  const form = useFormErrors(fieldFor);
  const save = useMutation({
    mutationFn: () =>
      legalStaffEndpoints.saveFacts(slug, {
        ...draft,
        evaluatedOn: draft.evaluatedOn || null,
        nonConformities: gapsOf(gaps),
      }),
    onSuccess: (answer) => {
      queryClient.setQueryData(["legal", slug, "staff"], answer);
      void queryClient.invalidateQueries({ queryKey: ["legal", slug] });
      form.clear();
      setSaved(true);
    },
    onError: form.failWith,
  });
  const set = (patch: Partial<typeof draft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section className="legal-edit" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{lt("staff.facts.title")}</h2>
      <p>{lt("staff.facts.intro")}</p>
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={form.errors} attempt={form.attempt} />
        <TextArea
          id="facts-controller"
          rows={3}
          label={lt("staff.facts.controllerContact")}
          value={draft.controllerContact}
          onChange={(v) => set({ controllerContact: v })}
          error={form.fieldError("facts-controller")}
        />
        <TextArea
          id="facts-dpo"
          rows={3}
          label={lt("staff.facts.dpoContact")}
          value={draft.dpoContact}
          onChange={(v) => set({ dpoContact: v })}
          error={form.fieldError("facts-dpo")}
        />
        <TextField
          id="facts-authority"
          label={lt("staff.facts.supervisoryAuthority")}
          hint={lt("staff.facts.authorityHint", { default: facts.defaultAuthority })}
          value={draft.supervisoryAuthority}
          onChange={(v) => set({ supervisoryAuthority: v })}
          maxLength={500}
          error={form.fieldError("facts-authority")}
        />
        <SelectField
          id="facts-conformance"
          label={lt("staff.facts.conformance")}
          value={draft.conformance}
          onChange={(v) => set({ conformance: v === "full" ? "full" : "partial" })}
          options={[
            { value: "partial", label: lt("staff.facts.partial") },
            { value: "full", label: lt("staff.facts.full") },
          ]}
        />
        <div className="field">
          <label htmlFor="facts-evaluated-on">{lt("staff.facts.evaluatedOn")}</label>
          <input
            id="facts-evaluated-on"
            type="date"
            value={draft.evaluatedOn}
            onChange={(e) => set({ evaluatedOn: e.target.value })}
          />
        </div>
        <TextField
          id="facts-evaluator"
          label={lt("staff.facts.evaluator")}
          value={draft.evaluator}
          onChange={(v) => set({ evaluator: v })}
          maxLength={200}
          error={form.fieldError("facts-evaluator")}
        />
        {LANGUAGES.map((lang) => (
          <TextArea
            key={lang}
            id={`facts-gaps-${lang}`}
            rows={4}
            lang={lang}
            label={lt(`staff.facts.gaps.${lang}`)}
            hint={lt("staff.facts.gapsHint")}
            value={gaps[lang]}
            onChange={(v) => {
              setSaved(false);
              setGaps({ ...gaps, [lang]: v });
            }}
          />
        ))}
        <button type="submit" className="button" disabled={save.isPending}>
          {lt("staff.facts.save")}
        </button>
        {saved ? <Status>{lt("staff.facts.saved")}</Status> : null}
      </form>
    </section>
  );
}
