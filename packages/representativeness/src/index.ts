export { type AgeBand, bandOf, DEFAULT_AGE_BANDS, parseAgeBands } from "./bands.js";
export {
  type CompareOptions,
  type CompareResult,
  compareWithPopulation,
  DIMENSIONS,
  type DimensionName,
  type Person,
  type RepresentativenessReport,
} from "./compare.js";
export { RepresentativenessError } from "./errors.js";
export { chiSquareP, upperGamma } from "./gamma.js";
export {
  municipalityCode,
  type PopulationCell,
  type PopulationTable,
  readPopulation,
} from "./jsonstat.js";
export {
  type CategoryShare,
  type DimensionMeasures,
  measureDimension,
  mergeSmallCells,
} from "./measures.js";
export { type RIndicator, responsePropensities, rIndicator } from "./r-indicator.js";
export {
  kishDesignEffect,
  marginError,
  type RakingInput,
  type RakingResult,
  rake,
} from "./raking.js";
