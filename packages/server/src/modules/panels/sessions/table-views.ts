import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { listStaff } from "../../identity/index.js";
import { candidatesOf } from "../candidates.js";
import { panelTableSeats, panelTables } from "../schema.js";
import { seatingBalance } from "./seating.js";
import { findSession, seatingFeatures } from "./tables.js";

/** A session's tables: facilitator, the seated by number and attributes, and the balance. */
export async function sessionTables(
  db: Db,
  options: { organizationId: string; panelId: string; sessionId: string },
) {
  const { panel, session } = await findSession(db, options);
  const tables = await db
    .select()
    .from(panelTables)
    .where(
      and(
        eq(panelTables.sessionId, session.id),
        eq(panelTables.organizationId, options.organizationId),
      ),
    )
    .orderBy(asc(panelTables.number));
  const seats = await db
    .select()
    .from(panelTableSeats)
    .where(eq(panelTableSeats.sessionId, session.id));
  const candidates = new Map((await candidatesOf(db, panel)).map((c) => [c.id, c]));
  const staff = new Map((await listStaff(db, options)).map((s) => [s.id, s]));
  const numberOf = new Map(tables.map((t) => [t.id, t.number]));
  const people = seats.map((s) => {
    const c = candidates.get(s.candidateId)!;
    return { id: c.id, attributes: { ...c.attributes, language: c.language } };
  });
  const seating = new Map(seats.map((s) => [s.candidateId, numberOf.get(s.tableId)!]));
  const features = seatingFeatures(panel);
  return {
    session,
    features,
    balance: seats.length > 0 ? seatingBalance(people, seating, features) : null,
    tables: tables.map((t) => {
      const facilitator = t.facilitatorId ? staff.get(t.facilitatorId) : undefined;
      return {
        ...t,
        facilitator: facilitator
          ? { id: facilitator.id, name: facilitator.displayName || facilitator.email }
          : null,
        seats: seats
          .filter((s) => s.tableId === t.id)
          .map((s) => {
            const c = candidates.get(s.candidateId)!;
            return {
              candidateId: c.id,
              number: c.number,
              attributes: c.attributes,
              language: c.language,
              movedByHand: s.movedBy !== null,
            };
          })
          .sort((a, b) => a.number - b.number),
      };
    }),
  };
}

/** A panelist's own table in each session (number and facilitator's name), for their space. */
export async function panelistTables(
  db: Db,
  options: { organizationId: string; candidateId: string },
) {
  const rows = await db
    .select({ sessionId: panelTableSeats.sessionId, table: panelTables })
    .from(panelTableSeats)
    .innerJoin(panelTables, eq(panelTables.id, panelTableSeats.tableId))
    .where(
      and(
        eq(panelTableSeats.candidateId, options.candidateId),
        eq(panelTableSeats.organizationId, options.organizationId),
      ),
    );
  const staff = new Map((await listStaff(db, options)).map((s) => [s.id, s]));
  return rows.map((r) => {
    const f = r.table.facilitatorId ? staff.get(r.table.facilitatorId) : undefined;
    return {
      sessionId: r.sessionId,
      tableNumber: r.table.number,
      facilitator: f?.displayName || null,
    };
  });
}
