// @kuulo/opinion: Polis-compatible opinion math. Pure TypeScript, no I/O; depends only on @kuulo/csv.

export { adjustedRandIndex } from "./ari.js";
export {
  type ConsensusItem,
  commentPriorities,
  groupAwareConsensus,
  selectConsensus,
} from "./consensus.js";
export { countVotes, sumGroups, type VoteCounts } from "./counts.js";
export { type CsvRecord, CsvTable, csvRecords, MAX_ID, parseCsv } from "./csv.js";
export {
  benjaminiHochberg,
  chiSquareSurvival,
  type Interval,
  normalQuantile,
  wilsonInterval,
} from "./distributions.js";
export { OpinionError, type OpinionErrorCode } from "./errors.js";
export type { Cluster } from "./kmeans.js";
export { colIndex, rowIndex, type VoteMatrix } from "./matrix.js";
export { type PickStatementOptions, pickStatement } from "./pick.js";
export {
  type PolisExport,
  type PolisExportFiles,
  parsePolisExport,
  parseSegments,
  timestampCell,
} from "./polis-export.js";
export { type PolisMath, toPolisMath } from "./polis-json.js";
export { type ReplayOptions, replay } from "./replay.js";
export { propTest, type RepnessItem, selectRepness, twoPropTest } from "./repness.js";
export {
  type ConsensusStatement,
  type OpinionGroup,
  type OpinionResult,
  type RepresentativeStatement,
  toResult,
} from "./result.js";
export {
  type CompareSegmentsOptions,
  compareSegments,
  type SegmentComparison,
  type SegmentShares,
  type SegmentStatement,
  type SegmentTest,
} from "./segments.js";
export { type OpinionStateJSON, stateFromJSON, stateToJSON } from "./serialize.js";
export { type CampsOptions, campsConversation } from "./synthetic.js";
export { columnFlags } from "./tick.js";
export type {
  ModerationChange,
  OpinionMode,
  OpinionOptions,
  OpinionState,
  ResolvedOptions,
  TickMath,
  Vote,
  VoteBatch,
} from "./types.js";
export { type AnalyzeOptions, analyze, createState, type UpdateOptions, update } from "./update.js";
