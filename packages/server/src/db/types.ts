import { customType } from "drizzle-orm/pg-core";

/** PostgreSQL bytea as a Node Buffer on both drivers. */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/**
 * PostgreSQL xid8, a 64-bit transaction id (never wraps), as a decimal string on both drivers.
 * Comparable in SQL; used to tell which writing transactions have finished.
 */
export const xid8 = customType<{ data: string; driverData: string }>({
  dataType: () => "xid8",
  fromDriver: (value) => String(value),
});
