// The survey templates that ship with Kuulo, in Finnish, Swedish and English with
// plain-language (selkokieli / lättläst / plain English) wordings: the pilots' participant
// feedback form and a service-experience survey.
import type { DefinitionInput, LocalText } from "./model.js";
import { participantFeedback } from "./template-feedback.js";
import { serviceExperience } from "./template-service.js";
import { t } from "./template-text.js";

export type TemplateId = "participant_feedback" | "service_experience";

export interface SurveyTemplate {
  id: TemplateId;
  name: LocalText;
  description: LocalText;
  definition: DefinitionInput;
}

const NAMES: Record<TemplateId, { name: LocalText; description: LocalText }> = {
  participant_feedback: {
    name: t("Osallistujapalaute", "Deltagarrespons", "Participant feedback"),
    description: t(
      "Osallistujien kokemus: helppous, tuliko kuulluksi, oppiko uutta, osallistuisiko uudelleen ja mitä parantaa.",
      "Deltagarnas upplevelse: var det lätt, blev man hörd, lärde man sig något, skulle man delta igen och vad kan förbättras.",
      "Participants' experience: was it easy, were they heard, did they learn, would they take part again, what to improve.",
    ),
  },
  service_experience: {
    name: t(
      "Palvelukokemuskysely",
      "Enkät om upplevelsen av tjänster",
      "Service experience survey",
    ),
    description: t(
      "Käytetty palvelu ja asiointitapa, tyytyväisyys, suositteluhalukkuus (NPS 0–10), mikä toimi ja mitä parantaa, taustatiedot.",
      "Tjänst och kontaktsätt, nöjdhet, vilja att rekommendera (NPS 0–10), vad fungerade och vad kan förbättras, bakgrund.",
      "Service and channel used, satisfaction, likelihood to recommend (NPS 0–10), what worked and what to improve, background.",
    ),
  },
};

export const SURVEY_TEMPLATES: readonly TemplateId[] = [
  "participant_feedback",
  "service_experience",
];

/**
 * A template's definition to start a survey from. `municipalities` (3-digit codes, the
 * organization's) fill the service survey's home municipality question; without them the
 * question is left out.
 */
export function surveyTemplate(
  id: TemplateId,
  options: { municipalities?: readonly string[] } = {},
): SurveyTemplate {
  const definition =
    id === "participant_feedback"
      ? participantFeedback()
      : serviceExperience(options.municipalities ?? []);
  return { id, ...NAMES[id], definition };
}
