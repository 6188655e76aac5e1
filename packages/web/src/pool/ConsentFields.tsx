import { CheckboxGroup } from "../components/form.js";
import { localized } from "../lib/language.js";
import type { PoolForm } from "./api.js";
import { CHANNELS, type MemberDraft, PURPOSES } from "./draft.js";
import { usePt } from "./i18n/index.js";

/** Consent per purpose and per channel: separate boxes, none ticked in advance. */
export function ConsentFields({
  form,
  draft,
  onChange,
  fieldError,
}: {
  form: PoolForm;
  draft: MemberDraft;
  onChange: (draft: MemberDraft) => void;
  fieldError: (id: string) => string | undefined;
}) {
  const { pt, language } = usePt();
  return (
    <>
      <CheckboxGroup
        id="pool-purposes"
        legend={pt("consent.purposes")}
        hint={pt("consent.purposesHint")}
        options={PURPOSES.map((p) => ({
          value: p,
          label: `${pt(`purpose.${p}`)}: ${localized(form.consentTexts[p].text, language)}`,
        }))}
        value={draft.purposes}
        onChange={(purposes) => onChange({ ...draft, purposes })}
        error={fieldError("pool-purposes")}
      />
      <CheckboxGroup
        id="pool-consent-channels"
        legend={pt("consent.channels")}
        hint={pt("consent.channelsHint")}
        options={CHANNELS.map((c) => ({ value: c, label: pt(`channel.${c}`) }))}
        value={draft.consentChannels}
        onChange={(consentChannels) => onChange({ ...draft, consentChannels })}
        error={fieldError("pool-consent-channels")}
      />
      {form.partners.length > 0 ? (
        <CheckboxGroup
          id="pool-partners"
          legend={pt("sharing.joinLegend")}
          hint={pt("sharing.joinHint")}
          options={form.partners.map((p) => ({ value: p.id, label: localized(p.name, language) }))}
          value={draft.partners}
          onChange={(partners) => onChange({ ...draft, partners })}
          error={fieldError("pool-partners")}
        />
      ) : null}
    </>
  );
}
