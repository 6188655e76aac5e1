// Test helpers of the phone module: a small survey with keypad questions, a published survey
// in an organization, and an app that listens on a real port (providers call back over HTTP)
// with the fake provider speaking both wire formats.

import { type FakeProvider, startFakeProvider } from "@kuulo/phone/fake";
import type { DefinitionInput } from "@kuulo/survey";
import type { Db } from "../../db/client.js";
import { freePort } from "../../serve-testing.js";
import { createTestApp, type TestApp } from "../../test-app.js";
import { createSurvey, publishSurvey } from "../surveys/building.js";
import { createCampaign } from "./campaigns.js";

const t = (fi: string, sv: string) => ({ fi, sv });

/** yes/no, a Likert shown only after yes, a 1–5 scale, a number, an open question (not by phone). */
export const phoneTestDefinition: DefinitionInput = {
  languages: ["fi", "sv"],
  title: t("Palvelukokemus", "Serviceupplevelse"),
  pages: [
    {
      id: "p1",
      questions: [
        {
          id: "used",
          type: "single",
          text: t("Käytitkö kotihoitoa?", "Använde du hemvård?"),
          options: [
            { value: "yes", label: t("Kyllä", "Ja") },
            { value: "no", label: t("Ei", "Nej") },
          ],
        },
        {
          id: "satisfied",
          type: "likert",
          text: t("Olin tyytyväinen.", "Jag var nöjd."),
          showIf: { question: "used", op: "is", value: "yes" },
        },
        {
          id: "grade",
          type: "scale",
          text: t("Arvosana?", "Betyg?"),
          minLabel: t("huono", "dåligt"),
          maxLabel: t("hyvä", "bra"),
        },
        { id: "age", type: "number", min: 18, max: 120, text: t("Ikä?", "Ålder?") },
        { id: "comments", type: "text", text: t("Muuta?", "Annat?") },
      ],
    },
  ],
} as DefinitionInput;

export async function publishedPhoneSurvey(db: Db, organizationId: string, slug = "palvelu") {
  const survey = await createSurvey(db, {
    organizationId,
    input: {
      slug,
      title: "Palvelukokemus",
      definition: phoneTestDefinition,
      anonymity: "anonymous",
      kioskAllowed: false,
    } as Parameters<typeof createSurvey>[1]["input"],
    actor: { label: "test" },
  });
  await publishSurvey(db, { organizationId, surveyId: survey.id, actor: { label: "test" } });
  return survey;
}

export const TWILIO = { accountSid: "ACtest0001", authToken: "twilio-test-token" };
export const ELKS = { username: "utest", password: "elks-test-password" };

export interface PhoneTestApp extends TestApp {
  fake: FakeProvider;
  base: string;
}

/** A test app listening on a free loopback port, with Twilio and 46elks pointed at the fake. */
export async function phoneTestApp(env: Record<string, string> = {}): Promise<PhoneTestApp> {
  const fake = await startFakeProvider({ twilio: TWILIO, elks: ELKS });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const t = await createTestApp({
    PORT: String(port),
    PUBLIC_URL: base,
    PHONE_WORKER: "false",
    OUTBOUND_URL_ALLOW: "http://127.0.0.1:*",
    PHONE_TWILIO_ACCOUNT_SID: TWILIO.accountSid,
    PHONE_TWILIO_AUTH_TOKEN: TWILIO.authToken,
    PHONE_TWILIO_API_URL: `${fake.url}/2010-04-01`,
    PHONE_ELKS_USERNAME: ELKS.username,
    PHONE_ELKS_PASSWORD: ELKS.password,
    PHONE_ELKS_API_URL: `${fake.url}/a1`,
    ...env,
  });
  await t.app.listen({ port, host: "127.0.0.1" });
  return {
    ...t,
    fake,
    base,
    close: async () => {
      await t.close();
      await fake.close();
    },
  };
}

/** For the route walks: a fresh draft campaign on the survey for each request. */
export function phoneCampaignForRoute(
  db: Db,
  target: { organizationId: string; surveyId: string },
): () => Promise<string> {
  let n = 0;
  return async () =>
    (
      await createCampaign(db, {
        organizationId: target.organizationId,
        input: {
          name: `Puhelut ${++n}`,
          surveyId: target.surveyId,
          provider: "fake",
          caller: "Testialueen",
          callingNumber: "+358101000000",
          languages: ["fi", "sv"],
          rate: "normal",
          window: { days: [1, 2, 3, 4, 5], fromHour: 10, toHour: 19, skipHolidays: true },
          maxAttempts: 3,
          spacingHours: 4,
          maxConcurrent: 5,
          smsNotice: false,
          machineDetection: true,
        },
        actor: { label: "test" },
      })
    ).id;
}
