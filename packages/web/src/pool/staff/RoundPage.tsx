import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { ErrorSummary, SelectField, Status, useFormErrors } from "../../components/form.js";
import { useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { usePt } from "../i18n/index.js";
import { RoundSignUps } from "./RoundSignUps.js";
import { RoundTrackingTable } from "./RoundTrackingTable.js";
import { fileAsBase64, roundEndpoints, roundFileUrl } from "./roundsApi.js";

const FRAME_FIELDS: Record<string, string> = {
  file: "frame-file",
  mapping: "frame-mapping",
  encoding: "frame-encoding",
};
const fieldFor = (path: string) => FRAME_FIELDS[path.replace(/^body\./, "")];

/** One round: import the register extract, draw the sample, the letters, and the tracking. */
export function RoundPage() {
  const { pt, t } = usePt();
  const { org } = useStaffContext();
  const { roundId = "" } = useParams();
  const client = useQueryClient();
  const key = ["pool", org.slug, "rounds", roundId];
  const round = useQuery({ queryKey: key, queryFn: () => roundEndpoints.round(org.slug, roundId) });
  const [file, setFile] = useState<File | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [mapping, setMapping] = useState<File | null>(null);
  const [encoding, setEncoding] = useState<"" | "utf8" | "latin1">("");
  const { errors, attempt, fail, failWith, fieldError } = useFormErrors(fieldFor);
  const refresh = () => client.invalidateQueries({ queryKey: ["pool", org.slug, "rounds"] });
  const upload = useMutation({
    mutationFn: async (f: File) =>
      roundEndpoints.importFrame(org.slug, roundId, {
        file: await fileAsBase64(f),
        skipInvalid,
        ...(mapping ? { mapping: await mapping.text() } : {}),
        ...(encoding ? { encoding } : {}),
      }),
    onSuccess: refresh,
    onError: failWith,
  });
  const draw = useMutation({
    mutationFn: () => roundEndpoints.draw(org.slug, roundId),
    onSuccess: refresh,
  });
  useDocumentTitle(round.data?.round.title ?? pt("rounds.title"));
  if (round.isPending) return <Status>{t("common.loading")}</Status>;
  if (round.error) return <p className="notice notice--error">{errorMessage(round.error, t)}</p>;
  const { round: r } = round.data;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      fail([{ field: "frame-file", message: pt("rounds.chooseFile") }]);
      return;
    }
    upload.mutate(file);
  };
  return (
    <div className="page pool-page">
      <h1 tabIndex={-1}>{r.title}</h1>
      <p>
        <Link to="..">{pt("rounds.back")}</Link>
      </p>
      <p>{r.purpose}</p>
      <h2>{pt("rounds.frame")}</h2>
      {r.frameImportedAt ? (
        <p>{pt("rounds.frameImported", { count: round.data.frame })}</p>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="frame-heading">
          <h3 id="frame-heading">{pt("rounds.import")}</h3>
          <ErrorSummary errors={errors} attempt={attempt} />
          <div className={fieldError("frame-file") ? "field field--invalid" : "field"}>
            <label htmlFor="frame-file">{pt("rounds.file")}</label>
            <p id="frame-file-hint" className="field__hint">
              {pt("rounds.fileHint")}
            </p>
            {fieldError("frame-file") ? (
              <p id="frame-file-error" className="field__error">
                {fieldError("frame-file")}
              </p>
            ) : null}
            <input
              id="frame-file"
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fieldError("frame-file") ? true : undefined}
              aria-describedby={
                fieldError("frame-file") ? "frame-file-hint frame-file-error" : "frame-file-hint"
              }
            />
          </div>
          <div className={fieldError("frame-mapping") ? "field field--invalid" : "field"}>
            <label htmlFor="frame-mapping">{pt("rounds.mapping")}</label>
            <p id="frame-mapping-hint" className="field__hint">
              {pt("rounds.mappingHint")}
            </p>
            {fieldError("frame-mapping") ? (
              <p id="frame-mapping-error" className="field__error">
                {fieldError("frame-mapping")}
              </p>
            ) : null}
            <input
              id="frame-mapping"
              type="file"
              accept=".json,application/json"
              onChange={(e) => setMapping(e.target.files?.[0] ?? null)}
              aria-invalid={fieldError("frame-mapping") ? true : undefined}
              aria-describedby={
                fieldError("frame-mapping")
                  ? "frame-mapping-hint frame-mapping-error"
                  : "frame-mapping-hint"
              }
            />
          </div>
          <SelectField
            id="frame-encoding"
            label={pt("rounds.encoding")}
            value={encoding}
            onChange={(v) => setEncoding(v as typeof encoding)}
            options={[
              { value: "", label: pt("rounds.encodings.detect") },
              { value: "utf8", label: "UTF-8" },
              { value: "latin1", label: "ISO-8859-1 (Latin-1)" },
            ]}
            error={fieldError("frame-encoding")}
          />
          <div className="checkbox">
            <input
              id="frame-skip"
              type="checkbox"
              checked={skipInvalid}
              onChange={(e) => setSkipInvalid(e.target.checked)}
            />
            <label htmlFor="frame-skip">{pt("rounds.skipInvalid")}</label>
          </div>
          <button type="submit" className="button" disabled={upload.isPending}>
            {pt("rounds.importSubmit")}
          </button>
        </form>
      )}
      {upload.data ? (
        <Status>
          {pt("rounds.imported", {
            imported: upload.data.imported,
            rows: upload.data.rows,
            skipped: upload.data.skippedInvalid,
          })}
        </Status>
      ) : null}
      <h2>{pt("rounds.sample")}</h2>
      {r.drawnAt ? (
        <>
          <p>{pt("rounds.drawn", { size: r.sampleSize, seed: r.seed })}</p>
          <p>{pt("rounds.logged")}</p>
          <ul>
            <li>
              <a href={roundFileUrl(org.slug, r.id, "letters.pdf")} download>
                {pt("rounds.letters")}
              </a>
            </li>
            <li>
              <a href={roundFileUrl(org.slug, r.id, "printing-house.csv")} download>
                {pt("rounds.printingHouse")}
              </a>
            </li>
          </ul>
        </>
      ) : (
        <button
          type="button"
          className="button"
          disabled={!r.frameImportedAt || draw.isPending}
          onClick={() => draw.mutate()}
        >
          {pt("rounds.draw")}
        </button>
      )}
      {draw.data ? <Status>{pt("rounds.sampled", { count: draw.data.sampled })}</Status> : null}
      {draw.error ? <p className="notice notice--error">{errorMessage(draw.error, t)}</p> : null}
      {r.drawnAt ? <RoundSignUps roundId={r.id} /> : null}
      <RoundTrackingTable tracking={round.data} />
    </div>
  );
}
