import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { ErrorSummary, Status, useFormErrors } from "../../components/form.js";
import { type Jury, juryStaffEndpoints } from "../api.js";
import { useJt } from "../i18n/index.js";

/**
 * The jury's statement (written with the deliberation module's tools): starting it with the
 * active jurors as participants, bringing them up to date later, and the way to its editor.
 */
export function StatementSection(props: { slug: string; jury: Jury; mayStart: boolean }) {
  const { jt } = useJt();
  const { slug, jury } = props;
  const statement = useQuery({
    queryKey: ["juries", slug, jury.id, "statement"],
    queryFn: () => juryStaffEndpoints.statement(slug, jury.id),
  });
  const [done, setDone] = useState("");
  const { errors, attempt, failWith, clear } = useFormErrors(() => undefined);
  const start = useMutation({
    mutationFn: () => juryStaffEndpoints.startStatement(slug, jury.id),
    onSuccess: async (result) => {
      clear();
      setDone(jt("staff.statementStarted", { count: result.participants }));
      await statement.refetch();
    },
    onError: failWith,
  });
  const current = statement.data?.statement;
  return (
    <section aria-labelledby="jury-statement-staff">
      <h2 id="jury-statement-staff">{jt("staff.statement")}</h2>
      <ErrorSummary errors={errors} attempt={attempt} />
      {current ? (
        <p>
          <Link to={`/${slug}/staff/statements/${current.id}`}>
            {jt("staff.openStatement", { title: current.title })}
          </Link>
        </p>
      ) : (
        <p>{jt("staff.noStatementYet")}</p>
      )}
      {props.mayStart && jury.status === "draft" ? <p>{jt("staff.statementAfterStart")}</p> : null}
      {props.mayStart && jury.status !== "draft" && statement.data ? (
        <button type="button" onClick={() => start.mutate()} disabled={start.isPending}>
          {current ? jt("staff.updateParticipants") : jt("staff.startStatement")}
        </button>
      ) : null}
      {done ? <Status>{done}</Status> : null}
    </section>
  );
}
