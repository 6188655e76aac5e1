import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import type { Actor } from "../audit/index.js";
import {
  createStatement,
  listStatements,
  type ParticipantScope,
  type Statement,
  setParticipants,
} from "../deliberation/index.js";
import { membersOf } from "./members.js";
import type { Jury, JuryMember } from "./schema.js";
import { findJury } from "./setup.js";

/** The jury's statement (the newest), or undefined before one is started. */
export async function juryStatement(
  db: Db,
  options: { organizationId: string; juryId: string },
): Promise<Statement | undefined> {
  const [newest] = await listStatements(db, {
    organizationId: options.organizationId,
    ownerKind: "jury",
    ownerId: options.juryId,
  });
  return newest;
}

/**
 * Starts the jury's statement in the deliberation module (owner kind "jury", gradients 1–5) with
 * the active jurors as its participants (by member id, labelled "Raatilainen N"); when it exists,
 * brings the participants up to date. One transaction.
 */
export async function startJuryStatement(
  db: Db,
  options: { organizationId: string; juryId: string; title?: string; actor: Actor },
): Promise<{ statement: Statement; participants: number }> {
  return db.transaction(async (tx) => {
    const jury = await findJury(tx, options);
    if (jury.status === "draft") throw new AppError("conflict", "The jury has not started yet.");
    const statement =
      (await juryStatement(tx, options)) ??
      (await createStatement(tx, {
        organizationId: options.organizationId,
        input: {
          ownerKind: "jury",
          ownerId: jury.id,
          kind: "final_statement",
          title: options.title?.trim() || `${jury.title}: julkilausuma`,
          preamble: jury.question,
          supportScale: "gradients",
        },
        actor: options.actor,
      }));
    const jurors = (await membersOf(tx, options)).filter((m) => m.kind === "juror" && m.active);
    await setParticipants(tx, {
      organizationId: options.organizationId,
      statementId: statement.id,
      participants: jurors.map((m) => ({ ref: m.id, label: m.label, role: "juror" as const })),
      actor: options.actor,
    });
    return { statement, participants: jurors.length };
  });
}

/** The juror's scope in the jury's statement, for deliberation's participant services. */
export async function jurorScope(
  db: Db,
  jury: Jury,
  member: JuryMember,
): Promise<ParticipantScope> {
  if (member.kind !== "juror")
    throw new AppError("auth.forbidden", "Only jurors take part in the statement.");
  const statement = await juryStatement(db, {
    organizationId: jury.organizationId,
    juryId: jury.id,
  });
  if (!statement) throw new AppError("not_found", "The jury has no statement yet.");
  return {
    organizationId: jury.organizationId,
    statementId: statement.id,
    participantRef: member.id,
  };
}
