import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useFormErrors } from "../../components/form.js";

/** The query key of a round table's staff detail. */
export const detailKey = (slug: string, id: string) => ["roundtables", slug, "detail", id];

/**
 * A write of one editor form: afterwards the round table is read again. Field errors (`x`, or `body.x`)
 * go to the form's field `${prefix}-x`.
 */
export function useWrite<A, R>(
  slug: string,
  id: string,
  prefix: string,
  call: (input: A) => Promise<R>,
  onDone?: () => void,
) {
  const client = useQueryClient();
  // The client gives field paths without "body." (api/problem.ts); older answers with it.
  const form = useFormErrors((path) => {
    const field = path.replace(/^body\./, "").split(".")[0];
    return field ? `${prefix}-${field}` : undefined;
  });
  const mutation = useMutation({
    mutationFn: call,
    onSuccess: async () => {
      form.clear();
      onDone?.();
      await client.invalidateQueries({ queryKey: detailKey(slug, id) });
    },
    onError: form.failWith,
  });
  return { ...form, mutation };
}
