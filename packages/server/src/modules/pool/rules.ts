import { AppError, type FieldError } from "../../errors.js";
import { normalizePhone } from "./contact.js";
import type { PoolSettings } from "./settings.js";
import type { CorrectionInput, MemberInput } from "./validation.js";

/** The youngest who may join: residents from the year they turn 15. */
export const MIN_AGE = 15;

/**
 * The rules the schema cannot know: the organization's municipalities, questions and themes,
 * a plausible birth year, a reachable member. Every problem is named by its field.
 */
export function memberProblems(
  settings: PoolSettings,
  input: Partial<MemberInput>,
  options: { now: Date; partial: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (
    path: string,
    code: FieldError["code"],
    message: string,
    params?: FieldError["params"],
  ) => errors.push({ path: `body.${path}`, code, message, ...(params ? { params } : {}) });
  const year = options.now.getUTCFullYear();
  if (!options.partial || "email" in input || "phone" in input) {
    if (!input.email && !input.phone) {
      add("email", "required", "give an email address or a mobile number (or both)");
    }
  }
  if (input.phone && !normalizePhone(input.phone)) {
    add("phone", "invalid_format", "is not a mobile number", { format: "phone" });
  }
  if (input.municipality !== undefined && !settings.municipalities.includes(input.municipality)) {
    add("municipality", "invalid_value", "is not one of the organization's municipalities", {
      values: settings.municipalities.join(","),
    });
  }
  if (input.birthYear !== undefined) {
    if (input.birthYear > year - MIN_AGE) {
      add("birthYear", "too_large", `members must be at least ${MIN_AGE}`, { max: year - MIN_AGE });
    } else if (input.birthYear < year - 120) {
      add("birthYear", "too_small", "is not a plausible birth year", { min: year - 120 });
    }
  }
  if (input.answers !== undefined) {
    const known = new Map(settings.questions.map((q) => [q.key, q]));
    for (const key of Object.keys(input.answers)) {
      if (!known.has(key)) add(`answers.${key}`, "unknown_field", "is not one of the questions");
    }
    for (const q of settings.questions) {
      const answer = input.answers[q.key]?.trim() ?? "";
      if (!answer) {
        if (q.required) add(`answers.${q.key}`, "required", "is required");
        continue;
      }
      const allowed =
        q.type === "choice"
          ? q.options.map((o) => o.key)
          : q.type === "yes_no"
            ? ["yes", "no"]
            : null;
      if (allowed && !allowed.includes(answer)) {
        add(`answers.${q.key}`, "invalid_value", "is not one of the options", {
          values: allowed.join(","),
        });
      }
    }
  }
  if (input.interests !== undefined) {
    const themes = new Set(settings.themes.map((t) => t.key));
    input.interests.forEach((key, i) => {
      if (!themes.has(key)) add(`interests.${i}`, "invalid_value", "is not one of the themes");
    });
  }
  if (input.consents) {
    if (input.consents.purposes.length === 0) {
      add("consents.purposes", "too_few", "consent to at least one purpose", { min: 1 });
    }
    if (input.consents.channels.length === 0) {
      add("consents.channels", "too_few", "consent to at least one channel", { min: 1 });
    }
    if (input.consents.channels.includes("email") && !input.email) {
      add("consents.channels", "invalid", "email needs an email address");
    }
    if (
      (input.consents.channels.includes("sms") || input.consents.channels.includes("phone")) &&
      !input.phone
    ) {
      add("consents.channels", "invalid", "SMS and phone calls need a mobile number");
    }
  }
  return errors;
}

export function assertMember(
  settings: PoolSettings,
  input: Partial<MemberInput> | CorrectionInput,
  options: { now: Date; partial: boolean },
): void {
  if (settings.municipalities.length === 0) {
    throw new AppError("not_found", "This organization has no resident pool.");
  }
  const errors = memberProblems(settings, input, options);
  if (errors.length > 0) {
    throw new AppError("validation.failed", "Some answers need correcting.", { errors });
  }
}
