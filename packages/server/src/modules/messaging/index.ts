// The messaging module's public surface (see organizations/index.ts): queueing mail.
export { type MailComposer, type QueuedMail, queueComposedMail, queueMail } from "./queue.js";
export { createMailer, listOutbox, type Mail, type Mailer } from "./service.js";
