import type { HTTPMethods, InjectOptions, RouteOptions } from "fastify";
import { sampleJuror, sampleJury } from "./modules/juries/testing.js";
import { SAMPLE_PAYER, syntheticDetails } from "./modules/panels/fees/fees-testing.js";
import { sampleSetup } from "./modules/panels/testing.js";
import { tinyPopulation } from "./modules/pool/draws/testing.js";
import { dvvFixture, sampleRound } from "./modules/pool/recruitment/testing.js";
import { sampleJoin, samplePoolSettings } from "./modules/pool/testing.js";
import { sampleEntry, sampleImportFile, sampleSurveyInput } from "./modules/surveys/testing.js";

/**
 * Requests that pass validation for every route of the app, so that a test walking the route
 * table sees only what authorization decides (tests only). A new route with parameters or a
 * body fails the walk until it gets its sample here.
 */

export interface RouteKey {
  method: string;
  url: string;
}

/** The app's routes, one per method, without the HEAD routes Fastify adds for every GET. */
export function routesOf(table: readonly RouteOptions[]): (RouteKey & { route: RouteOptions })[] {
  return table
    .flatMap((route) =>
      (Array.isArray(route.method) ? route.method : [route.method]).map((method) => ({
        method,
        url: route.url,
        route,
      })),
    )
    .filter((r) => r.method !== "HEAD");
}

/** Values for path parameters; `userId` may name a fresh member for each request. */
export interface SampleTargets {
  slug: string;
  conversationId: string;
  publicId: string;
  userId: () => Promise<string>;
  /** An accessibility feedback item of the organization. */
  feedbackId: string;
  /** A kiosk session of the conversation (ending one twice is harmless). */
  kioskSessionId?: string;
  /** A recruitment round taken as far as the route (by its url) needs (modules/pool). */
  roundId?: (url: string) => Promise<string>;
  /** A draw from the organization's resident pool. */
  drawId?: string;
  /** A draw for surveys (purpose "surveys"), to invite to the sample survey. */
  surveyDrawId?: string;
  /**
   * Sharing the pool (modules/pool/sharing): the organization to propose to, and an agreement
   * made fresh for each request (proposed to this organization for /accept, else accepted).
   */
  sharing?: { partner: string; agreementId: (url: string) => Promise<string> };
  /** A published survey of the organization (`sampleSurveyInput`), and its address. */
  surveyId?: string;
  surveySlug?: string;
  /** A published action table of the organization and one of its measures (modules/actions). */
  actionTableId?: string;
  actionTableSlug?: string;
  actionMeasureId?: string;
  actionRecommendationId?: string;
  /** A source link of that table (made again when a walk unlinked it). */
  actionSourceLinkId?: () => Promise<string>;
  /**
   * Before a request to the sample survey's themes, publication or results routes: a fresh
   * signed-off analysis of its open question (modules/surveys/route-targets.ts).
   */
  surveyAnalysis?: (url: string) => Promise<{ questionId: string; answerId: string }>;
  /** A fresh draft phone campaign on `surveyId` for each request (modules/phone). */
  phoneCampaign?: () => Promise<string>;
  /**
   * A fresh running jury with a juror, a juror awaiting a guardian's consent, an expert and a
   * waiting post (modules/juries).
   */
  jury?: (url: string) => Promise<{
    juryId: string;
    memberId: string;
    minorId: string;
    expertId: string;
    postId: string;
    /** With the route taking jurors from a panel: a drawn panel whose seated have confirmed. */
    panelId?: string;
  }>;
  /** A fresh panel taken as far as the route needs, and one of its candidates (modules/panels). */
  panel?: (url: string) => Promise<{
    panelId: string;
    candidateId: string;
    /** With a session's or materials' route: its session (tables made) and a material. */
    sessionId?: string;
    materialId?: string;
    batchId?: string;
  }>;
  /**
   * Before a request to a statement's route: a fresh statement of the organization in the
   * stage the route needs, with a recommendation and an amendment (modules/deliberation).
   */
  statement?: (
    url: string,
  ) => Promise<{ statementId: string; draftId: string; amendmentId: string }>;
  /**
   * A fresh round table (meeting) and its first meeting (modules/roundtables), with a fresh
   * distribution record and response for the routes that name one.
   */
  roundTable?: (url: string) => Promise<{
    roundTableId: string;
    meetingId: string;
    distributionId?: string;
    responseId?: string;
  }>;
}

const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let counter = 0;

/** A body that passes validation, fresh on each call (seed statements must differ). */
function sampleBody(key: string): unknown {
  const n = ++counter;
  const bodies: Record<string, () => unknown> = {
    "POST /api/auth/sign-in-link": () => ({ email: "kuka@example.fi" }),
    "POST /api/auth/sign-in": () => ({ token: "ei-kelpaa-tama-tunnus" }),
    "PATCH /api/orgs/:slug/settings": () => ({ themeColor: "#123456" }),
    "PUT /api/orgs/:slug/logo": () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    "POST /api/orgs/:slug/staff": () => ({
      email: `uusi-${n}@example.fi`,
      displayName: `Uusi ${n}`,
      roles: ["viewer"],
    }),
    "PATCH /api/orgs/:slug/staff/:userId": () => ({ roles: ["analyst"] }),
    "POST /api/orgs/:slug/conversations": () => ({ title: { fi: `Keskustelu ${n}` } }),
    "PATCH /api/orgs/:slug/conversations/:id": () => ({ title: { fi: `Muutettu ${n}` } }),
    "PUT /api/orgs/:slug/conversations/:id/image": () => PNG,
    "PUT /api/orgs/:slug/panels/:panelId/materials/:materialId/pdf": () =>
      Buffer.from("%PDF-1.4\n%%EOF\n"),
    "POST /api/orgs/:slug/conversations/:id/seed-statements": () => ({
      texts: [`Uusi siemenväite numero ${n} aiheesta ${"abcdefghij"[n % 10]}`],
    }),
    "POST /api/orgs/:slug/conversations/:id/moderation": () => ({ tids: [0], action: "meta" }),
    "PATCH /api/orgs/:slug/conversations/:id/statements/:tid": () => ({
      text: `Korjattu väite ${n}`,
    }),
    "PUT /api/orgs/:slug/conversations/:id/translations": () => ({
      kind: "statement",
      tid: 0,
      language: "sv",
      text: `Översatt påstående ${n}`,
    }),
    "POST /api/orgs/:slug/conversations/import": () => ({
      files: {
        comments: "comment-id,moderated,comment-body\n0,1,Väite\n",
        votes: "comment-id,voter-id,vote\n0,0,1\n",
      },
    }),
    "PUT /api/orgs/:slug/legal/:kind": () => ({ fi: `Oma teksti ${n}`, sv: "", en: "" }),
    "PUT /api/orgs/:slug/legal-facts": () => ({
      controllerContact: `kirjaamo-${n}@example.fi`,
      dpoContact: "",
      supervisoryAuthority: "",
      conformance: "partial",
      evaluatedOn: null,
      evaluator: "",
      nonConformities: [],
    }),
    "POST /api/orgs/:slug/accessibility/feedback": () => ({
      message: `Kontrasti on liian heikko ${n}`,
      language: "fi",
    }),
    "POST /api/orgs/:slug/accessibility/feedback/:feedbackId/answer": () => ({ note: "Vastattu" }),
    "POST /api/orgs/:slug/conversations/:id/kiosk-sessions": () => ({
      eventName: `Hyvinvointipäivä ${n}`,
    }),
    "POST /api/p/c/:publicId/kiosk": () => ({ kiosk: "ei-kelpaa-tama-kioskitunnus" }),
    "POST /api/p/c/:publicId/kiosk/people": () => ({ kiosk: "ei-kelpaa-tama-kioskitunnus" }),
    "PUT /api/orgs/:slug/pool/settings": () => samplePoolSettings(),
    "POST /api/orgs/:slug/pool/members": () =>
      sampleJoin({ email: `paperi-${n}@example.fi`, source: "paper" }),
    "POST /api/orgs/:slug/pool/join": () => sampleJoin({ email: `liittyja-${n}@example.fi` }),
    "POST /api/orgs/:slug/pool/confirm": () => ({ token: "ei-kelpaa-tama-tunnus" }),
    "POST /api/orgs/:slug/pool/confirm-code": () => ({ phone: "0401234567", code: "123456" }),
    "POST /api/orgs/:slug/pool/me/link": () => ({ email: "kuka@example.fi", language: "fi" }),
    "POST /api/orgs/:slug/pool/me/session": () => ({ token: "ei-kelpaa-tama-tunnus" }),
    "PATCH /api/orgs/:slug/pool/me": () => ({ municipality: "179" }),
    "POST /api/orgs/:slug/pool/me/withdraw": () => ({ purpose: "panels" }),
    "POST /api/orgs/:slug/pool/rounds": () => sampleRound({ title: `Kierros ${n}` }),
    "POST /api/orgs/:slug/pool/rounds/:roundId/frame": () => ({
      file: dvvFixture("vaesto-otanta.csv").toString("base64"),
    }),
    "POST /api/orgs/:slug/pool/rounds/:roundId/outcomes": () => ({
      personIds: ["00000000-0000-4000-8000-000000000000"],
      outcome: "selected",
    }),
    "POST /api/orgs/:slug/pool/signup/code": () => ({ code: "AAAA-AAAA" }),
    "POST /api/orgs/:slug/pool/signup": () => ({
      code: "AAAA-AAAA",
      consentPurpose: true,
      consentResearch: false,
      language: "fi",
      gender: "woman",
      availability: [],
      email: "raati@example.fi",
    }),
    "PUT /api/orgs/:slug/pool/population": () => ({ data: tinyPopulation() }),
    "POST /api/orgs/:slug/pool/draws/:drawId/invitations": () => ({ targetPath: "/oma-kunta" }),
    "POST /api/orgs/:slug/pool/draws/strata": () => ({
      purpose: "panels",
      stratifyBy: ["municipality"],
    }),
    "POST /api/orgs/:slug/pool/draws": () => ({
      title: `Arvonta ${n}`,
      purpose: "panels",
      method: "random",
      size: 1,
    }),
    "POST /api/orgs/:slug/actions/tables": () => ({
      title: `Toimenpiteet ${n}`,
      rows: [
        ["Suositus", "Toimenpide"],
        ["Suositus", `Toimenpide ${n}`],
      ],
    }),
    "POST /api/orgs/:slug/actions/tables/:tableId/publish": () => ({ published: true }),
    "PATCH /api/orgs/:slug/actions/measures/:measureId": () => ({ notes: `Huomio ${n}` }),
    "PUT /api/orgs/:slug/actions/editors/:userId": () => ({ units: [] }),
    "POST /api/orgs/:slug/actions/tables/:tableId/measures": () => ({
      recommendationText: `Uusi suositus ${n}`,
      text: `Uusi toimenpide ${n}`,
    }),
    "PATCH /api/orgs/:slug/actions/recommendations/:recommendationId": () => ({
      text: `Korjattu suositus ${n}`,
    }),
    "PATCH /api/orgs/:slug/actions/tables/:tableId": () => ({ reminderMonths: 6 }),
    "POST /api/orgs/:slug/actions/public/:table/subscribe": () => ({
      email: `tilaaja-${n}@example.fi`,
      language: "fi",
    }),
    "POST /api/orgs/:slug/actions/subscriptions/confirm": () => ({
      token: "ei-kelpaa-tama-tunnus-0123456789",
    }),
    "POST /api/orgs/:slug/actions/unsubscribe/:token": () => "List-Unsubscribe=One-Click",
    "POST /api/orgs/:slug/actions/recommendations/:recommendationId/sources": () => ({
      kind: "other",
      text: `Lähteen sanat ${n}`,
    }),
    "POST /api/orgs/:slug/panels": () => sampleSetup({ title: `Paneeli ${n}` }),
    "PUT /api/orgs/:slug/panels/:panelId": () => sampleSetup({ title: `Muutettu paneeli ${n}` }),
    "PUT /api/orgs/:slug/panels/:panelId/status": () => ({ status: "recruiting" }),
    "POST /api/orgs/:slug/panels/:panelId/candidates": () => ({}),
    "PUT /api/orgs/:slug/panels/:panelId/seed-announcement": () => ({
      announcement: `Lotto 2027-01-09, numerot ${n}`,
      knownAt: "2027-01-09T20:00:00Z",
    }),
    "POST /api/orgs/:slug/panels/:panelId/draw": () => ({ seed: `siemen ${n}` }),
    // Robot calls (modules/phone): a campaign on a survey that does not exist (refused with 400
    // after the permission), and forms as the providers post them.
    "POST /api/orgs/:slug/phone/campaigns": () => ({
      name: `Puhelut ${n}`,
      surveyId: "00000000-0000-4000-8000-0000000000c0",
      caller: "Testialueen",
      callingNumber: "+358101000000",
    }),
    "POST /api/orgs/:slug/phone/campaigns/:campaignId/status": () => ({ status: "ready" }),
    "POST /api/orgs/:slug/phone/campaigns/:campaignId/numbers": () => ({
      file: Buffer.from("number\n0401234567\n").toString("base64"),
      consentBasis: "consent by phone",
    }),
    "PUT /api/orgs/:slug/phone/campaigns/:campaignId/prompts/:language/:promptId": () => ({
      file: Buffer.from("RIFF\0\0\0\0WAVE").toString("base64"),
    }),
    "POST /api/phone/twilio/:callId/start": () => "CallSid=CA0&To=%2B358401234567",
    "POST /api/phone/twilio/:callId/gather": () => "CallSid=CA0&Digits=1",
    "POST /api/phone/twilio/:callId/status": () => "CallSid=CA0&CallStatus=completed",
    "POST /api/phone/elks/:callId/start": () => "callid=e0&to=%2B358401234567",
    "POST /api/phone/elks/:callId/next": () => "callid=e0&result=1",
    "POST /api/phone/elks/:callId/hangup": () => "callid=e0&state=success",
    "POST /api/orgs/:slug/panels/:panelId/statement": () => ({}),
    "POST /api/orgs/:slug/panels/:panelId/sessions/:sessionId/tables": () => ({ tables: 2 }),
    "PUT /api/orgs/:slug/panels/:panelId/sessions/:sessionId/seats/:candidateId": () => ({
      tableNumber: 1,
    }),
    "PUT /api/orgs/:slug/panels/:panelId/sessions/:sessionId/tables/:tableNumber/facilitator":
      () => ({ facilitatorId: null }),
    "POST /api/orgs/:slug/panels/:panelId/sessions/:sessionId/tables/:tableNumber/notes": () => ({
      kind: "note",
      text: `Muistiinpano ${n}`,
    }),
    "POST /api/orgs/:slug/panels/:panelId/feedback": () => ({}),
    "POST /api/orgs/:slug/panels/:panelId/materials": () => ({
      kind: "talk",
      title: { fi: `Puheenvuoro ${n}` },
      url: "https://example.fi/puhe",
    }),
    "POST /api/orgs/:slug/panelists/me/statement/support": () => ({
      recommendationId: "00000000-0000-4000-8000-0000000000c0",
      level: 3,
    }),
    "POST /api/orgs/:slug/panelists/me/statement/amendments": () => ({
      recommendationId: "00000000-0000-4000-8000-0000000000c0",
      comment: "Kommentti",
    }),
    "POST /api/orgs/:slug/panels/:panelId/invitations": () => ({
      deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    }),
    "POST /api/orgs/:slug/panels/:panelId/withdrawals": () => ({
      candidateIds: ["00000000-0000-4000-8000-0000000000b1"],
    }),
    "POST /api/orgs/:slug/juries": () => sampleJury({ title: `Raati ${n}` }),
    "PUT /api/orgs/:slug/juries/:juryId": () => sampleJury({ title: `Muutettu raati ${n}` }),
    "PUT /api/orgs/:slug/juries/:juryId/status": () => ({ status: "finished" }),
    "PUT /api/orgs/:slug/juries/:juryId/phase": () => ({ phase: "hear_experts" }),
    "PUT /api/orgs/:slug/juries/:juryId/decision-response": () => ({
      body: "Aluehallitus",
      date: "2027-04-15",
      text: { fi: `Vastaus ${n}` },
    }),
    "POST /api/orgs/:slug/juries/:juryId/statement": () => ({}),
    "POST /api/orgs/:slug/juries/:juryId/jurors": () => sampleJuror(n),
    // Without a jury target, a panel that does not exist (the walk proves who gets as far).
    "POST /api/orgs/:slug/juries/:juryId/jurors/from-panel": () => ({
      panelId: "00000000-0000-4000-8000-0000000000b0",
    }),
    "POST /api/orgs/:slug/juries/:juryId/experts": () => ({
      name: `Asiantuntija ${n}`,
      email: `asiantuntija${n}@example.fi`,
    }),
    "POST /api/orgs/:slug/juries/:juryId/members/:memberId/guardian-consent": () => ({
      consentGivenOn: "2027-01-20",
      how: "Lomake",
    }),
    "POST /api/orgs/:slug/juries/:juryId/invitations": () => ({ expiresOn: "2099-12-31" }),
    "POST /api/orgs/:slug/juries/:juryId/materials": () => ({
      phase: "get_to_know",
      kind: "text",
      title: { fi: `Aineisto ${n}` },
      body: { fi: "Teksti" },
      plainBody: { fi: "Selkoteksti" },
    }),
    "POST /api/orgs/:slug/juries/:juryId/posts": () => ({ body: `Fasilitaattorin viesti ${n}` }),
    "POST /api/orgs/:slug/juries/:juryId/summaries": () => ({ body: `Yhteenveto ${n}` }),
    "POST /api/orgs/:slug/juries/:juryId/posts/:postId/moderation": () => ({ action: "approve" }),
    "POST /api/orgs/:slug/jury-space/session": () => ({
      token: "ei-kelpaa-tama-tunnus-0123456789",
    }),
    "PUT /api/orgs/:slug/jury-space/me/preferences": () => ({ digest: "email" }),
    "POST /api/orgs/:slug/jury-space/me/posts": () => ({ body: `Viesti ${n}` }),
    "PUT /api/orgs/:slug/jury-space/me/posts/:postId/reactions": () => ({
      kind: "agree",
      on: true,
    }),
    "POST /api/orgs/:slug/jury-space/me/hearings/:hearingId/questions": () => ({
      question: "Miksi?",
    }),
    "PUT /api/orgs/:slug/jury-space/me/questions/:questionId/answer": () => ({ answer: "Siksi." }),
    "POST /api/orgs/:slug/jury-space/me/statement/support": () => ({
      recommendationId: "00000000-0000-4000-8000-0000000000b2",
      level: 4,
    }),
    "POST /api/orgs/:slug/jury-space/me/statement/amendments": () => ({
      recommendationId: "00000000-0000-4000-8000-0000000000b2",
      comment: "Muutos",
    }),
    "POST /api/orgs/:slug/panelists/session": () => ({ token: "ei-kelpaa-tama-tunnus-0123456789" }),
    "PUT /api/orgs/:slug/panels/:panelId/sessions/:sessionId/attendance": () => ({
      candidateId: "00000000-0000-4000-8000-0000000000b1",
      present: true,
    }),
    "PUT /api/orgs/:slug/panels/:panelId/sessions/:sessionId/travel/:candidateId": () => ({
      amount: "12,50",
    }),
    "POST /api/orgs/:slug/panels/:panelId/fee-batches": () => ({
      payer: SAMPLE_PAYER,
      paymentDate: "2027-03-10",
    }),
    "POST /api/orgs/:slug/panels/:panelId/fee-batches/:batchId/paid": () => ({
      paymentDate: "2027-03-10",
    }),
    "POST /api/orgs/:slug/panels/:panelId/fee-batches/:batchId/incomes-register/xml": () => ({
      contact: { name: "Tiina Talous", phone: "040 123 4567" },
    }),
    "PUT /api/orgs/:slug/panelists/me/payment-details": () => syntheticDetails(1),
    "POST /api/orgs/:slug/panelists/me/answer": () => ({ answer: "confirm" }),
    "POST /api/orgs/:slug/panel-signup/:panelId": () => ({
      language: "fi",
      attributes: {},
      name: `Asukas ${n}`,
      phone: `040 555 ${2000 + n}`,
      consent: true,
    }),
    "POST /api/p/c/:publicId/votes": () => ({ tid: 0, vote: "agree" }),
    "POST /api/p/c/:publicId/statements": () => ({ text: `Asukkaan väite ${n} ${"xyz"[n % 3]}` }),
    "POST /api/orgs/:slug/suppressions": () => ({ channel: "sms", address: `040 555 ${1000 + n}` }),
    "POST /api/sms/46elks/delivery": () => `id=s${n}&status=delivered`,
    "POST /api/sms/46elks/incoming": () => `id=s${n}&from=%2B358401234567&message=STOP`,
    "POST /api/sms/gatewayapi/delivery": () => ({ id: n, status: "DELIVERED" }),
    "POST /api/sms/gatewayapi/incoming": () => ({ id: n, msisdn: 358401234567, message: "STOP" }),
    "POST /api/unsubscribe/:token": () => "List-Unsubscribe=One-Click",
    "POST /api/orgs/:slug/pool/sharing": () => ({
      partner: "kumppani",
      reference: `Päätös ${n}`,
    }),
    "PUT /api/orgs/:slug/pool/me/partners": () => ({ partners: [] }),
    "POST /api/orgs/:slug/deliberation/statements": () => ({
      ownerKind: "panel",
      ownerId: `paneeli-${n}`,
      kind: "final_statement",
      title: `Loppulausuma ${n}`,
      supportScale: "gradients",
    }),
    "PATCH /api/orgs/:slug/deliberation/statements/:statementId": () => ({ title: `Lausuma ${n}` }),
    "PUT /api/orgs/:slug/deliberation/statements/:statementId/status": () => ({
      status: "amending",
    }),
    "PUT /api/orgs/:slug/deliberation/statements/:statementId/participants": () => ({
      participants: [{ ref: `p${n}`, label: `Panelisti ${n}`, role: "panelist" }],
    }),
    "POST /api/orgs/:slug/deliberation/statements/:statementId/proposals": () => ({
      sourceLabel: "Pöytä 1",
      text: `Ehdotus ${n}`,
    }),
    "POST /api/orgs/:slug/deliberation/statements/:statementId/merge": () => ({
      proposalIds: [],
      title: "Suositus",
      text: "Teksti",
    }),
    "PATCH /api/orgs/:slug/deliberation/statements/:statementId/recommendations/:draftId": () => ({
      title: `Suositus ${n}`,
    }),
    "POST /api/orgs/:slug/deliberation/statements/:statementId/amendments/:amendmentId/decision":
      () => ({ decision: "rejected", reason: "Ei" }),
    "POST /api/orgs/:slug/deliberation/statements/:statementId/minority-opinions": () => ({
      text: "Eriävä mielipide",
      supporters: 2,
    }),
    "POST /api/orgs/:slug/deliberation/statements/:statementId/adoption": () => ({
      how: "äänestys 30–2",
    }),
    "PUT /api/orgs/:slug/deliberation/statements/:statementId/handover": () => ({
      on: "2026-11-30",
      to: "aluevaltuusto",
    }),
    "PUT /api/orgs/:slug/deliberation/statements/:statementId/publication": () => ({
      published: true,
    }),
    "POST /api/orgs/:slug/deliberation/statements/:statementId/action-table": () => ({}),
    "POST /api/orgs/:slug/roundtables": () => ({ title: { fi: `Pyöreä pöytä ${n}` } }),
    "PATCH /api/orgs/:slug/roundtables/:roundTableId": () => ({ theme: `Teema ${n}` }),
    "POST /api/orgs/:slug/roundtables/:roundTableId/meetings": () => ({
      heldOn: "2026-03-10",
      participants: { resident: n },
    }),
    "PATCH /api/orgs/:slug/roundtables/:roundTableId/meetings/:meetingId": () => ({
      notes: `Muistiinpanot ${n}`,
    }),
    "POST /api/orgs/:slug/roundtables/:roundTableId/meetings/:meetingId/proposals": () => ({
      madeBy: "Pöytä 1",
      text: `Ehdotus ${n}`,
    }),
    "POST /api/orgs/:slug/roundtables/:roundTableId/statement": () => ({}),
    "POST /api/orgs/:slug/roundtables/:roundTableId/distribution": () => ({
      recipient: "Aluehallitus",
      sentOn: "2026-05-02",
      channel: "email",
    }),
    "POST /api/orgs/:slug/roundtables/:roundTableId/responses": () => ({
      body: "Aluehallitus",
      receivedOn: "2026-06-01",
      text: `Vastaus ${n}`,
    }),
    "PATCH /api/orgs/:slug/roundtables/:roundTableId/distribution/:distributionId": () => ({
      sentOn: "2026-05-03",
      note: `Korjattu ${n}`,
    }),
    "PATCH /api/orgs/:slug/roundtables/:roundTableId/responses/:responseId": () => ({
      text: `Korjattu vastaus ${n}`,
    }),
    "POST /api/orgs/:slug/surveys": () => sampleSurveyInput(`kysely-${n}`),
    "PATCH /api/orgs/:slug/surveys/:surveyId": () => ({ title: `Kysely ${n}` }),
    "PUT /api/orgs/:slug/surveys/:surveyId/status": () => ({ status: "open" }),
    "POST /api/orgs/:slug/surveys/:surveyId/entries": sampleEntry,
    "POST /api/orgs/:slug/surveys/:surveyId/kiosk": () => ({ eventName: `Asukasilta ${n}` }),
    "POST /api/orgs/:slug/surveys/:surveyId/invitations": () => ({
      drawId: "00000000-0000-4000-8000-000000000000",
    }),
    "POST /api/orgs/:slug/surveys/import/preview": () => ({ file: sampleImportFile() }),
    "POST /api/orgs/:slug/surveys/import": () => ({
      file: sampleImportFile(),
      target: { kind: "new", slug: `tuonti-${n}`, title: `Tuonti ${n}` },
    }),
    "POST /api/orgs/:slug/surveys/:surveyId/questions/:questionId/analysis/merge": () => ({
      ids: ["t1", "t2"],
    }),
    "POST /api/orgs/:slug/surveys/:surveyId/questions/:questionId/analysis/themes/:themeId/split":
      () => ({ parts: 2 }),
    "PUT /api/orgs/:slug/surveys/:surveyId/questions/:questionId/analysis/themes/:themeId/label":
      () => ({ label: `Teema ${n}` }),
    "PUT /api/orgs/:slug/surveys/:surveyId/questions/:questionId/analysis/themes/:themeId/quotes":
      () => ({ answerIds: [] }),
    "PUT /api/orgs/:slug/surveys/:surveyId/questions/:questionId/analysis/answers/:answerId/quote-exclusion":
      () => ({ excluded: true }),
    "PUT /api/orgs/:slug/surveys/:surveyId/publication": () => ({ visibility: "public" }),
    "POST /api/orgs/:slug/s/:surveySlug/responses": () => ({}),
    "PUT /api/orgs/:slug/s/:surveySlug/response": () => ({ answers: { q1: { choice: "no" } } }),
    "POST /api/orgs/:slug/s/:surveySlug/response/submit": () => ({ answers: {} }),
  };
  return bodies[key]?.();
}

const CONTENT_TYPES: Record<string, string> = {
  "PUT /api/orgs/:slug/logo": "image/svg+xml",
  "PUT /api/orgs/:slug/conversations/:id/image": "image/png",
  "PUT /api/orgs/:slug/panels/:panelId/materials/:materialId/pdf": "application/pdf",
  "POST /api/sms/46elks/delivery": "application/x-www-form-urlencoded",
  "POST /api/sms/46elks/incoming": "application/x-www-form-urlencoded",
  "POST /api/unsubscribe/:token": "application/x-www-form-urlencoded",
  "POST /api/orgs/:slug/actions/unsubscribe/:token": "application/x-www-form-urlencoded",
  "POST /api/phone/twilio/:callId/start": "application/x-www-form-urlencoded",
  "POST /api/phone/twilio/:callId/gather": "application/x-www-form-urlencoded",
  "POST /api/phone/twilio/:callId/status": "application/x-www-form-urlencoded",
  "POST /api/phone/elks/:callId/start": "application/x-www-form-urlencoded",
  "POST /api/phone/elks/:callId/next": "application/x-www-form-urlencoded",
  "POST /api/phone/elks/:callId/hangup": "application/x-www-form-urlencoded",
};

const QUERIES: Record<string, string> = {
  "GET /api/orgs/:slug/surveys/:surveyId/results/crosstab": "?question=q1&by=q1",
  "POST /api/sms/46elks/delivery": "?secret=ei-kelpaa-tama-salaisuus-0123456789",
  "POST /api/sms/46elks/incoming": "?secret=ei-kelpaa-tama-salaisuus-0123456789",
  "PUT /api/orgs/:slug/conversations/:id/image": "?altFi=Kuva",
  "GET /api/orgs/:slug/actions/produced": "?survey=ei-kyselya",
  "GET /api/orgs/:slug/reports/period": "?from=2026-01-01&to=2026-12-31",
  "GET /api/orgs/:slug/reports/metrics": "?from=2026-01-01&to=2026-12-31",
  "GET /api/orgs/:slug/reports/period/pdf": "?from=2026-01-01&to=2026-12-31",
  "GET /api/orgs/:slug/reports/period/docx": "?from=2026-01-01&to=2026-12-31",
};

/** The request to make for a route against the targets. */
export async function sampleRequest(
  route: RouteKey,
  targets: SampleTargets,
): Promise<InjectOptions> {
  const key = `${route.method} ${route.url}`;
  const analysis =
    targets.surveyAnalysis && /\/(analysis|publication|results)(\/|$)/.test(route.url)
      ? await targets.surveyAnalysis(route.url)
      : undefined;
  const panel =
    targets.panel && route.url.includes("/panels/:panelId")
      ? await targets.panel(route.url)
      : undefined;
  const phoneCampaignId =
    targets.phoneCampaign && /\/(phone\/campaigns|reports\/phone)\/:campaignId/.test(route.url)
      ? await targets.phoneCampaign()
      : undefined;
  const statement =
    targets.statement && route.url.includes("/deliberation/")
      ? await targets.statement(route.url)
      : undefined;
  const roundTable =
    targets.roundTable && route.url.includes("/roundtables/:roundTableId")
      ? await targets.roundTable(route.url)
      : undefined;
  const jury =
    targets.jury && route.url.includes("/juries/:juryId")
      ? await targets.jury(route.url)
      : undefined;
  const values: Record<string, () => string | Promise<string>> = {
    // A round table and meeting of the organization, or ones that do not exist.
    roundTableId: () => roundTable?.roundTableId ?? "00000000-0000-4000-8000-0000000000c1",
    meetingId: () => roundTable?.meetingId ?? "00000000-0000-4000-8000-0000000000c2",
    distributionId: () => roundTable?.distributionId ?? "00000000-0000-4000-8000-0000000000c3",
    responseId: () => roundTable?.responseId ?? "00000000-0000-4000-8000-0000000000c4",
    // A running jury (modules/juries), or ids that do not exist.
    juryId: () => jury?.juryId ?? "00000000-0000-4000-8000-0000000000c0",
    memberId: () =>
      (route.url.endsWith("/guardian-consent") ? jury?.minorId : jury?.memberId) ??
      "00000000-0000-4000-8000-0000000000c1",
    postId: () => jury?.postId ?? "00000000-0000-4000-8000-0000000000c2",
    hearingId: () => "00000000-0000-4000-8000-0000000000c3",
    // A panel taken as far as the route needs, or one that does not exist.
    panelId: () => panel?.panelId ?? "00000000-0000-4000-8000-0000000000b0",
    candidateId: () => panel?.candidateId ?? "00000000-0000-4000-8000-0000000000b1",
    slug: () => targets.slug,
    id: () => targets.conversationId,
    publicId: () => targets.publicId,
    userId: targets.userId,
    tid: () => "0",
    // A panel session's table and a material (modules/panels/sessions): ones that do not exist.
    tableNumber: () => "1",
    materialId: () => panel?.materialId ?? "00000000-0000-4000-8000-0000000000b4",
    sessionId: () =>
      panel?.sessionId ?? targets.kioskSessionId ?? "00000000-0000-4000-8000-000000000000",
    batchId: () => panel?.batchId ?? "00000000-0000-4000-8000-0000000000b5",
    file: () =>
      route.url.includes("/pool/rounds/")
        ? "printing-house.csv"
        : route.url.includes("/actions/open/")
          ? `${targets.actionTableSlug ?? "ei-ole"}.json`
          : "votes.csv",
    // A round that does not exist: the walk proves who is let as far as looking it up.
    roundId: () =>
      targets.roundId ? targets.roundId(route.url) : "00000000-0000-4000-8000-0000000000aa",
    kind: () => "privacy",
    feedbackId: () => targets.feedbackId,
    drawId: () => targets.drawId ?? "00000000-0000-4000-8000-000000000000",
    agreementId: () =>
      targets.sharing?.agreementId(route.url) ?? "00000000-0000-4000-8000-000000000000",
    surveyId: () => targets.surveyId ?? "00000000-0000-4000-8000-000000000000",
    surveySlug: () => targets.surveySlug ?? "ei-kyselya",
    // An action table and measure of the organization, or ones that do not exist.
    tableId: () => targets.actionTableId ?? "00000000-0000-4000-8000-0000000000ab",
    measureId: () => targets.actionMeasureId ?? "00000000-0000-4000-8000-0000000000ac",
    table: () => targets.actionTableSlug ?? "ei-ole",
    recommendationId: () =>
      targets.actionRecommendationId ?? "00000000-0000-4000-8000-0000000000ad",
    // The trail: the table's first recommendation, a source link that does not exist.
    number: () => "1",
    sourceLinkId: () => targets.actionSourceLinkId?.() ?? "00000000-0000-4000-8000-0000000000ae",
    // Without `surveyAnalysis`, ids that do not exist: the walk proves who is let as far as looking.
    questionId: () =>
      analysis?.questionId ??
      (route.url.includes("/jury-space/") ? "00000000-0000-4000-8000-0000000000c4" : "q1"),
    themeId: () => "t1",
    answerId: () => analysis?.answerId ?? "00000000-0000-4000-8000-000000000000",
    // Statements (modules/deliberation): ones that do not exist.
    statementId: () => statement?.statementId ?? "00000000-0000-4000-8000-0000000000b1",
    draftId: () => statement?.draftId ?? "00000000-0000-4000-8000-0000000000b2",
    amendmentId: () => statement?.amendmentId ?? "00000000-0000-4000-8000-0000000000b3",
    // Robot calls: a campaign and a call that do not exist, a prompt of every flow.
    campaignId: () => phoneCampaignId ?? "00000000-0000-4000-8000-0000000000c1",
    callId: () => "00000000-0000-4000-8000-0000000000c2",
    language: () => "fi",
    promptId: () => "intro",
    // Callback secrets and link tokens: a wrong one (the walk proves it refused or not found).
    token: () => "ei-kelpaa-tama-tunnus-0123456789",
  };
  let url = route.url;
  for (const match of route.url.matchAll(/:(\w+)/g)) {
    const value = values[match[1]!];
    if (!value) throw new Error(`route-samples.ts: give a sample value for :${match[1]} (${key})`);
    url = url.replace(match[0], await value());
  }
  url = url.replace("*", "index.html") + (QUERIES[key] ?? "");
  const sampled = sampleBody(key);
  const body =
    key === "POST /api/orgs/:slug/pool/sharing" && targets.sharing
      ? { ...(sampled as object), partner: targets.sharing.partner }
      : key === "POST /api/orgs/:slug/phone/campaigns" && targets.surveyId
        ? { ...(sampled as object), surveyId: targets.surveyId }
        : key === "POST /api/orgs/:slug/surveys/:surveyId/invitations" && targets.surveyDrawId
          ? { drawId: targets.surveyDrawId }
          : key === "POST /api/orgs/:slug/panels/:panelId/withdrawals" && panel
            ? { candidateIds: [panel.candidateId] }
            : key.endsWith("/roundtables/:roundTableId/meetings/:meetingId/snapshot")
              ? { conversationId: targets.conversationId }
              : key === "POST /api/orgs/:slug/juries/:juryId/jurors/from-panel" && jury?.panelId
                ? { panelId: jury.panelId }
                : key === "POST /api/orgs/:slug/juries/:juryId/hearings"
                  ? {
                      expertId: jury?.expertId ?? "00000000-0000-4000-8000-0000000000c5",
                      subject: { fi: "Kuuleminen" },
                    }
                  : key === "PUT /api/orgs/:slug/panels/:panelId/sessions/:sessionId/attendance" &&
                      panel
                    ? { candidateId: panel.candidateId, present: true }
                    : sampled;
  const contentType = CONTENT_TYPES[key];
  // The pool's self-service routes take their session in a header (modules/pool).
  const poolSession =
    /\/pool\/me(\/download|\/withdraw|\/partners)?$/.test(route.url) &&
    !route.url.endsWith("/link");
  const headers = {
    ...(contentType ? { "content-type": contentType } : {}),
    ...(poolSession ? { "x-pool-session": "ei-kelpaa-tama-istunto" } : {}),
  };
  return {
    method: route.method as HTTPMethods,
    url,
    ...(body !== undefined ? { payload: body as InjectOptions["payload"] } : {}),
    ...(Object.keys(headers).length > 0 ? { headers } : {}),
  };
}
