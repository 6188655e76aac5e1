import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { keys } from "../api/hooks.js";
import { staffApi } from "../api/staff.js";
import type { OrgSettings, OrgSettingsPatch } from "../api/types.js";
import {
  CheckboxGroup,
  ErrorSummary,
  type FormError,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../components/form.js";
import { AdminOnly, useStaffContext } from "../components/StaffContext.js";
import { parseHexColor, themeFor } from "../lib/contrast.js";
import { errorMessage } from "../lib/errors.js";
import { LANGUAGES, type Language } from "../lib/language.js";
import { type Draft, draftOf, patchOf } from "../lib/settingsDraft.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";

const NAME_MAX = 200;
const LOGO_MAX = 512 * 1024;
const LOGO_TYPES = ["image/png", "image/jpeg", "image/svg+xml"];

/** API field path → input id. */
const FIELD_IDS: Record<string, string> = {
  "name.fi": "settings-name-fi",
  "name.sv": "settings-name-sv",
  "name.en": "settings-name-en",
  name: "settings-name-fi",
  languages: "settings-languages",
  defaultLanguage: "settings-default-language",
  themeColor: "settings-theme-color",
  oidc: "settings-oidc-enabled",
  "oidc.enabled": "settings-oidc-enabled",
  "oidc.issuer": "settings-oidc-issuer",
  "oidc.clientId": "settings-oidc-client-id",
  "oidc.clientSecret": "settings-oidc-client-secret",
};
const fieldFor = (path: string) =>
  FIELD_IDS[path] ?? (path.startsWith("languages.") ? FIELD_IDS.languages : undefined);

function SettingsForm({ slug, settings }: { slug: string; settings: OrgSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => draftOf(settings));
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (patch: OrgSettingsPatch) => staffApi.updateSettings(slug, patch),
    onSuccess: async (next) => {
      queryClient.setQueryData(keys.settings(slug), next);
      await queryClient.invalidateQueries({ queryKey: keys.org(slug) });
      await queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });
  const form = useFormErrors(fieldFor);
  const set = (patch: Partial<Draft>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };

  const validate = (): FormError[] => {
    const errors: FormError[] = [];
    for (const l of LANGUAGES) {
      if (!draft.name[l].trim()) {
        errors.push({
          field: `settings-name-${l}`,
          message: t(`settings.errors.nameRequired.${l}`),
        });
      } else if (draft.name[l].length > NAME_MAX) {
        errors.push({
          field: `settings-name-${l}`,
          message: t("settings.errors.nameTooLong", { max: NAME_MAX }),
        });
      }
    }
    if (draft.languages.length === 0) {
      errors.push({ field: "settings-languages", message: t("settings.errors.languagesRequired") });
    } else if (!draft.languages.includes(draft.defaultLanguage)) {
      errors.push({
        field: "settings-default-language",
        message: t("settings.errors.defaultNotEnabled"),
      });
    }
    if (draft.themeColor && !/^#[0-9a-fA-F]{6}$/.test(draft.themeColor.trim())) {
      errors.push({ field: "settings-theme-color", message: t("settings.errors.themeColor") });
    }
    if (draft.oidcEnabled) {
      try {
        const url = new URL(draft.issuer.trim());
        if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("scheme");
      } catch {
        errors.push({ field: "settings-oidc-issuer", message: t("settings.errors.issuer") });
      }
      if (!draft.clientId.trim()) {
        errors.push({ field: "settings-oidc-client-id", message: t("settings.errors.clientId") });
      }
      if (!settings.oidc.hasSecret && !draft.clientSecret) {
        errors.push({
          field: "settings-oidc-client-secret",
          message: t("settings.errors.clientSecret"),
        });
      }
    }
    return errors;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validate();
    if (errors.length > 0) {
      form.fail(errors);
      return;
    }
    save.mutate(patchOf(settings, draft), {
      onSuccess: (next) => {
        form.clear();
        setDraft(draftOf(next));
        setSaved(true);
      },
      onError: form.failWith,
    });
  };

  const languageOptions = LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }));
  const parsed = parseHexColor(draft.themeColor);
  const preview = parsed ? themeFor(draft.themeColor) : null;

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      <fieldset className="group">
        <legend>{t("settings.names")}</legend>
        {LANGUAGES.map((l) => (
          <TextField
            key={l}
            id={`settings-name-${l}`}
            label={t(`settings.nameIn.${l}`)}
            value={draft.name[l]}
            onChange={(v) => set({ name: { ...draft.name, [l]: v } })}
            error={form.fieldError(`settings-name-${l}`)}
            required
            lang={l}
            maxLength={NAME_MAX}
          />
        ))}
      </fieldset>
      <CheckboxGroup
        id="settings-languages"
        legend={t("settings.languages")}
        hint={t("settings.languagesHint")}
        options={languageOptions}
        value={draft.languages}
        onChange={(languages) => set({ languages })}
        error={form.fieldError("settings-languages")}
      />
      <SelectField
        id="settings-default-language"
        label={t("settings.defaultLanguage")}
        value={draft.defaultLanguage}
        onChange={(v) => set({ defaultLanguage: v as Language })}
        options={languageOptions}
        error={form.fieldError("settings-default-language")}
      />
      <div className="color-row">
        <TextField
          id="settings-theme-color"
          label={t("settings.themeColor")}
          hint={t("settings.themeColorHint")}
          value={draft.themeColor}
          onChange={(v) => set({ themeColor: v })}
          error={form.fieldError("settings-theme-color")}
          maxLength={7}
          spellCheck={false}
        />
        <div className="field">
          <label htmlFor="settings-theme-picker">{t("settings.themePicker")}</label>
          <input
            id="settings-theme-picker"
            type="color"
            value={parsed ? draft.themeColor.trim().toLowerCase() : "#1d4f91"}
            onChange={(e) => set({ themeColor: e.target.value })}
          />
        </div>
      </div>
      {preview ? (
        <p className="swatch" style={{ background: preview.background, color: preview.text }}>
          {t("settings.themePreview", { ratio: preview.ratio.toFixed(1) })}
        </p>
      ) : null}
      <fieldset className="group">
        <legend>{t("settings.oidc.title")}</legend>
        <p className="field__hint">{t("settings.oidc.intro")}</p>
        <div className="checkbox">
          <input
            id="settings-oidc-enabled"
            type="checkbox"
            checked={draft.oidcEnabled}
            onChange={(e) => set({ oidcEnabled: e.target.checked })}
          />
          <label htmlFor="settings-oidc-enabled">{t("settings.oidc.enabled")}</label>
        </div>
        <TextField
          id="settings-oidc-issuer"
          label={t("settings.oidc.issuer")}
          hint={t("settings.oidc.issuerHint")}
          type="url"
          inputMode="url"
          spellCheck={false}
          value={draft.issuer}
          onChange={(v) => set({ issuer: v })}
          error={form.fieldError("settings-oidc-issuer")}
        />
        <TextField
          id="settings-oidc-client-id"
          label={t("settings.oidc.clientId")}
          spellCheck={false}
          value={draft.clientId}
          onChange={(v) => set({ clientId: v })}
          error={form.fieldError("settings-oidc-client-id")}
        />
        <TextField
          id="settings-oidc-client-secret"
          label={t("settings.oidc.clientSecret")}
          hint={
            settings.oidc.hasSecret
              ? t("settings.oidc.secretSaved")
              : t("settings.oidc.secretMissing")
          }
          type="password"
          autoComplete="new-password"
          value={draft.clientSecret}
          onChange={(v) => set({ clientSecret: v })}
          error={form.fieldError("settings-oidc-client-secret")}
        />
      </fieldset>
      <button type="submit" className="button" disabled={save.isPending}>
        {t("settings.save")}
      </button>
      <div role="status" className="status">
        {saved ? t("settings.saved") : ""}
      </div>
    </form>
  );
}

function LogoForm({ slug, logoUrl }: { slug: string; logoUrl: string | null }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState(false);
  const upload = useMutation({
    mutationFn: (file: File) => staffApi.uploadLogo(slug, file, file.type),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: keys.settings(slug) });
      await queryClient.invalidateQueries({ queryKey: keys.org(slug) });
    },
  });
  const form = useFormErrors(() => "logo-file");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (!file) {
      form.fail([{ field: "logo-file", message: t("settings.logo.required") }]);
      return;
    }
    if (!LOGO_TYPES.includes(file.type)) {
      form.fail([{ field: "logo-file", message: t("settings.logo.type") }]);
      return;
    }
    if (file.size > LOGO_MAX) {
      form.fail([{ field: "logo-file", message: t("settings.logo.size") }]);
      return;
    }
    upload.mutate(file, {
      onSuccess: () => {
        form.clear();
        setDone(true);
      },
      onError: form.failWith,
    });
  };

  const error = form.fieldError("logo-file");
  const src = logoUrl;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <h2>{t("settings.logo.title")}</h2>
      <ErrorSummary errors={form.errors} attempt={form.attempt} />
      {src ? (
        <p>
          <img className="logo-preview" src={src} alt={t("settings.logo.current")} />
        </p>
      ) : (
        <p>{t("settings.logo.none")}</p>
      )}
      <div className={error ? "field field--invalid" : "field"}>
        <label htmlFor="logo-file">{t("settings.logo.file")}</label>
        <p id="logo-file-hint" className="field__hint">
          {t("settings.logo.hint")}
        </p>
        {error ? (
          <p id="logo-file-error" className="field__error">
            <span className="visually-hidden">{t("form.errorPrefix")} </span>
            {error}
          </p>
        ) : null}
        <input
          id="logo-file"
          type="file"
          accept={LOGO_TYPES.join(",")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "logo-file-hint logo-file-error" : "logo-file-hint"}
          onChange={(e) => {
            setDone(false);
            setFile(e.target.files?.[0] ?? null);
          }}
        />
      </div>
      <button type="submit" className="button" disabled={upload.isPending}>
        {t("settings.logo.upload")}
      </button>
      <div role="status" className="status">
        {done ? t("settings.logo.done") : ""}
      </div>
    </form>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { org, isAdmin } = useStaffContext();
  useDocumentTitle(t("settings.title"));
  const settings = useQuery({
    queryKey: keys.settings(org.slug),
    queryFn: () => staffApi.settings(org.slug),
    enabled: isAdmin,
  });

  if (!isAdmin) return <AdminOnly />;
  return (
    <div>
      <h1 tabIndex={-1}>{t("settings.title")}</h1>
      {settings.isPending ? <Status>{t("common.loading")}</Status> : null}
      {settings.error ? (
        <p className="notice notice--error">{errorMessage(settings.error, t)}</p>
      ) : null}
      {settings.data ? (
        <>
          {/* A fresh form for each organization. */}
          <SettingsForm key={org.slug} slug={org.slug} settings={settings.data} />
          <LogoForm slug={org.slug} logoUrl={settings.data.logoUrl} />
        </>
      ) : null}
    </div>
  );
}
