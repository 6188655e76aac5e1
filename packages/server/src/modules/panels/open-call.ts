import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { AppError, type FieldError } from "../../errors.js";
import { normalizeAddress } from "../messaging/index.js";
import { type CandidateContact, insertCandidates } from "./candidates.js";
import { OPEN_CALL_CONSENT } from "./consent.js";
import { panelCandidates } from "./schema.js";
import { findPanel, type Panel, sessionsOf } from "./setup.js";

export type OpenCallLanguage = "fi" | "sv" | "en";

/** The open call's panel (source open_call, recruiting), else 404. */
async function openPanel(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<Panel> {
  const panel = await findPanel(db, options).catch(() => undefined);
  if (panel?.source !== "open_call" || panel.status !== "recruiting")
    throw new AppError("not_found", "This panel takes no sign-ups.");
  return panel;
}

/** The choices of each quota feature, in the quotas' order. */
function choicesOf(panel: Panel): { feature: string; values: string[] }[] {
  const out: { feature: string; values: string[] }[] = [];
  for (const q of panel.quotas) {
    const f =
      out.find((c) => c.feature === q.feature) ??
      out[out.push({ feature: q.feature, values: [] }) - 1]!;
    if (!f.values.includes(q.value)) f.values.push(q.value);
  }
  return out;
}

/** What the sign-up form shows: the panel, its meetings, the choices and the consent text. */
export async function openCallForm(db: Db, options: { organizationId: string; panelId: string }) {
  const panel = await openPanel(db, options);
  return {
    title: panel.title,
    coreQuestions: panel.coreQuestions,
    sessions: await sessionsOf(db, panel),
    choices: choicesOf(panel),
    consent: OPEN_CALL_CONSENT,
  };
}

export interface OpenCallInput {
  language: OpenCallLanguage;
  attributes: Record<string, string>;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  consent: boolean;
}

/**
 * A resident signs up through the open call: one value per quota feature (from the quotas'
 * values), a name, an email and/or phone (sealed), and the consent, recorded with its text.
 * The same email or phone twice is a conflict.
 */
export async function signUpOpenCall(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; panelId: string; input: OpenCallInput; now?: Date },
): Promise<void> {
  const panel = await openPanel(db, options);
  const { input } = options;
  const errors: FieldError[] = [];
  if (!input.consent)
    errors.push({ path: "body.consent", message: "consent is needed", code: "required" });
  const attributes: Record<string, string> = {};
  for (const { feature, values } of choicesOf(panel)) {
    const value = input.attributes[feature];
    if (!value)
      errors.push({ path: `body.attributes.${feature}`, message: "choose one", code: "required" });
    else if (!values.includes(value))
      errors.push({
        path: `body.attributes.${feature}`,
        message: `must be one of ${values.join(", ")}`,
        code: "invalid_value",
        params: { values: values.join(", ") },
      });
    else attributes[feature] = value;
  }
  const contact: CandidateContact = { name: input.name };
  if (input.email) {
    const email = normalizeAddress("email", input.email);
    if (!email)
      errors.push({
        path: "body.email",
        message: "is not an email address",
        code: "invalid_format",
        params: { format: "email" },
      });
    else contact.email = email;
  }
  if (input.phone) {
    const phone = normalizeAddress("sms", input.phone);
    if (!phone)
      errors.push({
        path: "body.phone",
        message: "is not a phone number",
        code: "invalid_format",
        params: { format: "phone" },
      });
    else contact.phone = phone;
  }
  if (!input.email && !input.phone)
    errors.push({
      path: "body.phone",
      message: "give a phone number or an email address",
      code: "required",
    });
  if (errors.length > 0)
    throw new AppError(
      "validation.failed",
      errors.map((e) => `${e.path}: ${e.message}`).join("; "),
      { errors },
    );
  const ref = `open:${sealer.blindIndex(`panel-open-call:${panel.id}`, contact.phone ?? contact.email!)}`;
  const [already] = await db
    .select({ id: panelCandidates.id })
    .from(panelCandidates)
    .where(and(eq(panelCandidates.panelId, panel.id), eq(panelCandidates.sourceRef, ref)));
  if (already) throw new AppError("conflict", "You have already signed up for this panel.");
  await insertCandidates(db, sealer, {
    panel,
    people: [
      {
        ref,
        attributes,
        language: input.language,
        contact,
        consent: {
          version: OPEN_CALL_CONSENT.version,
          language: input.language,
          text: OPEN_CALL_CONSENT.text[input.language],
          at: (options.now ?? new Date()).toISOString(),
        },
      },
    ],
    actor: { label: "open call" },
  });
}
