import { municipality } from "@kuulo/sortition";
import type { BriefLanguage } from "./texts.js";

const SEX = {
  "1": { fi: "miehet", sv: "män", en: "men" },
  "2": { fi: "naiset", sv: "kvinnor", en: "women" },
} as const;

/** A population group's name: sex 1/2 in words, a municipality code as its name, age bands as they are. */
export function groupName(dimension: string, group: string, language: BriefLanguage): string {
  if (dimension === "sex") return SEX[group as "1" | "2"]?.[language] ?? group;
  if (dimension === "municipality") return municipality(group.replace(/^KU/, ""))?.name ?? group;
  return group;
}
