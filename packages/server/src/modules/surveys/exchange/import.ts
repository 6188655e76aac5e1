import {
  type ColumnMapping,
  type Definition,
  type DefinitionInput,
  exportMapping,
  type ImportMapping,
  type ImportProblem,
  type ImportTable,
  importResponses,
  inferDefinition,
  parseDefinition,
  readTable,
  SurveyError,
} from "@kuulo/survey";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError, type FieldError } from "../../../errors.js";
import { recordAudit } from "../../audit/index.js";
import {
  checkDefinition,
  createSurvey,
  latestVersion,
  loadSurvey,
  publishSurvey,
} from "../building.js";
import { surveyResponses, surveys } from "../schema.js";
import type { ImportInput, PreviewInput } from "./validation.js";

/** At most this many problems are listed (the first ones, by line). */
const MAX_LISTED = 200;

/** A file @kuulo/survey cannot read: 400 with the line (and column) it names. */
function readFile(bytes: Uint8Array, sheet: string | undefined): ImportTable {
  try {
    return readTable(bytes, sheet ? { sheet } : {});
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    const errors: FieldError[] = (error.problems.length ? error.problems : [undefined]).map(
      (p) => ({
        path: "body.file",
        code: "invalid_file",
        message: p?.message ?? error.message,
        params: { ...(p?.params ?? {}), reason: p?.code ?? "invalid_value" },
      }),
    );
    throw new AppError("validation.failed", error.message, { errors });
  }
}

/** Problems of rows as field errors: line, column (letter and header), value and the problem's code. */
export function problemErrors(problems: readonly ImportProblem[]): FieldError[] {
  return problems.slice(0, MAX_LISTED).map((p) => ({
    path: "body.file",
    code: "invalid_file",
    message: `line ${p.line}, column ${p.column} (${p.header}): ${p.message}`,
    params: {
      line: p.line,
      column: p.column,
      header: p.header,
      value: p.value.slice(0, 200),
      question: p.question,
      reason: p.code,
    },
  }));
}

const listed = (problems: readonly ImportProblem[]) =>
  problems.slice(0, MAX_LISTED).map((p) => ({ ...p, value: p.value.slice(0, 200) }));

/**
 * Reads an uploaded CSV or XLSX file and proposes a survey for it (`inferDefinition`), with a
 * dry run of the import: how many rows would come in and the problems they have. Stores nothing.
 */
export async function previewImport(
  db: Db,
  options: { organizationId: string; input: PreviewInput },
) {
  const { input } = options;
  const table = readFile(Buffer.from(input.file, "base64"), input.sheet);
  const proposal = inferDefinition(table, {
    lang: input.lang,
    ...(input.title ? { title: input.title } : {}),
  });
  const definition = await checkDefinition(
    db,
    options.organizationId,
    proposal.definition as Record<string, unknown>,
  );
  const dryRun = importResponses(definition, table, proposal.mapping, { skipInvalid: true });
  return {
    format: table.format,
    header: table.header,
    rows: table.rows.length,
    notice: table.notice ?? null,
    sheets: table.sheets ?? [],
    definition: proposal.definition as unknown as Record<string, unknown>,
    mapping: proposal.mapping as {
      columns: (ColumnMapping & Record<string, unknown>)[];
      meta?: ImportMapping["meta"];
    },
    columns: proposal.columns,
    importable: dryRun.responses.length,
    problems: listed(dryRun.problems),
  };
}

async function targetOf(
  db: Db,
  organizationId: string,
  input: ImportInput,
  table: ImportTable,
): Promise<{ definition: Definition; draft: DefinitionInput | null; mapping: ImportMapping }> {
  const { target } = input;
  if (target.kind === "existing") {
    const survey = await loadSurvey(db, { organizationId, surveyId: target.surveyId });
    const version = await latestVersion(db, survey.id);
    if (!version) throw new AppError("conflict", "Publish the survey before importing answers.");
    const definition = parseDefinition(version.definition);
    // Without a mapping: Kuulo's own export by its column names; otherwise a file of the same
    // tool as the one the survey was imported from, read as that import read it.
    const exported = exportMapping(definition, table.header);
    const mapping =
      target.mapping ??
      (exported.columns.length > 0
        ? exported
        : inferDefinition(table, { lang: input.lang }).mapping);
    return { definition, draft: null, mapping };
  }
  const proposal = inferDefinition(table, { lang: input.lang, title: target.title });
  const draft = (target.definition ?? proposal.definition) as Record<string, unknown>;
  const definition = await checkDefinition(db, organizationId, draft);
  return {
    definition,
    draft: definition as DefinitionInput,
    mapping: target.mapping ?? proposal.mapping,
  };
}

/**
 * Imports the rows as complete responses with channel "import", in one transaction: a new
 * survey (its draft and a first published version, left unopened for residents) or the newest
 * version of an existing one. Any problem refuses the whole file (400, each problem with its
 * line, column and value) unless `skipInvalid` leaves those rows out.
 */
export async function importSurveyFile(
  db: Db,
  options: { organizationId: string; userId: string; input: ImportInput },
) {
  const { input, organizationId } = options;
  const table = readFile(Buffer.from(input.file, "base64"), input.sheet);
  const target = await targetOf(db, organizationId, input, table);
  let result: ReturnType<typeof importResponses>;
  try {
    result = importResponses(target.definition, table, target.mapping, {
      skipInvalid: input.skipInvalid,
    });
  } catch (error) {
    if (!(error instanceof SurveyError)) throw error;
    throw new AppError("validation.failed", error.message, {
      errors: error.problems.map((p) => ({
        path: `body.target.mapping${p.path ? `.${p.path}` : ""}`,
        code: "invalid",
        message: p.message,
      })),
    });
  }
  if (result.problems.length && !input.skipInvalid) {
    throw new AppError(
      "validation.failed",
      `The file has ${result.problems.length} problem(s); nothing was imported.`,
      { errors: problemErrors(result.problems) },
    );
  }
  const actor = { userId: options.userId };
  return db.transaction(async (tx) => {
    let surveyId: string;
    if (input.target.kind === "new") {
      const survey = await createSurvey(tx, {
        organizationId,
        actor,
        input: {
          slug: input.target.slug,
          title: input.target.title,
          anonymity: "anonymous",
          kioskAllowed: false,
          definition: target.draft as Record<string, unknown>,
        },
      });
      await publishSurvey(tx, { organizationId, surveyId: survey.id, actor });
      // Imported answers came from elsewhere: the survey stays closed to residents until opened.
      await tx.update(surveys).set({ status: "draft" }).where(eq(surveys.id, survey.id));
      surveyId = survey.id;
    } else surveyId = input.target.surveyId;
    const version = (await latestVersion(tx, surveyId))!;
    const now = new Date();
    for (let i = 0; i < result.responses.length; i += 500) {
      await tx.insert(surveyResponses).values(
        result.responses.slice(i, i + 500).map((r) => ({
          organizationId,
          surveyId,
          versionId: version.id,
          channel: "import" as const,
          sourceNote: `line ${r.line}`,
          status: "complete" as const,
          answers: r.answers,
          enteredBy: options.userId,
          submittedAt: now,
        })),
      );
    }
    await recordAudit(tx, {
      organizationId,
      actor,
      action: "survey.responses_imported",
      targetType: "survey",
      targetId: surveyId,
      detail: {
        format: table.format,
        rows: result.rows,
        imported: result.responses.length,
        skipped: result.skipped,
        version: version.number,
      },
    });
    return {
      surveyId,
      version: version.number,
      rows: result.rows,
      imported: result.responses.length,
      skipped: result.skipped,
      problems: listed(result.problems),
    };
  });
}
