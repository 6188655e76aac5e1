import { createHash, randomBytes } from "node:crypto";
import { type Answers, checkAnswers, type Definition, parseDefinition } from "@kuulo/survey";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { enforceRateLimit } from "../../http/rate-limit.js";
import { findInvitation, markTookPart, readInvitation } from "../messaging/index.js";
import { findOrganizationBySlug, type Organization } from "../organizations/index.js";
import {
  completeResponse,
  insertResponse,
  type MyResponse,
  mine,
  selectByToken,
  updateAnswers,
} from "./answering-queries.js";
import { latestVersion } from "./building.js";
import { readKiosk } from "./kiosk.js";
import { memberAttributes, prefillAnswers } from "./prefill.js";
import { problemsError } from "./problems.js";
import {
  type Survey,
  type SurveyVersion,
  surveyResponses,
  surveys,
  surveyVersions,
} from "./schema.js";
import { screenAnswers } from "./screening.js";

export type { MyResponse } from "./answering-queries.js";

export interface OpenSurvey {
  organization: Organization;
  survey: Survey;
  version: SurveyVersion;
  definition: Definition;
}

/** Whether residents may answer now: open, published, and within its dates. */
export function answerable(survey: Survey, now = new Date()): boolean {
  return (
    survey.status === "open" &&
    (!survey.opensAt || survey.opensAt <= now) &&
    (!survey.closesAt || survey.closesAt > now)
  );
}

/** Published versions never change: each is parsed once per process (bounded cache). */
const parsed = new Map<string, Definition>();
const definitionOf = (version: SurveyVersion) => {
  let definition = parsed.get(version.id);
  if (!definition) {
    definition = parseDefinition(version.definition);
    if (parsed.size >= 200) parsed.delete(parsed.keys().next().value!);
    parsed.set(version.id, definition);
  }
  return definition;
};

/** A published survey by its public address (404 for a draft, or none). */
export async function publicSurvey(
  db: Db,
  options: { orgSlug: string; surveySlug: string },
): Promise<OpenSurvey> {
  const organization = await findOrganizationBySlug(db, options.orgSlug);
  const [survey] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.organizationId, organization.id), eq(surveys.slug, options.surveySlug)));
  const version =
    survey && survey.status !== "draft" ? await latestVersion(db, survey.id) : undefined;
  if (!survey || !version) throw new AppError("not_found", "No such survey.");
  return { organization, survey, version, definition: definitionOf(version) };
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const newToken = () => randomBytes(32).toString("base64url");

function requireAnswerable(survey: Survey) {
  if (!answerable(survey))
    throw new AppError("survey.closed", "The survey is not open for answers.");
}

/**
 * Starts a response to the newest version (channel web, or event at a kiosk) and answers its
 * resume token (kept only hashed). With a personal invitation's token the response is bound to
 * that invitation: one response per invitation; an unfinished one is resumed with a new token.
 * `limit`: starts per 10 minutes from the client address, or from the kiosk (its own count,
 * checked only once its token is valid): 429 with Retry-After beyond.
 */
export async function startResponse(
  db: Db,
  options: {
    open: OpenSurvey;
    invitation?: string;
    kiosk?: string;
    limit?: { address: string; perTenMinutes: number };
  },
): Promise<{ response: MyResponse; token: string }> {
  const { survey, version, organization } = options.open;
  requireAnswerable(survey);
  const token = newToken();
  // A kiosk: a fresh respondent each time, channel "event", the event's name as the source.
  const kiosk = options.kiosk ? await readKiosk(db, options.kiosk, survey.id) : undefined;
  if (options.limit) {
    await enforceRateLimit(db, {
      key: kiosk ? `survey-start:k:${options.kiosk}` : `survey-start:a:${options.limit.address}`,
      limit: options.limit.perTenMinutes,
      windowSeconds: 600,
    });
  }
  let invitationId: string | null = null;
  let memberId: string | null = null;
  if (options.invitation) {
    const invitation = await readInvitation(db, options.invitation);
    const path = `/${organization.slug}/surveys/${survey.slug}`;
    if (
      !invitation ||
      invitation.organizationId !== organization.id ||
      !(invitation.targetPath === path || invitation.targetPath.startsWith(`${path}?`))
    ) {
      throw new AppError("validation.failed", "The invitation is not for this survey.", {
        errors: [
          { path: "body.invitation", code: "invalid_value", message: "not for this survey" },
        ],
      });
    }
    invitationId = invitation.id;
    memberId = survey.anonymity === "linked" ? invitation.recipientRef : null;
    const [existing] = await db
      .select()
      .from(surveyResponses)
      .where(eq(surveyResponses.poolInvitationId, invitation.id));
    if (existing?.status === "complete") {
      throw new AppError("survey.answered", "This invitation has already been answered.");
    }
    if (existing) {
      const [resumed] = await db
        .update(surveyResponses)
        .set({ resumeTokenHash: hashToken(token), updatedAt: new Date() })
        .where(eq(surveyResponses.id, existing.id))
        .returning(mine);
      return { response: resumed!, token };
    }
  }
  const response = await insertResponse(db, {
    organizationId: organization.id,
    surveyId: survey.id,
    versionId: version.id,
    channel: kiosk ? "event" : "web",
    sourceNote: kiosk?.eventName ?? null,
    poolInvitationId: invitationId,
    poolMemberId: memberId,
    hash: hashToken(token),
  });
  // Two starts from one invitation at once: the second finds the first.
  if (!response) throw new AppError("conflict", "The invitation's response was just started.");
  // A linked survey's invitation: background questions start from the member's pool data.
  const member = memberId
    ? await memberAttributes(db, { organizationId: organization.id, memberId })
    : undefined;
  const prefill = member ? prefillAnswers(options.open.definition, member) : undefined;
  if (prefill && prefill.prefilled.length > 0) {
    const [filled] = await db
      .update(surveyResponses)
      .set({ answers: prefill.answers, prefilled: prefill.prefilled })
      .where(eq(surveyResponses.id, response.id))
      .returning(mine);
    return { response: filled!, token };
  }
  return { response, token };
}

/** A version's definition: the open survey's (cached), or an older one read once and kept. */
async function versionDefinition(db: Db, open: OpenSurvey, versionId: string) {
  if (versionId === open.version.id) return open.definition;
  const cached = parsed.get(versionId);
  if (cached) return cached;
  const [version] = await db.select().from(surveyVersions).where(eq(surveyVersions.id, versionId));
  if (!version) throw new AppError("not_found", "No response to continue.");
  return definitionOf(version);
}

/**
 * The unfinished response behind a resume token, of this survey (404 otherwise). Reads only
 * the response's own columns: the definition comes from the cache, not with every row.
 */
export async function responseByToken(
  db: Db,
  options: { open: OpenSurvey; token: string | undefined },
): Promise<{ response: MyResponse; definition: Definition }> {
  if (!options.token) throw new AppError("not_found", "No response to continue.");
  const response = await selectByToken(db, {
    hash: hashToken(options.token),
    surveyId: options.open.survey.id,
  });
  if (!response) throw new AppError("not_found", "No response to continue.");
  return { response, definition: await versionDefinition(db, options.open, response.versionId) };
}

/**
 * Checks answers against the version (`pages`: the pages whose required questions must be
 * answered; `requireAll` at the end); answers to questions now hidden are dropped, texts
 * screened. 400 names each problem at body.answers.<question>.
 */
export function checkedAnswers(
  definition: Definition,
  answers: Record<string, unknown>,
  options: { pages?: string[]; requireAll?: boolean },
): Answers {
  const given = Object.fromEntries(Object.entries(answers).filter(([, v]) => v !== null));
  const checked = checkAnswers(definition, given, options);
  if (checked.problems.length > 0) {
    throw problemsError("Some answers need attention.", checked.problems, "body");
  }
  return screenAnswers(checked.answers);
}

/** Saves a page: the answers given replace those stored (null clears one). */
export async function saveAnswers(
  db: Db,
  options: {
    open: OpenSurvey;
    token: string | undefined;
    page?: string;
    answers: Record<string, unknown>;
  },
): Promise<MyResponse> {
  requireAnswerable(options.open.survey);
  const { response, definition } = await responseByToken(db, options);
  if (options.page && !definition.pages.some((p) => p.id === options.page)) {
    throw new AppError("validation.failed", "No such page.", {
      errors: [{ path: "body.page", code: "invalid_value", message: "not a page of this survey" }],
    });
  }
  const merged = { ...response.answers, ...options.answers };
  const answers = checkedAnswers(definition, merged, {
    ...(options.page ? { pages: [options.page] } : {}),
  });
  const saved = await updateAnswers(db, { id: response.id, answers });
  return saved!;
}

/**
 * Submits: every required visible question answered; the invitation is marked "took part" in
 * the same transaction. Without an invitation the submission is one UPDATE (no transaction to
 * open): it applies only while the response is still unfinished under the same token.
 */
export async function submitResponse(
  db: Db,
  options: { open: OpenSurvey; token: string | undefined; answers: Record<string, unknown> },
): Promise<MyResponse> {
  requireAnswerable(options.open.survey);
  const complete = async (tx: Db, response: MyResponse, definition: Definition) => {
    const answers = checkedAnswers(
      definition,
      { ...response.answers, ...options.answers },
      { requireAll: true },
    );
    const saved = await completeResponse(tx, {
      id: response.id,
      hash: response.resumeTokenHash!,
      answers,
    });
    if (!saved) throw new AppError("not_found", "No response to continue.");
    return saved;
  };
  const { response, definition } = await responseByToken(db, options);
  const invitationId = response.poolInvitationId;
  if (!invitationId) return complete(db, response, definition);
  return db.transaction(async (tx) => {
    const saved = await complete(tx, response, definition);
    const invitation = await findInvitation(tx, invitationId);
    if (invitation) await markTookPart(tx, invitation);
    return saved;
  });
}
