import { z } from "zod";
import { SHARING_STATUSES } from "../schema.js";
import type { listAgreements } from "./agreements.js";

const localized = z.object({ fi: z.string(), sv: z.string(), en: z.string() });
const party = z.object({ id: z.string(), slug: z.string(), name: localized });

/** A sharing agreement as both parties see it; `role` is the viewing organization's part. */
export const agreementResponse = z.object({
  id: z.string(),
  role: z.enum(["host", "partner"]),
  host: party,
  partner: party,
  status: z.enum(SHARING_STATUSES),
  reference: z.string(),
  proposedAt: z.string(),
  acceptedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
});

export const agreementListResponse = z.object({ agreements: z.array(agreementResponse) });

type Listed = Awaited<ReturnType<typeof listAgreements>>[number];

export function toAgreement(row: Listed): z.infer<typeof agreementResponse> {
  const a = row.agreement;
  return {
    id: a.id,
    role: row.role,
    host: row.host,
    partner: row.partner,
    status: a.status,
    reference: a.reference,
    proposedAt: a.proposedAt.toISOString(),
    acceptedAt: a.acceptedAt?.toISOString() ?? null,
    endedAt: a.endedAt?.toISOString() ?? null,
  };
}

/** The partners on the join page: who else may invite the member, if the member so chooses. */
export const formPartnersResponse = z.array(party);

export const partnerConsentResponse = z.object({
  id: z.number(),
  partner: z.object({ id: z.string(), slug: z.string(), name: localized }),
  agreementId: z.string(),
  givenAt: z.string(),
  givenVia: z.string(),
  withdrawnAt: z.string().nullable(),
});
