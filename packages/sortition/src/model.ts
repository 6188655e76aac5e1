/** One quota row: how many panel members must have `feature = value`. */
export interface Quota {
  feature: string;
  value: string;
  min: number;
  max: number;
  /** Sortition Foundation `min_flex`: how far `min` may be lowered when relaxing. */
  minFlex?: number;
  /** Sortition Foundation `max_flex`: how far `max` may be raised when relaxing. */
  maxFlex?: number;
  /** 1-based line in the categories file, for messages. */
  line?: number;
}

/** A volunteer: an id, one value per feature, the file's other columns, an optional household. */
export interface Person {
  id: string;
  /** feature name → value (exactly the features that have quotas). */
  features: Record<string, string>;
  /** Every column of the person's row, as read (for selected.csv/remaining.csv). */
  columns: Record<string, string>;
  /** Household key: at most one person per key is selected. Absent = no tie. */
  household?: string;
  /** 1-based line in the people file, for messages. */
  line?: number;
}

/** A selection problem: quotas, the volunteer pool, the panel size. */
export interface Instance {
  quotas: Quota[];
  people: Person[];
  k: number;
  /** Ids already on the panel (they count against k and the quotas). */
  alreadySelected?: string[];
  /** File names used in messages. */
  files?: { categories?: string; people?: string };
}

/** The features in the order they first appear among the quotas. */
export function featureNames(quotas: readonly Quota[]): string[] {
  const names: string[] = [];
  for (const q of quotas) if (!names.includes(q.feature)) names.push(q.feature);
  return names;
}
