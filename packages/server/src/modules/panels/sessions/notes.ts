import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { addProposal } from "../../deliberation/index.js";
import { panelTableNotes, panelTables } from "../schema.js";
import { panelStatement } from "../statement.js";
import { findSession, tableOf } from "./tables.js";

/** The label a table's proposal carries in the statement: "Istunto 2, pöytä 3". */
export const tableLabel = (sessionPosition: number, tableNumber: number) =>
  `Istunto ${sessionPosition + 1}, pöytä ${tableNumber}`;

/**
 * A facilitator writes down a note of a table, or a proposal of the table: a proposal also
 * goes into the panel statement's proposals (deliberation's addProposal), to be merged into
 * draft recommendations there. One transaction.
 */
export async function addTableNote(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    sessionId: string;
    tableNumber: number;
    kind: "note" | "proposal";
    text: string;
    actor: Actor;
  },
) {
  const text = options.text.trim();
  if (!text)
    throw new AppError("validation.failed", "Write the note.", {
      errors: [{ path: "body.text", message: "Write the note.", code: "required" }],
    });
  return db.transaction(async (tx) => {
    const { panel, session } = await findSession(tx, options);
    const table = await tableOf(tx, session.id, options.tableNumber, "params.tableNumber");
    let proposalId: string | null = null;
    if (options.kind === "proposal") {
      const statement = await panelStatement(tx, { ...options, panelId: panel.id });
      if (!statement) throw new AppError("conflict", "Start the panel's statement first.");
      const proposal = await addProposal(tx, {
        organizationId: options.organizationId,
        statementId: statement.id,
        input: { sourceLabel: tableLabel(session.position, table.number), text },
        actor: options.actor,
      });
      proposalId = proposal.id;
    }
    const [saved] = await tx
      .insert(panelTableNotes)
      .values({
        organizationId: options.organizationId,
        tableId: table.id,
        kind: options.kind,
        text,
        proposalId,
        createdBy: "userId" in options.actor ? options.actor.userId : null,
      })
      .returning();
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "panels.note_added",
      targetType: "panel_table",
      targetId: table.id,
      detail: { kind: options.kind, proposalId },
    });
    return saved!;
  });
}

/** A session's notes and proposals, by table number and time. */
export async function sessionNotes(
  db: Db,
  options: { organizationId: string; panelId: string; sessionId: string },
) {
  const { session } = await findSession(db, options);
  return db
    .select({
      id: panelTableNotes.id,
      tableNumber: panelTables.number,
      kind: panelTableNotes.kind,
      text: panelTableNotes.text,
      proposalId: panelTableNotes.proposalId,
      createdAt: panelTableNotes.createdAt,
      createdBy: panelTableNotes.createdBy,
    })
    .from(panelTableNotes)
    .innerJoin(panelTables, eq(panelTables.id, panelTableNotes.tableId))
    .where(
      and(
        eq(panelTables.sessionId, session.id),
        eq(panelTableNotes.organizationId, options.organizationId),
      ),
    )
    .orderBy(asc(panelTables.number), asc(panelTableNotes.createdAt));
}
