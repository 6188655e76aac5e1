import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { publicStatement } from "../deliberation/index.js";
import { findRoundTable, roundTableContents } from "./processes.js";
import { toPublic } from "./responses.js";

/**
 * A round table as anyone sees it once it is past preparing: meetings with participants by
 * role, the results taken to each table, and the statement once published (with what came of
 * each recommendation), where it was sent and the responses.
 */
export async function publicRoundTable(
  db: Db,
  options: { organizationId: string; roundTableId: string },
) {
  const table = await findRoundTable(db, options);
  if (table.status === "preparing") throw new AppError("not_found", "No such round table.");
  const contents = await roundTableContents(db, table);
  const statement = table.statementId
    ? await publicStatement(db, {
        organizationId: options.organizationId,
        statementId: table.statementId,
      }).catch((error: unknown) => {
        if (error instanceof AppError && error.code === "not_found") return null;
        throw error;
      })
    : null;
  return toPublic(contents, statement);
}
