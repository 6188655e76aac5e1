// The messaging module's public surface (see organizations/index.ts): mail, SMS, the one
// suppression list across channels, and tracked invitations.
export {
  type Channel,
  normalizeAddress,
  normalizePhone,
  type SuppressionChannel,
} from "./contacts.js";
export {
  findInvitation,
  INVITATION_PLACEHOLDER,
  type InvitationComposer,
  type InvitationTarget,
  invitationLink,
  listInvitations,
  markTookPart,
  openInvitation,
  readInvitation,
  remindInvitations,
  sendInvitation,
} from "./invitations.js";
export { type MailComposer, type QueuedMail, queueComposedMail, queueMail } from "./queue.js";
export type { Invitation, InvitationStatus, SmsMessage, SmsStatus } from "./schema.js";
export { createMailer, listOutbox, type Mail, type Mailer } from "./service.js";
export { applyDeliveryReport, type QueuedSms, queueSms } from "./sms.js";
export { isSuppressed, suppressAddress, unsubscribeToken } from "./suppression.js";
