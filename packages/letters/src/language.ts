// Which language(s) a letter is in: Swedish for Swedish speakers, Finnish for everyone else
// (Finnish, Sámi and other mother tongues); in a bilingual county both, the person's first.
import type { LetterLanguage } from "./template.js";

/** Mother tongue as @kuulo/dvv reads it: fi, sv, se (Sámi) or other. */
export type MotherTongue = "fi" | "sv" | "se" | "other";

export function letterLanguages(motherTongue: MotherTongue, bilingual: boolean): LetterLanguage[] {
  const first: LetterLanguage = motherTongue === "sv" ? "sv" : "fi";
  if (!bilingual) return [first];
  return first === "sv" ? ["sv", "fi"] : ["fi", "sv"];
}

/** The texts of the letter itself that the organization does not write. */
export const LABELS: Record<
  LetterLanguage,
  {
    code: string;
    howTo: string;
    enterCode: string;
    sessions: string;
    deadline: string;
    letter: string;
    source: string;
    at: string;
    weekdays: string[];
  }
> = {
  fi: {
    code: "Henkilökohtainen ilmoittautumiskoodisi",
    howTo: "Ilmoittaudu lukemalla QR-koodi puhelimellasi tai mene osoitteeseen",
    enterCode: "ja kirjoita koodisi",
    sessions: "Tapaamiset",
    deadline: "Ilmoittaudu viimeistään",
    letter: "Kirje",
    source:
      "Osoitetietosi on saatu Digi- ja väestötietoviraston väestötietojärjestelmästä. " +
      "Sinut on valittu satunnaisotannalla.",
    at: "klo",
    weekdays: ["su", "ma", "ti", "ke", "to", "pe", "la"],
  },
  sv: {
    code: "Din personliga anmälningskod",
    howTo: "Anmäl dig genom att läsa QR-koden med telefonen eller gå till adressen",
    enterCode: "och skriv in din kod",
    sessions: "Träffarna",
    deadline: "Anmäl dig senast",
    letter: "Brev",
    source:
      "Dina adressuppgifter har fåtts ur befolkningsdatasystemet hos Myndigheten för " +
      "digitalisering och befolkningsdata. Du har valts genom slumpmässigt urval.",
    at: "kl.",
    weekdays: ["sö", "må", "ti", "on", "to", "fr", "lö"],
  },
};

/** 2026-04-18 → "18.4.2026" (so in Finnish and in Finland Swedish). */
export function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  return `${d}.${m}.${y}`;
}

/** 2026-04-18 → "la 18.4.2026" / "lö 18.4.2026". */
export function formatDay(date: string, language: LetterLanguage): string {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return `${LABELS[language].weekdays[day]} ${formatDate(date)}`;
}
