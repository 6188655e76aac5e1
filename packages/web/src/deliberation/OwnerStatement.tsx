import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorSummary, useFormErrors } from "../components/form.js";
import { type ParticipantDraft, ParticipantView } from "./ParticipantView.js";

/** The owner module's participant calls (a panelist's or a juror's session). */
export interface StatementCalls {
  statement: () => Promise<unknown>;
  support: (recommendationId: string, level: number) => Promise<unknown>;
  amend: (
    recommendationId: string,
    input: { proposedText: string; comment: string },
  ) => Promise<unknown>;
}

/**
 * A statement in a participant's space (panels, juries): the draft recommendations, the
 * participant's support on the scale and their amendments, through the owner module's calls.
 * Nothing is shown until staff have started the statement.
 */
export function OwnerStatement(props: {
  queryKey: string[];
  calls: StatementCalls;
  heading: string;
  headingId: string;
}) {
  const { queryKey: key, calls } = props;
  const client = useQueryClient();
  const [busy, setBusy] = useState<string | undefined>();
  const { errors, attempt, failWith } = useFormErrors(() => undefined);
  const draft = useQuery({ queryKey: key, queryFn: calls.statement, retry: false });
  const save = (recommendationId: string, call: () => Promise<unknown>) => {
    setBusy(recommendationId);
    return call()
      .then((data) => client.setQueryData(key, data))
      .catch(failWith)
      .finally(() => setBusy(undefined));
  };
  const support = useMutation({
    mutationFn: ({ id, level }: { id: string; level: number }) =>
      save(id, () => calls.support(id, level)),
  });
  const amend = useMutation({
    mutationFn: ({ id, input }: { id: string; input: { proposedText: string; comment: string } }) =>
      save(id, () => calls.amend(id, input)),
  });
  if (!draft.data) return null;
  return (
    <section aria-labelledby={props.headingId}>
      <h2 id={props.headingId}>{props.heading}</h2>
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
