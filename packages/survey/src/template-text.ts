// Helpers of the shipped templates' texts (fi, sv, en).
import type { LocalText, QuestionInput } from "./model.js";

export const t = (fi: string, sv: string, en: string): LocalText => ({ fi, sv, en });
export const option = (value: string, fi: string, sv: string, en: string) => ({
  value,
  label: t(fi, sv, en),
});

export function agree(id: string, text: LocalText, plain: LocalText): QuestionInput {
  return { id, type: "likert", text, plain, points: 5, dontKnow: true, required: false };
}

export const OPEN_HELP = t(
  "Älä kirjoita nimiä tai muita tunnistettavia tietoja.",
  "Skriv inte namn eller andra uppgifter som kan identifiera någon.",
  "Please do not write names or anything else that identifies a person.",
);
