import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useState } from "react";
import { CheckboxGroup, Status } from "../components/form.js";
import { errorMessage } from "../lib/errors.js";
import { formatDate } from "../lib/format.js";
import { localized } from "../lib/language.js";
import { type MyData, poolEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";

/**
 * A shared pool's partner organizations in self-service: which of them may invite the member
 * (changed at once), and the history of those choices. Nothing shows when the pool is not shared.
 */
export function MyPartners({
  slug,
  session,
  data,
  onSaved,
}: {
  slug: string;
  session: string;
  data: MyData;
  onSaved: (data: MyData) => void;
}) {
  const { pt, t, language } = usePt();
  const form = useQuery({
    queryKey: ["pool-form", slug],
    queryFn: () => poolEndpoints.form(slug),
  });
  const standing = data.partnerConsents.filter((c) => !c.withdrawnAt).map((c) => c.partner.id);
  const [chosen, setChosen] = useState<string[]>(standing);
  const standingKey = standing.join(",");
  useEffect(() => setChosen(standingKey ? standingKey.split(",") : []), [standingKey]);
  const save = useMutation({
    mutationFn: () => poolEndpoints.setPartners(slug, session, chosen),
    onSuccess: onSaved,
  });
  const partners = form.data?.partners ?? [];
  if (partners.length === 0 && data.partnerConsents.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="me-partners-heading">
      <h2 id="me-partners-heading">{pt("sharing.meTitle")}</h2>
      {partners.length > 0 ? (
        <form onSubmit={submit} noValidate>
          <CheckboxGroup
            id="me-partners"
            legend={pt("sharing.joinLegend")}
            hint={pt("sharing.joinHint")}
            options={partners.map((p) => ({ value: p.id, label: localized(p.name, language) }))}
            value={chosen}
            onChange={setChosen}
          />
          {save.error ? (
            <p className="notice notice--error" role="alert">
              {errorMessage(save.error, t)}
            </p>
          ) : null}
          {save.isSuccess ? <Status>{pt("sharing.meSaved")}</Status> : null}
          <button type="submit" className="button" disabled={save.isPending}>
            {pt("sharing.meSave")}
          </button>
        </form>
      ) : null}
      {data.partnerConsents.length > 0 ? (
        <ul className="pool-consents">
          {data.partnerConsents.map((c) => (
            <li key={c.id}>
              {localized(c.partner.name, language)} ·{" "}
              {pt("sharing.given", { date: formatDate(c.givenAt, language) })}
              {c.withdrawnAt
                ? ` · ${pt("me.withdrawnAt", { date: formatDate(c.withdrawnAt, language) })}`
                : ""}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
