// @kuulo/survey: a survey's definition (question types, pages, conditions, languages), checking
// definitions and answers, results and cross-tabs, exports and imports (CSV, XLSX), templates.
// Pure: no database, no server.
export { type CheckedAnswers, checkAnswer, checkAnswers } from "./answers.js";
export { allQuestions, conditionQuestions, holds, visibleSurvey } from "./conditions.js";
export {
  type CrosstabCell,
  type CrosstabOptions,
  crosstab,
  type SurveyCrosstab,
  suppression,
} from "./crosstab.js";
export {
  conditionValues,
  definitionProblems,
  parseDefinition,
  pickText,
  referencedQuestions,
} from "./definition.js";
export { SurveyError, type SurveyProblem, type SurveyProblemCode } from "./errors.js";
export {
  type CodebookEntry,
  type CsvExportOptions,
  codebookRows,
  type ExportColumn,
  type ExportResponse,
  type ExportTable,
  type ExportValue,
  exportColumns,
  exportCsv,
  exportTable,
  exportXlsx,
  toCsv,
} from "./export.js";
export {
  type ColumnMapping,
  exportMapping,
  type ImportMapping,
  type ImportProblem,
  type ImportResult,
  importResponses,
} from "./import.js";
export { type ImportTable, readTable } from "./import-table.js";
export { type ColumnGuess, type InferOptions, inferDefinition, slug } from "./infer.js";
export {
  DONT_KNOW_LABEL,
  ELSEWHERE_LABEL,
  likertLabels,
  OTHER_LABEL,
  valueLabels,
} from "./labels.js";
export {
  type Answer,
  type Answers,
  ATTRIBUTES,
  type Attribute,
  answerSchema,
  answersSchema,
  attributeSchema,
  CONDITION_OPS,
  type Condition,
  type ConditionOp,
  conditionSchema,
  type Definition,
  type DefinitionInput,
  DONT_KNOW,
  definitionSchema,
  keySchema,
  LANGUAGES,
  type Lang,
  type LocalText,
  localTextSchema,
  type Option,
  OTHER,
  optionSchema,
  type Page,
  pageSchema,
  QUESTION_TYPES,
  type Question,
  type QuestionInput,
  type QuestionType,
  questionSchema,
} from "./model.js";
export {
  type Count,
  type Diverging,
  type Nps,
  type NumberSummary,
  type QuestionResult,
  type SurveyResponse,
  surveyResults,
} from "./results.js";
export {
  SURVEY_TEMPLATES,
  type SurveyTemplate,
  surveyTemplate,
  type TemplateId,
} from "./templates.js";
export {
  mean,
  median,
  type WeightedBase,
  weightedBase,
  wilsonInterval,
} from "./weights.js";
