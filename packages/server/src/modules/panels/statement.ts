import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../audit/index.js";
import {
  createStatement,
  listStatements,
  type Statement,
  setParticipants,
} from "../deliberation/index.js";
import { candidatesOf } from "./candidates.js";
import { findPanel } from "./setup.js";

/** Panelists who take part in the statement: those seated (confirmed, or selected and not yet answered). */
const TAKING_PART = new Set(["confirmed", "selected"]);

/** A panelist's label in the statement: their number, never their name. */
export const panelistLabel = (number: number) => `Panelisti ${number + 1}`;

/** The panel's statement (the newest), or undefined before one is started. */
export async function panelStatement(
  db: Db,
  options: { organizationId: string; panelId: string },
): Promise<Statement | undefined> {
  const [newest] = await listStatements(db, {
    organizationId: options.organizationId,
    ownerKind: "panel",
    ownerId: options.panelId,
  });
  return newest;
}

/**
 * Starts the panel's final statement (loppulausuma) in the deliberation module, with the seated
 * panelists as its participants (by candidate id, labelled by number); when it exists, brings
 * its participants up to date (e.g. after a replacement). One transaction.
 */
export async function startPanelStatement(
  db: Db,
  options: { organizationId: string; panelId: string; title?: string; actor: Actor },
): Promise<{ statement: Statement; participants: number }> {
  return db.transaction(async (tx) => {
    const panel = await findPanel(tx, options);
    if (panel.status === "draft" || panel.status === "recruiting")
      throw new AppError("conflict", "The panel has not been drawn yet.");
    const statement =
      (await panelStatement(tx, options)) ??
      (await createStatement(tx, {
        organizationId: options.organizationId,
        input: {
          ownerKind: "panel",
          ownerId: panel.id,
          kind: "final_statement",
          title: options.title?.trim() || `${panel.title}: loppulausuma`,
          preamble: {},
          supportScale: "gradients",
        },
        actor: options.actor,
      }));
    const seated = (await candidatesOf(tx, panel)).filter((c) => TAKING_PART.has(c.status));
    await setParticipants(tx, {
      organizationId: options.organizationId,
      statementId: statement.id,
      participants: seated.map((c) => ({
        ref: c.id,
        label: panelistLabel(c.number),
        role: "panelist" as const,
      })),
      actor: options.actor,
    });
    return { statement, participants: seated.length };
  });
}
