import { createHmac, timingSafeEqual } from "node:crypto";
import type { Db } from "../../db/client.js";
import { instanceSecret } from "../../db/secrets.js";
import { AppError } from "../../errors.js";
import { recordAudit } from "../audit/index.js";
import { loadSurvey } from "./building.js";

const SECRET = "survey-kiosk";
const HOURS = 12;

interface KioskClaims {
  /** The survey. */
  s: string;
  /** Expires, ms since the epoch. */
  e: number;
  /** The event's name, recorded as each response's source. */
  n: string;
}

const sign = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`kiosk:${payload}`).digest("base64url");

/**
 * A kiosk for an event or service point (a shared tablet): a signed token, valid 12 hours, that
 * starts a fresh respondent each time with channel "event" and the event's name as the source
 * (audit: survey.kiosk_started). Only a survey that allows kiosks.
 */
export async function startKiosk(
  db: Db,
  options: { organizationId: string; surveyId: string; eventName: string; userId: string },
): Promise<{ token: string; expiresAt: Date }> {
  const survey = await loadSurvey(db, options);
  if (!survey.kioskAllowed) throw new AppError("conflict", "This survey does not allow kiosks.");
  const expiresAt = new Date(Date.now() + HOURS * 3600_000);
  const claims: KioskClaims = { s: survey.id, e: expiresAt.getTime(), n: options.eventName };
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: { userId: options.userId },
    action: "survey.kiosk_started",
    targetType: "survey",
    targetId: survey.id,
    detail: { eventName: options.eventName, expiresAt: expiresAt.toISOString() },
  });
  return { token: `${payload}.${sign(await instanceSecret(db, SECRET), payload)}`, expiresAt };
}

/** The event behind a kiosk token of this survey; 400 for a forged, foreign or expired one. */
export async function readKiosk(
  db: Db,
  token: string,
  surveyId: string,
): Promise<{ eventName: string }> {
  const [payload = "", signature = ""] = token.split(".");
  const expected = Buffer.from(sign(await instanceSecret(db, SECRET), payload));
  const given = Buffer.from(signature);
  const valid = expected.length === given.length && timingSafeEqual(expected, given);
  const claims = valid
    ? (JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as KioskClaims)
    : undefined;
  if (!claims || claims.s !== surveyId || claims.e < Date.now()) {
    throw new AppError("validation.failed", "The kiosk link is not valid for this survey.", {
      errors: [{ path: "body.kiosk", code: "invalid_value", message: "not a valid kiosk link" }],
    });
  }
  return { eventName: claims.n };
}
