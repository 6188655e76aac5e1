import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "../../components/form.js";
import type { StatementDetail } from "../api.js";

/** The query key of a statement's detail (the editor's data). */
export const detailKey = (slug: string, statementId: string) => [
  "deliberation",
  slug,
  "statement",
  statementId,
];

/**
 * A write of one editor form: the call answers the statement as it is now, which replaces the
 * page's data. Field errors (`body.x`) go to the form's field `${prefix}-x`.
 */
export function useStatementWrite<A>(
  slug: string,
  statementId: string,
  prefix: string,
  call: (input: A) => Promise<StatementDetail>,
  /** After success, with what was sent (so a form clears only what it sent, not newer typing). */
  onDone?: (input: A) => void,
) {
  const client = useQueryClient();
  const form = useFormErrors((path) =>
    path.startsWith("body.") ? `${prefix}-${path.slice(5).split(".")[0]}` : undefined,
  );
  const mutation = useMutation({
    mutationFn: call,
    onSuccess: (detail, input) => {
      client.setQueryData(detailKey(slug, statementId), detail);
      form.clear();
      onDone?.(input);
    },
    onError: form.failWith,
  });
  return { ...form, mutation };
}
