import {
  type PopulationTable,
  RepresentativenessError,
  readPopulation,
} from "@kuulo/representativeness";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.js";
import { AppError } from "../../../errors.js";
import { type Actor, recordAudit } from "../../audit/index.js";
import { poolPopulations } from "../schema.js";

export interface StoredPopulation {
  year: string | null;
  label: string;
  municipalities: Record<string, string>;
  people: number;
  uploadedAt: Date;
}

/** Reads the dataset; a file readPopulation refuses is a 400 naming the problem. */
export function parsePopulation(data: unknown): PopulationTable {
  try {
    return readPopulation(data, { file: "the population file" });
  } catch (error) {
    if (!(error instanceof RepresentativenessError)) throw error;
    throw new AppError("validation.failed", error.message, {
      errors: [{ path: "body.data", message: error.message, code: "invalid_format" }],
    });
  }
}

function describe(table: PopulationTable, uploadedAt: Date): StoredPopulation {
  return {
    year: table.year,
    label: table.label,
    municipalities: table.municipalityNames,
    people: table.cells.reduce((sum, c) => sum + c.count, 0),
    uploadedAt,
  };
}

/** Stores the organization's population table (one per organization; audit: pool.population_uploaded). */
export async function uploadPopulation(
  db: Db,
  options: { organizationId: string; data: unknown; actor: Actor; now?: Date },
): Promise<StoredPopulation> {
  const table = parsePopulation(options.data);
  const uploadedAt = options.now ?? new Date();
  const values = {
    year: table.year,
    label: table.label,
    data: options.data,
    uploadedAt,
    uploadedBy: "userId" in options.actor ? options.actor.userId : null,
  };
  return db.transaction(async (tx) => {
    await tx
      .insert(poolPopulations)
      .values({ organizationId: options.organizationId, ...values })
      .onConflictDoUpdate({ target: poolPopulations.organizationId, set: values });
    const stored = describe(table, uploadedAt);
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "pool.population_uploaded",
      targetType: "pool_population",
      detail: {
        year: stored.year,
        municipalities: Object.keys(stored.municipalities),
        people: stored.people,
      },
    });
    return stored;
  });
}

/** The organization's population table, or null when none has been uploaded. */
export async function loadPopulation(
  db: Db,
  organizationId: string,
): Promise<{ table: PopulationTable; stored: StoredPopulation } | null> {
  const [row] = await db
    .select()
    .from(poolPopulations)
    .where(eq(poolPopulations.organizationId, organizationId));
  if (!row) return null;
  const table = readPopulation(row.data);
  return { table, stored: describe(table, row.uploadedAt) };
}
