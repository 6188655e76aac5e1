import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useParams } from "react-router";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { useDocumentTitle } from "../lib/useDocumentTitle.js";
import { juryEndpoints, type Space } from "./api.js";
import { Hearings } from "./Hearings.js";
import { useJt } from "./i18n/index.js";
import { JurorStatement } from "./JurorStatement.js";
import { Materials } from "./Materials.js";
import { Thread } from "./Thread.js";

type Lang = "fi" | "sv" | "en";
/** A text in the page's language, else Finnish. */
export const inLanguage = (text: Partial<Record<Lang, string>> | undefined, language: string) =>
  text?.[language as Lang] || text?.fi || "";

/** Live hints from the server: any change makes the space read again (the cookie goes along). */
function useLive(slug: string, enabled: boolean) {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const source = new EventSource(`/api/orgs/${slug}/jury-space/me/live`);
    const refresh = (event: MessageEvent<string>) => {
      const hint = JSON.parse(event.data) as { type: string };
      if (hint.type === "phase" || hint.type === "resync")
        void client.invalidateQueries({ queryKey: ["jury-space", slug] });
      else void client.invalidateQueries({ queryKey: ["jury-space", slug, "posts"] });
    };
    source.addEventListener("jury", refresh);
    return () => source.close();
  }, [slug, enabled, client]);
}

/** The jury space of a juror or an expert, opened by the invitation's one-time link; phone first. */
export function JurySpacePage() {
  const { jt, language } = useJt();
  const { slug = "" } = useParams();
  const client = useQueryClient();
  useDocumentTitle(jt("space.title"));
  const [opened, setOpened] = useState(!window.location.hash);
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  useEffect(() => {
    const token = window.location.hash.slice(1);
    if (!token) return;
    // The token is spent on first use: take it out of the address at once.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    juryEndpoints
      .open(slug, token)
      .then(() => client.invalidateQueries({ queryKey: ["jury-space", slug] }))
      .catch(failWith)
      .finally(() => setOpened(true));
  }, [slug, client, failWith]);
  const me = useQuery({
    queryKey: ["jury-space", slug],
    queryFn: () => juryEndpoints.me(slug),
    enabled: opened,
    retry: false,
  });
  useLive(slug, me.isSuccess);
  const prefs = useMutation({
    mutationFn: (json: { plainLanguage?: boolean; digest?: Space["me"]["digest"] }) =>
      juryEndpoints.preferences(slug, json),
    onSuccess: (data) => client.setQueryData(["jury-space", slug], data),
    onError: failWith,
  });
  const s = me.data;
  const plan = s?.jury.phases[s.jury.phase];
  const plain = s?.me.plainLanguage ?? false;
  return (
    <div className="page">
      <h1 tabIndex={-1}>{s ? s.jury.title : jt("space.title")}</h1>
      <ErrorSummary errors={errors} attempt={attempt} />
      {!opened ? <p>{jt("space.opening")}</p> : null}
      {opened && !s && me.isError ? <p>{jt("space.noLink")}</p> : null}
      {s ? (
        <>
          <p className="lead">{inLanguage(s.jury.question, language)}</p>
          <p role="status" aria-live="polite">
            {jt("space.phase")}: <strong>{jt(`phases.${s.jury.phase}`)}</strong>
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={plain}
              onChange={(e) => prefs.mutate({ plainLanguage: e.target.checked })}
            />{" "}
            {jt("space.plain")}
          </label>
          {plan ? (
            <section aria-labelledby="jury-prompt">
              <h2 id="jury-prompt">{jt("space.prompt")}</h2>
              <p>
                {inLanguage(
                  plain && inLanguage(plan.plainPrompt, language) ? plan.plainPrompt : plan.prompt,
                  language,
                )}
              </p>
            </section>
          ) : null}
          <Materials materials={s.materials} plain={plain} />
          <Hearings slug={slug} space={s} />
          {s.me.kind === "juror" ? <Thread slug={slug} /> : null}
          {s.me.kind === "juror" && s.hasStatement ? <JurorStatement slug={slug} /> : null}
          {s.me.kind === "juror" ? (
            <label>
              {jt("space.digest")}
              <select
                value={s.me.digest}
                onChange={(e) => prefs.mutate({ digest: e.target.value as Space["me"]["digest"] })}
              >
                {(["none", "email", "sms"] as const).map((d) => (
                  <option key={d} value={d}>
                    {jt(`space.digests.${d}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
