import { call } from "../api/client.js";
import type { ApiBody, ApiResponse } from "../api/contract.js";

export type MyFees = ApiResponse<"/api/orgs/{slug}/panelists/me/fees">;
export type PaymentDetailsInput = ApiBody<"/api/orgs/{slug}/panelists/me/payment-details", "put">;
export type Attendance =
  ApiResponse<"/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/attendance">;
export type FeeBatch = ApiResponse<"/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}">;
export type BatchInput = ApiBody<"/api/orgs/{slug}/panels/{panelId}/fee-batches", "post">;
export type Tracker = ApiResponse<"/api/orgs/{slug}/incomes-register-tracker">;
export type IncomesRegisterXmlInput = ApiBody<
  "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/incomes-register/xml",
  "post"
>;

/** The panelist's own fees, in their space (the panelist session's cookie). */
export const panelistFeeEndpoints = {
  fees: (slug: string) => call("get", "/api/orgs/{slug}/panelists/me/fees", { params: { slug } }),
  give: (slug: string, json: PaymentDetailsInput) =>
    call("put", "/api/orgs/{slug}/panelists/me/payment-details", {
      params: { slug },
      json,
      csrf: false,
    }),
};

/** Staff: attendance, payment details status, batches, exports, the tracker. */
export const feeStaffEndpoints = {
  attendance: (slug: string, panelId: string, sessionId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/attendance", {
      params: { slug, panelId, sessionId },
    }),
  checkIn: (
    slug: string,
    panelId: string,
    sessionId: string,
    candidateId: string,
    present: boolean,
  ) =>
    call("put", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/attendance", {
      params: { slug, panelId, sessionId },
      json: { candidateId, present },
    }),
  travel: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/travel", { params: { slug, panelId } }),
  setTravel: (
    slug: string,
    panelId: string,
    sessionId: string,
    candidateId: string,
    amount: string,
  ) =>
    call("put", "/api/orgs/{slug}/panels/{panelId}/sessions/{sessionId}/travel/{candidateId}", {
      params: { slug, panelId, sessionId, candidateId },
      json: { amount },
    }),
  detailsStatus: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/payment-details", { params: { slug, panelId } }),
  batches: (slug: string, panelId: string) =>
    call("get", "/api/orgs/{slug}/panels/{panelId}/fee-batches", { params: { slug, panelId } }),
  createBatch: (slug: string, panelId: string, json: BatchInput) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/fee-batches", {
      params: { slug, panelId },
      json,
    }),
  approve: (slug: string, panelId: string, batchId: string) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/approve", {
      params: { slug, panelId, batchId },
    }),
  paid: (slug: string, panelId: string, batchId: string, paymentDate: string) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/paid", {
      params: { slug, panelId, batchId },
      json: { paymentDate },
    }),
  reported: (slug: string, panelId: string, batchId: string) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/reported", {
      params: { slug, panelId, batchId },
    }),
  /** The Incomes Register's XML delivery of a paid batch (the file's text). */
  incomesRegisterXml: (
    slug: string,
    panelId: string,
    batchId: string,
    json: IncomesRegisterXmlInput,
  ) =>
    call("post", "/api/orgs/{slug}/panels/{panelId}/fee-batches/{batchId}/incomes-register/xml", {
      params: { slug, panelId, batchId },
      json,
    }),
  fileUrl: (slug: string, panelId: string, batchId: string, file: "pain001" | "incomes-register") =>
    `/api/orgs/${encodeURIComponent(slug)}/panels/${panelId}/fee-batches/${batchId}/${file}`,
  tracker: (slug: string) =>
    call("get", "/api/orgs/{slug}/incomes-register-tracker", { params: { slug } }),
};

/** Cents as euros in the user's language ("12,50 €"). */
export function euros(cents: number, language: string): string {
  return new Intl.NumberFormat(language === "en" ? "en-GB" : `${language}-FI`, {
    style: "currency",
    currency: "EUR",
  }).format(cents / 100);
}
