import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../audit/index.js";
import { createStatement } from "../deliberation/index.js";
import { feedProposal } from "./meetings.js";
import { audit, findRoundTable } from "./processes.js";
import { roundTableMeetings, roundTableProposals, roundTables } from "./schema.js";

/**
 * The process's one public statement (julkilausuma), made through deliberation's tools: the
 * meetings' proposals become its proposals (merged, supported, adopted and published on the
 * statement's own routes). Where it was sent and the responses received are in sending.ts.
 */

type Scope = { organizationId: string; roundTableId: string; actor: Actor };

export async function startStatement(db: Db, options: Scope & { title?: string | undefined }) {
  return db.transaction(async (tx) => {
    const table = await findRoundTable(tx, options);
    if (table.statementId) throw new AppError("conflict", "The round table has a statement.");
    const statement = await createStatement(tx, {
      organizationId: options.organizationId,
      input: {
        ownerKind: "round_table",
        ownerId: table.id,
        kind: "public_statement",
        title: options.title?.trim() || table.title.fi || table.title.sv || table.title.en || "",
        supportScale: "consent",
      },
      actor: options.actor,
    });
    const [updated] = await tx
      .update(roundTables)
      .set({ statementId: statement.id, status: "writing", updatedAt: new Date() })
      .where(eq(roundTables.id, table.id))
      .returning();
    const meetings = await tx
      .select()
      .from(roundTableMeetings)
      .where(
        and(
          eq(roundTableMeetings.organizationId, options.organizationId),
          eq(roundTableMeetings.roundTableId, table.id),
        ),
      )
      .orderBy(asc(roundTableMeetings.heldOn));
    const proposals = meetings.length
      ? await tx
          .select()
          .from(roundTableProposals)
          .where(
            and(
              eq(roundTableProposals.organizationId, options.organizationId),
              inArray(
                roundTableProposals.meetingId,
                meetings.map((m) => m.id),
              ),
              isNull(roundTableProposals.statementProposalId),
            ),
          )
          .orderBy(asc(roundTableProposals.createdAt))
      : [];
    for (const meeting of meetings) {
      for (const p of proposals.filter((x) => x.meetingId === meeting.id))
        await feedProposal(tx, { ...options, table: updated!, meeting }, p);
    }
    await audit(tx, options, "roundtable.statement_started", table.id, {
      statementId: statement.id,
      proposals: proposals.length,
    });
    return { roundTable: updated!, statementId: statement.id };
  });
}
