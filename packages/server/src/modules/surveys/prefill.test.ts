import { parseDefinition } from "@kuulo/survey";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSealer } from "../../db/sealed.js";
import { createTestApp, type StaffClient, TEST_DATA_KEY, type TestApp } from "../../test-app.js";
import { invitationLink, listInvitations, sendInvitation } from "../messaging/index.js";
import { insertMember } from "../pool/draws/testing.js";
import { poolMembers } from "../pool/index.js";
import { prefillAnswers } from "./prefill.js";
import { RESUME_HEADER } from "./routes/answer.js";
import { surveyResponses } from "./schema.js";
import { publishedSurvey } from "./testing.js";

const PUBLIC_URL = "http://localhost:3000";
const t = (fi: string) => ({ fi });
const options = (...values: string[]) => values.map((value) => ({ value, label: t(value) }));
/** A question, then the background page: each background question stands for a pool attribute. */
const definition = () => ({
  languages: ["fi"],
  title: t("Palvelukysely"),
  pages: [
    {
      id: "p1",
      questions: [
        {
          id: "service",
          type: "single",
          text: t("Palvelu"),
          options: options("health", "dental"),
          required: true,
        },
      ],
    },
    {
      id: "background",
      questions: [
        {
          id: "birth_year",
          type: "number",
          attribute: "birthYear",
          text: t("Syntymävuosi"),
          min: 1900,
          max: 2015,
          integer: true,
        },
        {
          id: "gender",
          type: "single",
          attribute: "gender",
          text: t("Sukupuoli"),
          options: options("woman", "man", "other", "undisclosed"),
        },
        {
          id: "home",
          type: "municipality",
          attribute: "municipality",
          text: t("Kotikunta"),
          municipalities: ["179", "837"],
        },
        {
          id: "kieli",
          type: "single",
          attribute: "motherTongue",
          text: t("Äidinkieli"),
          options: options("fi", "sv"),
        },
        {
          id: "liikkuminen",
          type: "single",
          attribute: "pool.liikkuminen",
          text: t("Miten liikut?"),
          options: options("auto", "bussi"),
        },
        { id: "toive", type: "text", text: t("Toiveesi") },
      ],
    },
  ],
});
const member = {
  birthYear: 1950,
  gender: "man",
  motherTongue: "fi",
  municipality: "179",
  answers: { liikkuminen: "bussi" },
};

describe("prefillAnswers", () => {
  it("fills the background questions that stand for pool attributes, with valid answers only", () => {
    const parsed = parseDefinition(definition());
    expect(prefillAnswers(parsed, member)).toEqual({
      answers: {
        birth_year: 1950,
        gender: { choice: "man" },
        home: "179",
        kieli: { choice: "fi" },
        liikkuminen: { choice: "bussi" },
      },
      prefilled: ["birth_year", "gender", "home", "kieli", "liikkuminen"],
    });
    // Not an answer the question takes: left empty for the respondent.
    const odd = prefillAnswers(parsed, {
      birthYear: 2020, // the question's maximum is 2015
      gender: "undisclosed",
      motherTongue: "se", // not offered
      municipality: "091", // not one of the survey's municipalities
      answers: {},
    });
    expect(odd).toEqual({ answers: { gender: { choice: "undisclosed" } }, prefilled: ["gender"] });
  });
});

describe("a personal invitation to a linked survey", () => {
  let t: TestApp;
  let admin: StaffClient;
  let orgId = "";
  const sealer = createSealer(Buffer.from(TEST_DATA_KEY, "hex"));

  beforeAll(async () => {
    t = await createTestApp();
    const org = await t.createOrg("esitayttokunta");
    orgId = org.id;
    await t.addMember(org, "admin@esitaytto.fi", ["admin"]);
    admin = await t.signIn("admin@esitaytto.fi", "esitayttokunta");
  });
  afterAll(() => t.close());

  /** A published survey, an invitation to a new pool member, and the invitation's token. */
  async function invited(slug: string, anonymity: string, status: "active" | "left" = "active") {
    await publishedSurvey(admin, "esitayttokunta", {
      slug,
      title: slug,
      anonymity,
      definition: definition(),
    });
    const db = t.database.db;
    const memberId = await insertMember(db, {
      organizationId: orgId,
      birthYear: 1950,
      gender: "man",
    });
    const target = {
      organizationId: orgId,
      subjectType: "pool_draw",
      subjectId: `arvonta-${slug}`,
    };
    await sendInvitation(db, {
      ...target,
      sealer,
      recipientRef: memberId,
      channel: "email",
      to: `${slug}@example.fi`,
      targetPath: `/esitayttokunta/surveys/${slug}?invitation={invitation}`,
      publicUrl: PUBLIC_URL,
      compose: ({ link }) => ({ channel: "email", subject: "Kysely", text: link, html: link }),
    });
    if (status === "left")
      await db
        .update(poolMembers)
        .set({ status: "left", emailSealed: null })
        .where(eq(poolMembers.id, memberId));
    const [invitation] = await listInvitations(db, target);
    return (await invitationLink(db, PUBLIC_URL, invitation!.id)).split("/api/i/")[1]!;
  }
  const start = (slug: string, invitation: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/orgs/esitayttokunta/s/${slug}/responses`,
      payload: { invitation },
    });

  it("starts with the member's background answers, which the respondent may change", async () => {
    const token = await invited("linkitetty", "linked");
    const started = await start("linkitetty", token);
    expect(started.statusCode).toBe(201);
    expect(started.json()).toMatchObject({
      answers: {
        birth_year: 1950,
        gender: { choice: "man" },
        home: "179",
        kieli: { choice: "fi" },
      },
      prefilled: ["birth_year", "gender", "home", "kieli"],
    });
    // Resuming shows the same; the respondent changes one and submits.
    const headers = { [RESUME_HEADER]: started.json().resumeToken as string };
    const url = "/api/orgs/esitayttokunta/s/linkitetty/response";
    const resumed = await t.app.inject({ method: "GET", url, headers });
    expect(resumed.json().prefilled).toEqual(["birth_year", "gender", "home", "kieli"]);
    const answers = {
      ...resumed.json().answers,
      gender: { choice: "undisclosed" },
      service: { choice: "health" },
    };
    const done = await t.app.inject({
      method: "POST",
      url: `${url}/submit`,
      headers,
      payload: { answers },
    });
    expect(done.statusCode, done.body).toBe(200);
    const [row] = await t.database.db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.id, started.json().id));
    expect(row!.answers).toMatchObject({ birth_year: 1950, gender: { choice: "undisclosed" } });
  });

  it("fills nothing for an anonymous survey, nor for a member who has left the pool", async () => {
    const anonymous = await start("nimeton", await invited("nimeton", "anonymous"));
    expect(anonymous.statusCode).toBe(201);
    expect(anonymous.json()).toMatchObject({ answers: {}, prefilled: [] });
    const left = await start("lahtenyt", await invited("lahtenyt", "linked", "left"));
    expect(left.json()).toMatchObject({ answers: {}, prefilled: [] });
  });
});
