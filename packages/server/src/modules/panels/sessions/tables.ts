import { and, eq, gt, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { listStaff } from "../../identity/index.js";
import { candidatesOf } from "../candidates.js";
import { panelSessions, panelTableNotes, panelTableSeats, panelTables } from "../schema.js";
import { findPanel, type Panel } from "../setup.js";
import { assignTables, type SeatingPerson, seatingBalance } from "./seating.js";

const fieldError = (path: string, message: string) =>
  new AppError("validation.failed", message, { errors: [{ path, message, code: "invalid" }] });

/** The features a seating mixes: the quotas' features and the panelist's language. */
export const seatingFeatures = (panel: Panel) => [
  ...new Set([...panel.quotas.map((q) => q.feature), "language"]),
];

/** A session of the panel, in the organization, or "not found". */
export async function findSession(
  db: Db,
  options: { organizationId: string; panelId: string; sessionId: string },
) {
  const panel = await findPanel(db, options);
  const [session] = await db
    .select()
    .from(panelSessions)
    .where(
      and(
        eq(panelSessions.id, options.sessionId),
        eq(panelSessions.panelId, panel.id),
        eq(panelSessions.organizationId, options.organizationId),
      ),
    );
  if (!session) throw new AppError("not_found", "No such session.");
  return { panel, session };
}

/** The seated panelists a session's tables are for: the confirmed ones, as seating people. */
async function seatedPeople(db: Db, panel: Panel) {
  const rows = (await candidatesOf(db, panel)).filter((c) => c.status === "confirmed");
  return rows.map((c) => ({
    candidate: c,
    person: { id: c.id, attributes: { ...c.attributes, language: c.language } } as SeatingPerson,
  }));
}

/**
 * Seats the confirmed panelists of a session at `tables` tables (or tables of `tableSize`),
 * balanced over the strata (`assignTables`, seed `seed` or `session-<position>`). Tables keep
 * their number and facilitator; surplus tables go unless they have notes. One transaction.
 */
export async function assignSessionTables(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    sessionId: string;
    tables?: number | undefined;
    tableSize?: number | undefined;
    seed?: string | undefined;
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const { panel, session } = await findSession(tx, options);
    const people = await seatedPeople(tx, panel);
    if (people.length === 0)
      throw new AppError("conflict", "The panel has no confirmed panelists to seat.");
    const count =
      options.tables ?? (options.tableSize ? Math.ceil(people.length / options.tableSize) : 0);
    if (!count) throw fieldError("body.tables", "Give the number of tables or the table size.");
    if (count > people.length)
      throw fieldError("body.tables", "There are more tables than panelists.");
    const seed = options.seed?.trim() || `session-${session.position + 1}`;
    const features = seatingFeatures(panel);
    const seating = assignTables(
      people.map((p) => p.person),
      { tables: count, features, seed },
    );
    const surplus = await tx
      .select({ id: panelTables.id })
      .from(panelTables)
      .where(and(eq(panelTables.sessionId, session.id), gt(panelTables.number, count)));
    if (surplus.length > 0) {
      const [noted] = await tx
        .select({ id: panelTableNotes.id })
        .from(panelTableNotes)
        .where(
          inArray(
            panelTableNotes.tableId,
            surplus.map((s) => s.id),
          ),
        )
        .limit(1);
      if (noted) throw new AppError("conflict", "A table that would go has notes; keep it.");
      await tx.delete(panelTables).where(
        inArray(
          panelTables.id,
          surplus.map((s) => s.id),
        ),
      );
    }
    await tx.delete(panelTableSeats).where(eq(panelTableSeats.sessionId, session.id));
    const tableIds = new Map<number, string>();
    for (let number = 1; number <= count; number++) {
      const [row] = await tx
        .insert(panelTables)
        .values({
          organizationId: options.organizationId,
          panelId: panel.id,
          sessionId: session.id,
          number,
          seed,
        })
        .onConflictDoUpdate({
          target: [panelTables.sessionId, panelTables.number],
          set: { seed },
        })
        .returning({ id: panelTables.id });
      tableIds.set(number, row!.id);
    }
    await tx.insert(panelTableSeats).values(
      people.map((p) => ({
        organizationId: options.organizationId,
        sessionId: session.id,
        tableId: tableIds.get(seating.get(p.person.id)!)!,
        candidateId: p.candidate.id,
      })),
    );
    const balance = seatingBalance(
      people.map((p) => p.person),
      seating,
      features,
    );
    await audit(tx, options, "panels.tables_assigned", session.id, {
      tables: count,
      seed,
      people: people.length,
      worstSpread: balance.worstSpread,
    });
  });
}

/** Moves one panelist to another table of the session by hand. */
export async function moveSeat(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    sessionId: string;
    candidateId: string;
    tableNumber: number;
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const { session } = await findSession(tx, options);
    const table = await tableOf(tx, session.id, options.tableNumber, "body.tableNumber");
    const moved = await tx
      .update(panelTableSeats)
      .set({ tableId: table.id, movedBy: "userId" in options.actor ? options.actor.userId : null })
      .where(
        and(
          eq(panelTableSeats.sessionId, session.id),
          eq(panelTableSeats.candidateId, options.candidateId),
          eq(panelTableSeats.organizationId, options.organizationId),
        ),
      )
      .returning({ id: panelTableSeats.id });
    if (moved.length === 0)
      throw new AppError("not_found", "The panelist has no seat in this session.");
    await audit(tx, options, "panels.seat_moved", session.id, {
      candidateId: options.candidateId,
      tableNumber: options.tableNumber,
    });
  });
}

/**
 * The staff a panel's tables can be given to: the organization's members with the facilitator
 * role (id and name only). Names of colleagues are personal data: the read is audited.
 */
export async function panelFacilitators(
  db: Db,
  options: { organizationId: string; panelId: string; actor: Actor },
) {
  const panel = await findPanel(db, options);
  const staff = await listStaff(db, options);
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action: "panels.facilitators_read",
    targetType: "panel",
    targetId: panel.id,
  });
  return staff
    .filter((s) => s.roles.includes("facilitator"))
    .map((s) => ({ id: s.id, name: s.displayName }))
    .sort((a, b) => a.name.localeCompare(b.name, "fi"));
}

/** Sets (or clears) a table's facilitator: a staff member with the facilitator role. */
export async function setFacilitator(
  db: Db,
  options: {
    organizationId: string;
    panelId: string;
    sessionId: string;
    tableNumber: number;
    facilitatorId: string | null;
    actor: Actor;
  },
) {
  return db.transaction(async (tx) => {
    const { session } = await findSession(tx, options);
    const table = await tableOf(tx, session.id, options.tableNumber, "params.tableNumber");
    if (options.facilitatorId) {
      const staff = await listStaff(tx, options);
      const member = staff.find((s) => s.id === options.facilitatorId);
      if (!member?.roles.includes("facilitator"))
        throw fieldError("body.facilitatorId", "Choose a staff member with the facilitator role.");
    }
    await tx
      .update(panelTables)
      .set({ facilitatorId: options.facilitatorId })
      .where(eq(panelTables.id, table.id));
    await audit(tx, options, "panels.facilitator_set", session.id, {
      tableNumber: options.tableNumber,
      facilitatorId: options.facilitatorId,
    });
  });
}

export async function tableOf(db: Db, sessionId: string, number: number, path: string) {
  const [table] = await db
    .select()
    .from(panelTables)
    .where(and(eq(panelTables.sessionId, sessionId), eq(panelTables.number, number)));
  if (!table) throw fieldError(path, "No table with this number in the session.");
  return table;
}

async function audit(
  db: Db,
  options: { organizationId: string; actor: Actor },
  action: string,
  sessionId: string,
  detail: Record<string, unknown>,
) {
  await recordAudit(db, {
    organizationId: options.organizationId,
    actor: options.actor,
    action,
    targetType: "panel_session",
    targetId: sessionId,
    detail,
  });
}
