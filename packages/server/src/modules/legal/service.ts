import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { type Actor, recordAudit } from "../audit/index.js";
import { staffUsers } from "../identity/index.js";
import type { LocalizedText, Organization } from "../organizations/index.js";
import { poolSharingPartners } from "../pool/index.js";
import { type LegalDocumentKind, legalDocuments, legalFacts } from "./schema.js";
import {
  accessibilityTemplate,
  EMPTY_FACTS,
  type LegalFacts,
  privacyTemplate,
} from "./templates.js";

/** A moment as a calendar day in Finland, YYYY-MM-DD. */
export function helsinkiDay(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Helsinki" }).format(at);
}

export interface StoredFacts {
  facts: LegalFacts;
  updatedAt: Date | null;
  updatedBy: string | null;
}

export async function loadFacts(db: Db, organizationId: string): Promise<StoredFacts> {
  const [row] = await db
    .select({ facts: legalFacts, email: staffUsers.email })
    .from(legalFacts)
    .leftJoin(staffUsers, eq(staffUsers.id, legalFacts.updatedBy))
    .where(eq(legalFacts.organizationId, organizationId));
  if (!row) return { facts: EMPTY_FACTS, updatedAt: null, updatedBy: null };
  const { organizationId: _o, updatedAt, updatedBy: _u, ...facts } = row.facts;
  return { facts, updatedAt, updatedBy: row.email };
}

/** The document as generated from the facts; the statement is dated by its facts' last change. */
export function templateOf(
  kind: LegalDocumentKind,
  organization: Organization,
  stored: StoredFacts,
  poolPartners: readonly LocalizedText[] = [],
): { body: LocalizedText; updatedAt: Date } {
  const updatedAt = stored.updatedAt ?? organization.createdAt;
  return {
    body:
      kind === "privacy"
        ? privacyTemplate(organization.name, stored.facts, poolPartners)
        : accessibilityTemplate(organization.name, stored.facts, helsinkiDay(updatedAt)),
    updatedAt,
  };
}

export interface LegalDocument {
  kind: LegalDocumentKind;
  body: LocalizedText;
  /** False while the organization shows the template. */
  edited: boolean;
  updatedAt: Date;
  /** Email of who saved the text last (staff views only). */
  updatedBy: string | null;
  template: LocalizedText;
}

async function editedDocuments(db: Db, organizationId: string) {
  const rows = await db
    .select({ doc: legalDocuments, email: staffUsers.email })
    .from(legalDocuments)
    .leftJoin(staffUsers, eq(staffUsers.id, legalDocuments.updatedBy))
    .where(eq(legalDocuments.organizationId, organizationId));
  return new Map(rows.map((r) => [r.doc.kind, r]));
}

/** Both documents of an organization: its own text where edited, else the template. */
export async function legalDocumentsOf(
  db: Db,
  organization: Organization,
  kinds: readonly LegalDocumentKind[] = ["privacy", "accessibility"],
): Promise<LegalDocument[]> {
  const [stored, edited, partners] = await Promise.all([
    loadFacts(db, organization.id),
    editedDocuments(db, organization.id),
    poolSharingPartners(db, { organizationId: organization.id }),
  ]);
  const partnerNames = partners.map((p) => p.name);
  return kinds.map((kind) => {
    const template = templateOf(kind, organization, stored, partnerNames);
    const own = edited.get(kind);
    return {
      kind,
      body: own?.doc.body ?? template.body,
      edited: own !== undefined,
      updatedAt: own?.doc.updatedAt ?? template.updatedAt,
      updatedBy: own ? own.email : stored.updatedBy,
      template: template.body,
    };
  });
}

/** Saves the organization's own text of a document (audit: legal.document_edited). */
export async function saveLegalDocument(
  db: Db,
  options: { organizationId: string; kind: LegalDocumentKind; body: LocalizedText; actor: Actor },
): Promise<void> {
  const updatedBy = "userId" in options.actor ? options.actor.userId : null;
  await db.transaction(async (tx) => {
    const values = { body: options.body, updatedAt: new Date(), updatedBy };
    await tx
      .insert(legalDocuments)
      .values({ organizationId: options.organizationId, kind: options.kind, ...values })
      .onConflictDoUpdate({
        target: [legalDocuments.organizationId, legalDocuments.kind],
        set: values,
      });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "legal.document_edited",
      targetType: "legal_document",
      targetId: options.kind,
      detail: { languages: (["fi", "sv", "en"] as const).filter((l) => options.body[l].trim()) },
    });
  });
}

/** Goes back to the template (audit: legal.document_reset). */
export async function resetLegalDocument(
  db: Db,
  options: { organizationId: string; kind: LegalDocumentKind; actor: Actor },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .delete(legalDocuments)
      .where(
        and(
          eq(legalDocuments.organizationId, options.organizationId),
          eq(legalDocuments.kind, options.kind),
        ),
      );
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "legal.document_reset",
      targetType: "legal_document",
      targetId: options.kind,
    });
  });
}

/** Saves the facts the templates are made from (audit: legal.facts_changed). */
export async function saveLegalFacts(
  db: Db,
  options: { organizationId: string; facts: LegalFacts; actor: Actor },
): Promise<void> {
  const updatedBy = "userId" in options.actor ? options.actor.userId : null;
  await db.transaction(async (tx) => {
    const values = { ...options.facts, updatedAt: new Date(), updatedBy };
    await tx
      .insert(legalFacts)
      .values({ organizationId: options.organizationId, ...values })
      .onConflictDoUpdate({ target: legalFacts.organizationId, set: values });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "legal.facts_changed",
      targetType: "legal_facts",
      detail: {
        conformance: options.facts.conformance,
        evaluatedOn: options.facts.evaluatedOn,
        nonConformities: options.facts.nonConformities.length,
      },
    });
  });
}
