import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import {
  deliberationStatements,
  type Localized,
  type OwnerKind,
  type StatementKind,
  type StatementStatus,
  type SupportScale,
} from "./schema.js";

/**
 * A statement's life: made by its owner module (panel, jury, round tables), worked on while
 * `drafting` → `amending` → `support_check`, then `adopted` (frozen) and `published`.
 */

export type Statement = typeof deliberationStatements.$inferSelect;

const ORDER: StatementStatus[] = ["drafting", "amending", "support_check", "adopted", "published"];

export const fieldError = (
  path: string,
  message: string,
  code: "required" | "invalid" = "invalid",
) => new AppError("validation.failed", message, { errors: [{ path, message, code }] });

/** The statement, in the organization, or "not found". */
export async function findStatement(
  db: Db,
  options: { organizationId: string; statementId: string },
): Promise<Statement> {
  const [statement] = await db
    .select()
    .from(deliberationStatements)
    .where(
      and(
        eq(deliberationStatements.organizationId, options.organizationId),
        eq(deliberationStatements.id, options.statementId),
      ),
    );
  if (!statement) throw new AppError("not_found", "No such statement in this organization.");
  return statement;
}

/** Refuses unless the statement is in one of the statuses (409, naming what is needed). */
export function requireStatus(statement: Statement, allowed: StatementStatus[], what: string) {
  if (!allowed.includes(statement.status)) {
    throw new AppError(
      "conflict",
      `${what} is possible only while the statement is ${allowed.join(" or ")}; it is ${statement.status}.`,
    );
  }
}

/** Before adoption: the statement may still change. */
export const EDITABLE: StatementStatus[] = ["drafting", "amending", "support_check"];

export async function touchStatement(db: Db, statementId: string) {
  await db
    .update(deliberationStatements)
    .set({ updatedAt: new Date() })
    .where(eq(deliberationStatements.id, statementId));
}

export interface NewStatement {
  ownerKind: OwnerKind;
  ownerId: string;
  kind: StatementKind;
  title: string;
  preamble?: Localized | undefined;
  supportScale: SupportScale;
}

/** Makes a statement for its owner (a panel, a jury, round tables), in `drafting`. */
export async function createStatement(
  db: Db,
  options: { organizationId: string; input: NewStatement; actor: Actor },
): Promise<Statement> {
  const title = options.input.title.trim();
  if (!title) throw fieldError("body.title", "Give the statement a title.", "required");
  return db.transaction(async (tx) => {
    const [saved] = await tx
      .insert(deliberationStatements)
      .values({
        organizationId: options.organizationId,
        ownerKind: options.input.ownerKind,
        ownerId: options.input.ownerId,
        kind: options.input.kind,
        title,
        preamble: options.input.preamble ?? {},
        supportScale: options.input.supportScale,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "deliberation.statement_created",
      targetType: "deliberation_statement",
      targetId: saved!.id,
      detail: { ownerKind: saved!.ownerKind, ownerId: saved!.ownerId },
    });
    return saved!;
  });
}

export async function listStatements(
  db: Db,
  options: { organizationId: string; ownerKind?: OwnerKind; ownerId?: string },
): Promise<Statement[]> {
  return db
    .select()
    .from(deliberationStatements)
    .where(
      and(
        eq(deliberationStatements.organizationId, options.organizationId),
        options.ownerKind ? eq(deliberationStatements.ownerKind, options.ownerKind) : undefined,
        options.ownerId ? eq(deliberationStatements.ownerId, options.ownerId) : undefined,
      ),
    )
    .orderBy(desc(deliberationStatements.createdAt), asc(deliberationStatements.id));
}

/** Title, preamble and scale: before adoption; the scale only while drafting. */
export async function updateStatement(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    input: {
      title?: string | undefined;
      preamble?: Localized | undefined;
      supportScale?: SupportScale | undefined;
    };
    actor: Actor;
  },
): Promise<Statement> {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, EDITABLE, "Editing");
    const { title, preamble, supportScale } = options.input;
    if (supportScale && supportScale !== statement.supportScale)
      requireStatus(statement, ["drafting"], "Changing the support scale");
    if (title !== undefined && !title.trim())
      throw fieldError("body.title", "Give the statement a title.", "required");
    const [saved] = await tx
      .update(deliberationStatements)
      .set({
        ...(title !== undefined ? { title: title.trim() } : {}),
        ...(preamble ? { preamble: { ...statement.preamble, ...preamble } } : {}),
        ...(supportScale ? { supportScale } : {}),
        updatedAt: new Date(),
      })
      .where(eq(deliberationStatements.id, statement.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "deliberation.statement_edited",
      targetType: "deliberation_statement",
      targetId: statement.id,
      detail: { fields: Object.keys(options.input) },
    });
    return saved!;
  });
}

/**
 * Moves a statement between the working statuses: forward one step, or back one step before
 * adoption (e.g. from the support check back to amendments). Adoption and publication have
 * their own services.
 */
export async function setStatus(
  db: Db,
  options: { organizationId: string; statementId: string; status: StatementStatus; actor: Actor },
): Promise<Statement> {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, EDITABLE, "Changing the status");
    if (!EDITABLE.includes(options.status))
      throw fieldError("body.status", "Adoption and publication have their own actions.");
    const step = ORDER.indexOf(options.status) - ORDER.indexOf(statement.status);
    if (Math.abs(step) !== 1)
      throw fieldError(
        "body.status",
        `From ${statement.status} the statement moves one step: ${ORDER[ORDER.indexOf(statement.status) - 1] ?? "-"} or ${ORDER[ORDER.indexOf(statement.status) + 1]}.`,
      );
    const [saved] = await tx
      .update(deliberationStatements)
      .set({ status: options.status, updatedAt: new Date() })
      .where(eq(deliberationStatements.id, statement.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "deliberation.status_changed",
      targetType: "deliberation_statement",
      targetId: statement.id,
      detail: { from: statement.status, to: options.status },
    });
    return saved!;
  });
}

/** Records the adoption (date, how) after the support check and freezes the statement. */
export async function adoptStatement(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    input: { adoptedAt?: Date | undefined; how: string };
    actor: Actor;
  },
): Promise<Statement> {
  const how = options.input.how.trim();
  if (!how)
    throw fieldError(
      "body.how",
      'Say how it was adopted, e.g. "support check + vote 34–2".',
      "required",
    );
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["support_check"], "Adoption");
    const [saved] = await tx
      .update(deliberationStatements)
      .set({
        status: "adopted",
        adoptedAt: options.input.adoptedAt ?? new Date(),
        adoptedHow: how,
        updatedAt: new Date(),
      })
      .where(eq(deliberationStatements.id, statement.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "deliberation.statement_adopted",
      targetType: "deliberation_statement",
      targetId: statement.id,
      detail: { how },
    });
    return saved!;
  });
}

/** Records the hand-over (date, body, note) of an adopted statement. */
export async function recordHandover(
  db: Db,
  options: {
    organizationId: string;
    statementId: string;
    input: { on: string; to: string; note?: string | undefined };
    actor: Actor;
  },
): Promise<Statement> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.input.on) || Number.isNaN(Date.parse(options.input.on)))
    throw fieldError("body.on", "Give the date as YYYY-MM-DD.");
  const to = options.input.to.trim();
  if (!to)
    throw fieldError(
      "body.to",
      'Name the body it was handed to, e.g. "aluevaltuusto".',
      "required",
    );
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["adopted", "published"], "Recording the hand-over");
    const [saved] = await tx
      .update(deliberationStatements)
      .set({
        handedOverOn: options.input.on,
        handedOverTo: to,
        handoverNote: options.input.note?.trim() ?? "",
        updatedAt: new Date(),
      })
      .where(eq(deliberationStatements.id, statement.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "deliberation.handover_recorded",
      targetType: "deliberation_statement",
      targetId: statement.id,
      detail: { on: options.input.on, to },
    });
    return saved!;
  });
}

/** Publishes an adopted statement (a public page and PDF) or withdraws its publication. */
export async function publishStatement(
  db: Db,
  options: { organizationId: string; statementId: string; published: boolean; actor: Actor },
): Promise<Statement> {
  return db.transaction(async (tx) => {
    const statement = await findStatement(tx, options);
    requireStatus(statement, ["adopted", "published"], "Publication");
    const now = new Date();
    const [saved] = await tx
      .update(deliberationStatements)
      .set({
        status: options.published ? "published" : "adopted",
        published: options.published,
        publishedAt: options.published ? (statement.publishedAt ?? now) : null,
        updatedAt: now,
      })
      .where(eq(deliberationStatements.id, statement.id))
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: options.published
        ? "deliberation.statement_published"
        : "deliberation.statement_withdrawn",
      targetType: "deliberation_statement",
      targetId: statement.id,
    });
    return saved!;
  });
}
