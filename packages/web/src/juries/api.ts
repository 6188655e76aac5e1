import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type Space = ApiResponse<"/api/orgs/{slug}/jury-space/me">;
export type Post = ApiResponse<"/api/orgs/{slug}/jury-space/me/posts">["posts"][number];
export type Jury = ApiResponse<"/api/orgs/{slug}/juries/{juryId}">;
export type PublicJury = ApiResponse<"/api/orgs/{slug}/jury-pages/{juryId}">;
export type JuryInput = ApiBody<"/api/orgs/{slug}/juries", "post">;
export type JurorInput = ApiBody<"/api/orgs/{slug}/juries/{juryId}/jurors", "post">;
export type ExpertInput = ApiBody<"/api/orgs/{slug}/juries/{juryId}/experts", "post">;
export type MaterialInput = ApiBody<"/api/orgs/{slug}/juries/{juryId}/materials", "post">;
export type HearingInput = ApiBody<"/api/orgs/{slug}/juries/{juryId}/hearings", "post">;
export type DecisionResponseInput = ApiBody<
  "/api/orgs/{slug}/juries/{juryId}/decision-response",
  "put"
>;
export type Member = ApiResponse<"/api/orgs/{slug}/juries/{juryId}/members">["members"][number];
export type Reaction = "agree" | "thanks" | "question";
export type Phase = Jury["phase"];
export const PHASES: Phase[] = ["get_to_know", "hear_experts", "deliberate", "write", "publish"];

/** The jury space (jurors and experts): public calls with the space's cookie, no CSRF. */
export const juryEndpoints = {
  open: (slug: string, token: string) =>
    call("post", "/api/orgs/{slug}/jury-space/session", {
      params: { slug },
      json: { token },
      csrf: false,
    }),
  me: (slug: string) => call("get", "/api/orgs/{slug}/jury-space/me", { params: { slug } }),
  preferences: (
    slug: string,
    json: { plainLanguage?: boolean; digest?: "none" | "email" | "sms" },
  ) =>
    call("put", "/api/orgs/{slug}/jury-space/me/preferences", {
      params: { slug },
      json,
      csrf: false,
    }),
  posts: (slug: string) =>
    call("get", "/api/orgs/{slug}/jury-space/me/posts", { params: { slug } }),
  post: (slug: string, body: string, parentId: string | null) =>
    call("post", "/api/orgs/{slug}/jury-space/me/posts", {
      params: { slug },
      json: { body, parentId },
      csrf: false,
    }),
  react: (slug: string, postId: string, kind: Reaction, on: boolean) =>
    call("put", "/api/orgs/{slug}/jury-space/me/posts/{postId}/reactions", {
      params: { slug, postId },
      json: { kind, on },
      csrf: false,
    }),
  ask: (slug: string, hearingId: string, question: string) =>
    call("post", "/api/orgs/{slug}/jury-space/me/hearings/{hearingId}/questions", {
      params: { slug, hearingId },
      json: { question },
      csrf: false,
    }),
  answer: (slug: string, questionId: string, answer: string, videoUrl: string | null) =>
    call("put", "/api/orgs/{slug}/jury-space/me/questions/{questionId}/answer", {
      params: { slug, questionId },
      json: { answer, videoUrl },
      csrf: false,
    }),
  statement: (slug: string) =>
    call("get", "/api/orgs/{slug}/jury-space/me/statement", { params: { slug } }),
  support: (slug: string, recommendationId: string, level: number) =>
    call("post", "/api/orgs/{slug}/jury-space/me/statement/support", {
      params: { slug },
      json: { recommendationId, level },
      csrf: false,
    }),
  amend: (
    slug: string,
    recommendationId: string,
    input: { proposedText: string; comment: string },
  ) =>
    call("post", "/api/orgs/{slug}/jury-space/me/statement/amendments", {
      params: { slug },
      json: {
        recommendationId,
        ...(input.proposedText.trim() ? { proposedText: input.proposedText } : {}),
        ...(input.comment.trim() ? { comment: input.comment } : {}),
      },
      csrf: false,
    }),
  page: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/jury-pages/{juryId}", { params: { slug, juryId } }),
};

/** Staff calls. */
export const juryStaffEndpoints = {
  list: (slug: string) => call("get", "/api/orgs/{slug}/juries", { params: { slug } }),
  jury: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/juries/{juryId}", { params: { slug, juryId } }),
  members: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/juries/{juryId}/members", { params: { slug, juryId } }),
  phase: (slug: string, juryId: string, phase: Phase) =>
    call("put", "/api/orgs/{slug}/juries/{juryId}/phase", {
      params: { slug, juryId },
      json: { phase },
    }),
  status: (slug: string, juryId: string, status: "running" | "finished") =>
    call("put", "/api/orgs/{slug}/juries/{juryId}/status", {
      params: { slug, juryId },
      json: { status },
    }),
  posts: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/juries/{juryId}/posts", { params: { slug, juryId } }),
  moderate: (
    slug: string,
    juryId: string,
    postId: string,
    action: "approve" | "hide" | "pin" | "unpin",
    reason: string,
  ) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/posts/{postId}/moderation", {
      params: { slug, juryId, postId },
      json: { action, reason },
    }),
  summary: (slug: string, juryId: string, body: string) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/summaries", {
      params: { slug, juryId },
      json: { body },
    }),
  create: (slug: string, json: JuryInput) =>
    call("post", "/api/orgs/{slug}/juries", { params: { slug }, json }),
  update: (slug: string, juryId: string, json: JuryInput) =>
    call("put", "/api/orgs/{slug}/juries/{juryId}", { params: { slug, juryId }, json }),
  statement: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/juries/{juryId}/statement", { params: { slug, juryId } }),
  startStatement: (slug: string, juryId: string) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/statement", {
      params: { slug, juryId },
      json: {},
    }),
  respond: (slug: string, juryId: string, json: DecisionResponseInput) =>
    call("put", "/api/orgs/{slug}/juries/{juryId}/decision-response", {
      params: { slug, juryId },
      json,
    }),
  /** The organization's panels (panel.read), to take jurors from one's draw. */
  panels: (slug: string) => call("get", "/api/orgs/{slug}/panels", { params: { slug } }),
  fromPanel: (slug: string, juryId: string, panelId: string) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/jurors/from-panel", {
      params: { slug, juryId },
      json: { panelId },
    }),
  addJuror: (slug: string, juryId: string, json: JurorInput) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/jurors", { params: { slug, juryId }, json }),
  addExpert: (slug: string, juryId: string, json: ExpertInput) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/experts", { params: { slug, juryId }, json }),
  consent: (slug: string, juryId: string, memberId: string, consentGivenOn: string, how: string) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/members/{memberId}/guardian-consent", {
      params: { slug, juryId, memberId },
      json: { consentGivenOn, how },
    }),
  invite: (slug: string, juryId: string, expiresOn: string) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/invitations", {
      params: { slug, juryId },
      json: { expiresOn },
    }),
  materials: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/juries/{juryId}/materials", { params: { slug, juryId } }),
  addMaterial: (slug: string, juryId: string, json: MaterialInput) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/materials", {
      params: { slug, juryId },
      json,
    }),
  hearings: (slug: string, juryId: string) =>
    call("get", "/api/orgs/{slug}/juries/{juryId}/hearings", { params: { slug, juryId } }),
  addHearing: (slug: string, juryId: string, json: HearingInput) =>
    call("post", "/api/orgs/{slug}/juries/{juryId}/hearings", {
      params: { slug, juryId },
      json,
    }),
};
