import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import {
  ErrorSummary,
  SelectField,
  Status,
  TextField,
  useFormErrors,
} from "../../components/form.js";
import { deliberationStaffEndpoints, type StatementDetail } from "../api.js";
import { useDt } from "../i18n/index.js";
import { useStatementWrite } from "./useStatementWrite.js";

const EDITABLE = ["drafting", "amending", "support_check"];

/** Minority opinions, adoption, hand-over, publication and the action table. */
export function ClosingSection({
  slug,
  s,
  mayEdit,
}: {
  slug: string;
  s: StatementDetail;
  mayEdit: boolean;
}) {
  const { dt } = useDt();
  const [minorityText, setMinorityText] = useState("");
  const [supporters, setSupporters] = useState("1");
  const [minorityOn, setMinorityOn] = useState("");
  const [how, setHow] = useState("");
  const [on, setOn] = useState(s.handedOverOn ?? "");
  const [to, setTo] = useState(s.handedOverTo);
  const [note, setNote] = useState(s.handoverNote);
  const minority = useStatementWrite(
    slug,
    s.id,
    "minority",
    (input: { text: string; supporters: number; recommendationId?: string }) =>
      deliberationStaffEndpoints.minority(slug, s.id, input),
    () => setMinorityText(""),
  );
  const adopt = useStatementWrite(slug, s.id, "adopt", (input: string) =>
    deliberationStaffEndpoints.adopt(slug, s.id, input),
  );
  const handover = useStatementWrite(
    slug,
    s.id,
    "handover",
    (input: { on: string; to: string; note?: string }) =>
      deliberationStaffEndpoints.handover(slug, s.id, input),
  );
  const publish = useStatementWrite(slug, s.id, "publish", (published: boolean) =>
    deliberationStaffEndpoints.publish(slug, s.id, published),
  );
  const tableErrors = useFormErrors(() => undefined);
  const table = useMutation({
    mutationFn: () => deliberationStaffEndpoints.actionTable(slug, s.id),
    onError: tableErrors.failWith,
  });
  const adopted = s.status === "adopted" || s.status === "published";
  const form = (fn: () => void) => (e: FormEvent) => {
    e.preventDefault();
    fn();
  };
  return (
    <>
      <section aria-labelledby="minority-heading">
        <h2 id="minority-heading">{dt("editor.minority")}</h2>
        <ul>
          {s.minorityOpinions.map((m) => (
            <li key={m.id}>
              {m.text} ({dt("public.minorityOne", { count: m.supporters })})
            </li>
          ))}
        </ul>
        {mayEdit && EDITABLE.includes(s.status) ? (
          <form
            noValidate
            aria-label={dt("editor.addMinority")}
            onSubmit={form(() =>
              minority.mutation.mutate({
                text: minorityText,
                supporters: Number(supporters),
                ...(minorityOn ? { recommendationId: minorityOn } : {}),
              }),
            )}
          >
            <ErrorSummary errors={minority.errors} attempt={minority.attempt} />
            <SelectField
              id="minority-recommendationId"
              label={dt("editor.minorityOn")}
              value={minorityOn}
              onChange={setMinorityOn}
              options={[
                { value: "", label: dt("editor.wholeStatement") },
                ...s.recommendations.map((r) => ({
                  value: r.id,
                  label: `${r.number}. ${r.title}`,
                })),
              ]}
            />
            <div className="field">
              <label htmlFor="minority-text">{dt("editor.minorityText")}</label>
              <textarea
                id="minority-text"
                rows={3}
                value={minorityText}
                maxLength={5000}
                onChange={(e) => setMinorityText(e.target.value)}
              />
            </div>
            <TextField
              id="minority-supporters"
              label={dt("editor.supporters")}
              inputMode="numeric"
              value={supporters}
              onChange={setSupporters}
              error={minority.fieldError("minority-supporters")}
            />
            <button type="submit" disabled={minority.mutation.isPending}>
              {dt("editor.addMinority")}
            </button>
          </form>
        ) : null}
      </section>
      <section aria-labelledby="adoption-heading">
        <h2 id="adoption-heading">{dt("editor.adoption")}</h2>
        {adopted ? (
          <p>{dt("editor.adoptedAs", { how: s.adoptedHow })}</p>
        ) : mayEdit && s.status === "support_check" ? (
          <form
            noValidate
            aria-label={dt("editor.adopt")}
            onSubmit={form(() => adopt.mutation.mutate(how))}
          >
            <ErrorSummary errors={adopt.errors} attempt={adopt.attempt} />
            <TextField
              id="adopt-how"
              label={dt("editor.how")}
              hint={dt("editor.howHint")}
              value={how}
              onChange={setHow}
              error={adopt.fieldError("adopt-how")}
              maxLength={500}
              required
            />
            <button type="submit" disabled={adopt.mutation.isPending}>
              {dt("editor.adopt")}
            </button>
          </form>
        ) : (
          <p>{dt("editor.adoptLater")}</p>
        )}
      </section>
      {adopted && mayEdit ? (
        <>
          <section aria-labelledby="handover-heading">
            <h2 id="handover-heading">{dt("editor.handover")}</h2>
            <form
              noValidate
              aria-labelledby="handover-heading"
              onSubmit={form(() => handover.mutation.mutate({ on, to, ...(note ? { note } : {}) }))}
            >
              <ErrorSummary errors={handover.errors} attempt={handover.attempt} />
              <TextField
                id="handover-on"
                label={dt("editor.handoverOn")}
                hint="YYYY-MM-DD"
                value={on}
                onChange={setOn}
                error={handover.fieldError("handover-on")}
                required
              />
              <TextField
                id="handover-to"
                label={dt("editor.handoverTo")}
                hint={dt("editor.handoverToHint")}
                value={to}
                onChange={setTo}
                error={handover.fieldError("handover-to")}
                maxLength={300}
                required
              />
              <TextField
                id="handover-note"
                label={dt("editor.handoverNote")}
                value={note}
                onChange={setNote}
                maxLength={2000}
              />
              <button type="submit" disabled={handover.mutation.isPending}>
                {dt("editor.save")}
              </button>
            </form>
          </section>
          <section aria-labelledby="publication-heading">
            <h2 id="publication-heading">{dt("editor.publication")}</h2>
            <ErrorSummary errors={publish.errors} attempt={publish.attempt} />
            {s.published ? (
              <p>
                <Link to={`/${slug}/statements/${s.id}`}>{dt("editor.publicPage")}</Link>
              </p>
            ) : null}
            <button
              type="button"
              onClick={() => publish.mutation.mutate(!s.published)}
              disabled={publish.mutation.isPending}
            >
              {s.published ? dt("editor.unpublish") : dt("editor.publish")}
            </button>
          </section>
          <section aria-labelledby="table-heading">
            <h2 id="table-heading">{dt("editor.actionTable")}</h2>
            <p>{dt("editor.actionTableHint")}</p>
            <ErrorSummary errors={tableErrors.errors} attempt={tableErrors.attempt} />
            <button
              type="button"
              onClick={() => table.mutate()}
              disabled={table.isPending || table.isSuccess}
            >
              {dt("editor.makeActionTable")}
            </button>
            {table.data ? (
              <Status>
                <Link to={`/${slug}/staff/actions/${table.data.id}`}>
                  {dt("editor.actionTableMade")}
                </Link>
              </Status>
            ) : null}
          </section>
        </>
      ) : null}
    </>
  );
}
