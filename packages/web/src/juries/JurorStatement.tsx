import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { type ParticipantDraft, ParticipantView } from "../deliberation/ParticipantView.js";
import { juryEndpoints } from "./api.js";
import { useJt } from "./i18n/index.js";

/**
 * The jury's statement in the juror's space: the draft recommendations, the juror's
 * support on the scale and their amendments (the deliberation module's participant view).
 * Nothing is shown until staff have started the statement.
 */
export function JurorStatement({ slug }: { slug: string }) {
  const { jt } = useJt();
  const client = useQueryClient();
  const key = ["jury-space", slug, "statement"];
  const [busy, setBusy] = useState<string | undefined>();
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const draft = useQuery({
    queryKey: key,
    queryFn: () => juryEndpoints.statement(slug),
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
      save(id, () => juryEndpoints.support(slug, id, level)),
  });
  const amend = useMutation({
    mutationFn: ({ id, input }: { id: string; input: { proposedText: string; comment: string } }) =>
      save(id, () => juryEndpoints.amend(slug, id, input)),
  });
  if (!draft.data) return null;
  return (
    <section aria-labelledby="juror-statement">
      <h2 id="juror-statement">{jt("space.statement")}</h2>
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
