import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { Status } from "../../components/form.js";
import { can, useStaffContext } from "../../components/StaffContext.js";
import { errorMessage } from "../../lib/errors.js";
import { useDocumentTitle } from "../../lib/useDocumentTitle.js";
import { poolStaffEndpoints } from "../api.js";
import { usePt } from "../i18n/index.js";
import { CompositionDimension } from "./CompositionChart.js";
import { usePoolChoice } from "./poolChoice.js";

/** The population table (upload) and the pool's, or a draw's, composition against it. */
export function CompositionPage() {
  const { pt, t } = usePt();
  const { org, membership } = useStaffContext();
  const pool = usePoolChoice();
  const [params] = useSearchParams();
  const draw = params.get("draw") ?? undefined;
  useDocumentTitle(pt("composition.title"));
  const client = useQueryClient();
  const [fileError, setFileError] = useState<string | null>(null);
  const population = useQuery({
    queryKey: ["pool", org.slug, "population"],
    queryFn: () => poolStaffEndpoints.population(org.slug),
  });
  const composition = useQuery({
    queryKey: ["pool", org.slug, pool, "composition", draw],
    queryFn: () => poolStaffEndpoints.composition(org.slug, draw, pool),
    // A shared pool is compared with its own organization's population (the server's).
    enabled: pool !== undefined || Boolean(population.data?.population),
  });
  const upload = useMutation({
    mutationFn: (data: Record<string, unknown>) =>
      poolStaffEndpoints.uploadPopulation(org.slug, data),
    onSuccess: () => client.invalidateQueries({ queryKey: ["pool", org.slug] }),
  });
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileError(null);
    try {
      upload.mutate(JSON.parse(await file.text()) as Record<string, unknown>);
    } catch {
      setFileError(pt("composition.notJson"));
    }
  };
  const stored = pool ? composition.data?.population : population.data?.population;
  const names = stored?.municipalities ?? {};
  const label = (dimension: string) => (group: string) =>
    dimension === "sex"
      ? pt(group === "1" ? "gender.man" : "gender.woman")
      : dimension === "municipality"
        ? (names[group] ?? group)
        : group;
  return (
    <div className="page pool-page">
      <h1 tabIndex={-1}>{pt(draw ? "composition.drawTitle" : "composition.title")}</h1>
      <p>
        <Link to={draw ? `../draws/${draw}` : ".."}>{pt(draw ? "draws.back" : "staff.back")}</Link>
      </p>
      {population.isPending ? <Status>{t("common.loading")}</Status> : null}
      {stored ? (
        <p>
          {pt("composition.populationFrom", {
            label: stored.label,
            year: stored.year ?? "–",
            people: stored.people,
          })}
        </p>
      ) : (
        <p>{pt("composition.noPopulation")}</p>
      )}
      {pool === undefined && can(membership, "pool.manage") ? (
        <div className="field">
          <label htmlFor="population-file">{pt("composition.upload")}</label>
          <p id="population-file-hint" className="field__hint">
            {pt("composition.uploadHint")}
          </p>
          <input
            id="population-file"
            type="file"
            accept="application/json,.json"
            aria-describedby="population-file-hint"
            onChange={choose}
          />
        </div>
      ) : null}
      {upload.isSuccess ? <Status>{pt("composition.uploaded")}</Status> : null}
      {fileError ? <p className="notice notice--error">{fileError}</p> : null}
      {upload.error ? (
        <p className="notice notice--error">{errorMessage(upload.error, t)}</p>
      ) : null}
      {composition.error ? (
        <p className="notice notice--error">{errorMessage(composition.error, t)}</p>
      ) : null}
      {composition.data ? (
        <>
          <h2>{pt("composition.compared", { count: composition.data.people })}</h2>
          {composition.data.dimensions.map((d) => (
            <CompositionDimension
              key={d.dimension}
              dimension={d}
              title={pt(`composition.dimension.${d.dimension}`)}
              groupLabel={label(d.dimension)}
            />
          ))}
        </>
      ) : null}
    </div>
  );
}
