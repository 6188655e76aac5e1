// The deliberation module's public surface, for the owner modules (panels, juries, round
// tables): making a statement, managing its participants, and the participant services their
// routes call after authenticating a panelist or juror. Proposals are the tables' and meetings'
// proposals (panels' table notes, round tables); adopting, handing over, publishing and making an
// action table are also used by the owner modules' demo seeders.
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
/** The participant's draft as answered by an owner module's route; the published statement as
 * answered (round tables embed it in their public page). */
export { participantDraftResponse, publicStatementResponse } from "./responses.js";
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
