// @kuulo/sortition: fair stratified selection of resident panels (LEXIMIN with HiGHS).
export const SORTITION_PACKAGE = "@kuulo/sortition";

export { checkPanel, type PanelViolation } from "./check.js";
export { type AgentClass, type CompiledInstance, compileInstance } from "./classes.js";
export { type ClassDistribution, classProbabilities, personProbabilities } from "./distribution.js";
export { drawFromDistribution, expandPanel, pickIndex, transparentPanels } from "./draw.js";
export {
  formatLocation,
  SortitionError,
  type SortitionErrorCode,
  type SourceLocation,
} from "./errors.js";
export { type Fairness, fairness } from "./fairness.js";
export { ageBand, ageInYear, DEFAULT_AGE_BANDS } from "./finnish/age.js";
export { type LanguageGroup, languageGroup } from "./finnish/language.js";
export {
  MUNICIPALITIES,
  type Municipality,
  municipality,
  WELLBEING_COUNTIES,
} from "./finnish/municipalities.js";
export { type CategoriesFormat, parseCategories } from "./formats/categories.js";
export { type CsvTable, formatCsv, parseCsv } from "./formats/csv.js";
export { type ParsePeopleOptions, parsePeople } from "./formats/people.js";
export { explainInfeasibility, type InfeasibilityReport, type QuotaBound } from "./infeasible.js";
export { legacyPanel } from "./legacy.js";
export {
  type LeximinOptions,
  type LeximinProgress,
  type LeximinResult,
  leximin,
} from "./leximin.js";
export { featureNames, type Instance, type Person, type Quota } from "./model.js";
export { type ClassPanel, createPanelOracle, type PanelOracle } from "./oracle.js";
export { pipageRound, roundToCounts } from "./pipage.js";
export { type Random, seededRandom, shuffled } from "./random.js";
export { type Replacement, replaceWithdrawn } from "./replace.js";
export { formatReport } from "./report.js";
export {
  proportionalAllocation,
  randomSample,
  type SampleItem,
  type SampleResult,
  type StratumDraw,
  stratifiedSample,
} from "./sample.js";
export {
  type Algorithm,
  type Draw,
  drawPanel,
  type FindDistributionOptions,
  findDistribution,
  type Selection,
  type SelectionStats,
} from "./select.js";
export { sha256Hex } from "./sha256.js";
export { loadSolver } from "./solver.js";
export { validateInstance } from "./validate.js";
