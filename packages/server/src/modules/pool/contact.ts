import type { Sealer } from "../../db/sealed.js";

/** An email address as it is compared: trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A Finnish or international mobile number in E.164 form (+358401234567), or undefined when it
 * is not one: "040 123 4567", "+358 40 1234567" and "00358401234567" all give the same.
 */
export function normalizePhone(phone: string): string | undefined {
  let digits = phone.replace(/[\s\-().]/g, "");
  if (digits.startsWith("00")) digits = `+${digits.slice(2)}`;
  else if (digits.startsWith("0")) digits = `+358${digits.slice(1)}`;
  if (!/^\+[1-9]\d{6,14}$/.test(digits)) return undefined;
  return digits;
}

export const emailScope = (organizationId: string) => `pool-email:${organizationId}`;
export const phoneScope = (organizationId: string) => `pool-phone:${organizationId}`;

/** The sealed columns and blind indexes of a member's contact data. */
export function sealContact(
  sealer: Sealer,
  organizationId: string,
  contact: { email?: string | undefined; phone?: string | undefined },
) {
  const email = contact.email ? normalizeEmail(contact.email) : undefined;
  const phone = contact.phone ? normalizePhone(contact.phone) : undefined;
  return {
    emailSealed: email ? sealer.seal(email) : null,
    emailIndex: email ? sealer.blindIndex(emailScope(organizationId), email) : null,
    phoneSealed: phone ? sealer.seal(phone) : null,
    phoneIndex: phone ? sealer.blindIndex(phoneScope(organizationId), phone) : null,
  };
}

export function openContact(
  sealer: Sealer,
  row: { emailSealed: string | null; phoneSealed: string | null },
): { email: string | null; phone: string | null } {
  return {
    email: row.emailSealed ? sealer.open(row.emailSealed) : null,
    phone: row.phoneSealed ? sealer.open(row.phoneSealed) : null,
  };
}

/** What leaving or retention sets: no contact data, no answers, only the pseudonymous record. */
export function erasedContact() {
  return {
    emailSealed: null,
    emailIndex: null,
    phoneSealed: null,
    phoneIndex: null,
    answers: {},
    interests: [] as string[],
    channels: [] as ("email" | "sms" | "phone" | "letter")[],
  };
}
