import type { ActionStatus } from "./schema.js";

/** The status set a new table starts with; staff may change it per table. */
export const DEFAULT_STATUSES: ActionStatus[] = [
  {
    key: "not_started",
    label: { fi: "Ei aloitettu", sv: "Inte påbörjad", en: "Not started" },
    needsReason: false,
  },
  {
    key: "in_progress",
    label: { fi: "Käynnissä", sv: "Pågår", en: "In progress" },
    needsReason: false,
  },
  { key: "done", label: { fi: "Toteutettu", sv: "Genomförd", en: "Done" }, needsReason: false },
  {
    key: "processed",
    label: { fi: "Käsitelty", sv: "Behandlad", en: "Processed" },
    needsReason: false,
  },
  {
    key: "continuous",
    label: { fi: "Jatkuva", sv: "Fortlöpande", en: "Continuous" },
    needsReason: false,
  },
  {
    key: "not_taken_forward",
    label: { fi: "Ei viedä eteenpäin", sv: "Förs inte vidare", en: "Not taken forward" },
    needsReason: true,
  },
];

/** Other words tables use for the default statuses (folded, see fold()). */
const SYNONYMS: Record<string, string> = {
  "ei aloitettu": "not_started",
  aloittamatta: "not_started",
  kaynnissa: "in_progress",
  aloitettu: "in_progress",
  "tyon alla": "in_progress",
  valmis: "done",
  toteutettu: "done",
  tehty: "done",
  kasitelty: "processed",
  jatkuva: "continuous",
  "ei edeta": "not_taken_forward",
  "ei toteuteta": "not_taken_forward",
};

/**
 * Text folded for matching: lower case, ä→a, ö→o, å→a and other accents dropped, spaces
 * collapsed. Only for comparing; what is shown keeps its letters.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The status a table's cell names (a key, a label in any language, or a synonym), if any. */
export function statusOf(statuses: ActionStatus[], cell: string): ActionStatus | undefined {
  const folded = fold(cell);
  const direct = statuses.find(
    (s) =>
      fold(s.key) === folded ||
      fold(s.key.replace(/_/g, " ")) === folded ||
      [s.label.fi, s.label.sv, s.label.en].some((l) => l && fold(l) === folded),
  );
  if (direct) return direct;
  const key = SYNONYMS[folded];
  return key ? statuses.find((s) => s.key === key) : undefined;
}
