// @kuulo/text: offline themes, quotes and sentiment from open answers in Finnish, Swedish and English.
export { type Analysis, type AnalyzeOptions, analyzeAnswers, themesForK } from "./analyze.js";
export { type AnswerInput, buildCorpus, type Corpus } from "./corpus.js";
export { type Crosstab, type CrosstabCell, crosstabThemes, wilson } from "./crosstab.js";
export { type CsvRow, type CsvTable, columnIndex, parseCsv } from "./csv.js";
export { mergeThemes, renameTheme, splitTheme } from "./edit.js";
export { TextError, type TextErrorCode } from "./errors.js";
export { evaluateClustering } from "./evaluate.js";
export { findIdentityCodes, type IdentityCodeMatch, isValidHetu } from "./hetu.js";
export { isLang, LANGS, type Lang } from "./lang.js";
export { identifyLanguage, identifyLanguages } from "./langid.js";
export { createLemmatizer, type Lemmatizer } from "./lemmatize.js";
export {
  applyLlmLabels,
  type LlmConfig,
  type LlmThemeResult,
  llmDescribeThemes,
  verifyLlmOutput,
} from "./llm.js";
export { nmi } from "./nmi.js";
export { normalizeForMatching } from "./normalize.js";
export { clean, REDACTION_TOKENS, redact, redactIdentityCodes } from "./redact.js";
export {
  type AnalysisReport,
  type AnswerRow,
  buildReport,
  type ThemeSummary,
  themeSentiment,
} from "./report.js";
export { startTextWorker, type TextWorker } from "./runner.js";
export type { SentimentScore } from "./sentiment/model.js";
export { scoreSentiment } from "./sentiment/score.js";
export { OTHER_THEME_ID, type Theme, type ThemeSet } from "./themes.js";
export { loadVoikko, type Morphology } from "./voikko.js";
export const TEXT_PACKAGE = "@kuulo/text";
