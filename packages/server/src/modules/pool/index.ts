// The pool module's public surface (see organizations/index.ts): its tables, for modules that
// will invite members (panels, surveys, calls), and the SMS interface the gateway implements.

/** Active members against the population (reports' representativeness sections). */
export { type Composition, poolComposition } from "./composition/composition.js";
/** The organization's population table, for weighting other modules' respondents (surveys). */
export { loadPopulation } from "./composition/population.js";
/** Inviting a draw's members and reminding those who have not taken part (surveys invite). */
export { DRAW_SUBJECT, drawInvitations, inviteDraw, remindDraw } from "./draws/invite.js";
/** A panel's candidates (modules/panels): a round's sign-ups, members consenting to panels. */
export {
  type PanelSource,
  panelConsentingMembers,
  roundSignUpsForPanel,
} from "./panel-candidates.js";
/** Members consenting to phone calls for surveys (modules/phone). */
export { type PhoneContact, phoneConsentingMembers } from "./phone-contacts.js";
export { poolConsents, poolDraws, poolMembers, poolSettings, poolTokens } from "./schema.js";
/** The organizations a pool is shared with now (the privacy notice names them as recipients). */
export { acceptedPartners as poolSharingPartners } from "./sharing/agreements.js";
export type { SmsSender } from "./sms.js";
