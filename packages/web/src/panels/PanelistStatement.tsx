import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { type ParticipantDraft, ParticipantView } from "../deliberation/ParticipantView.js";
import { panelEndpoints } from "./api.js";
import { usePt } from "./i18n/index.js";

/**
 * The panel's statement in the panelist's space: the draft recommendations, the panelist's
 * support on the scale and their amendments (the deliberation module's participant view).
 * Nothing is shown until staff have started the statement.
 */
export function PanelistStatement({ slug }: { slug: string }) {
  const { pt } = usePt();
  const client = useQueryClient();
  const key = ["panelist", slug, "statement"];
  const [busy, setBusy] = useState<string | undefined>();
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const draft = useQuery({
    queryKey: key,
    queryFn: () => panelEndpoints.statement(slug),
    retry: false,
  });
  const save = (recommendationId: string, call: () => Promise<unknown>) => {
    setBusy(recommendationId);
    return call()
      .then((data) => client.setQueryData(key, data))
      .catch(failWith)
      .finally(() => setBusy(undefined));
  };
  const support = useMutation({
    mutationFn: ({ id, level }: { id: string; level: number }) =>
      save(id, () => panelEndpoints.support(slug, id, level)),
  });
  const amend = useMutation({
    mutationFn: ({ id, input }: { id: string; input: { proposedText: string; comment: string } }) =>
      save(id, () => panelEndpoints.amend(slug, id, input)),
  });
  if (!draft.data) return null;
  return (
    <section aria-labelledby="panelist-statement">
      <h2 id="panelist-statement">{pt("me.statement")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      <ParticipantView
        draft={draft.data as ParticipantDraft}
        onSupport={(id, level) => support.mutate({ id, level })}
        onAmend={(id, input) => amend.mutate({ id, input })}
        busy={busy}
      />
    </section>
  );
}
