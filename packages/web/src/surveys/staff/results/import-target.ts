import type { ImportInput } from "./api.js";

/** Where imported rows go: a new survey, or the newest version of one already published. */
export interface TargetChoice {
  kind: "new" | "existing";
  title: string;
  slug: string;
  surveyId: string;
}

export interface TargetError {
  /** The id of the field at fault (for the error summary's link). */
  field: "import-title" | "import-slug" | "import-survey";
  key: "import.needTitle" | "import.needSlug" | "import.needSurvey";
}

/** Surveys that can take imported rows: those with a published version. */
export const importableSurveys = <S extends { version: number | null }>(surveys: readonly S[]) =>
  surveys.filter((s) => s.version !== null);

/**
 * The import's target from the form, or the fields to fill first. Into an existing survey no
 * mapping is sent: the server reads Kuulo's own export by its column names and a file from
 * another tool as the import that made the survey read it.
 */
export function importTarget(choice: TargetChoice): {
  target?: ImportInput["target"];
  errors: TargetError[];
} {
  if (choice.kind === "existing") {
    if (!choice.surveyId) return { errors: [{ field: "import-survey", key: "import.needSurvey" }] };
    return { target: { kind: "existing", surveyId: choice.surveyId }, errors: [] };
  }
  const errors: TargetError[] = [];
  const title = choice.title.trim();
  const slug = choice.slug.trim();
  if (!title) errors.push({ field: "import-title", key: "import.needTitle" });
  if (!slug) errors.push({ field: "import-slug", key: "import.needSlug" });
  return errors.length ? { errors } : { target: { kind: "new", slug, title }, errors };
}
