// The deliberation module's public surface, for the owner modules (panels, juries, round
// tables): making a statement, managing its participants, and the participant services their
// routes call after authenticating a panelist or juror.
/** A table's proposal written down by a facilitator (the panels module's table notes). */
/**
 * For the owner modules' demo seeders (panels' finished demo panel): a statement taken from the
 * tables' proposals to adopted, handed over, published and made into an action table.
 */
export {
  addProposal,
  listParticipants,
  mergeProposals,
  removeParticipant,
  setParticipants,
} from "./drafting.js";
export {
  giveSupport,
  type ParticipantDraft,
  type ParticipantScope,
  participantDraft,
  proposeAmendment,
} from "./participant.js";
/** The participant's draft as answered by an owner module's route. */
export { participantDraftResponse } from "./responses.js";
export {
  OWNER_KINDS,
  type OwnerKind,
  PARTICIPANT_ROLES,
  type ParticipantRole,
  SUPPORT_SCALES,
  type SupportScale,
} from "./schema.js";
export {
  adoptStatement,
  createStatement,
  listStatements,
  publishStatement,
  recordHandover,
  type Statement,
  setStatus,
} from "./statements.js";
export { SCALE_LABELS, SCALE_LEVELS, supportResults } from "./support.js";
export { createActionTable } from "./to-actions.js";
/** A statement with its recommendations and support results (reports' briefs use the totals). */
export { publicStatement, statementDetail } from "./view.js";
