// The survey templates that ship with Kuulo, in Finnish, Swedish and English with
// plain-language (selkokieli / lättläst / plain English) wordings: the pilots' participant
// feedback form and a service-experience survey.
import type { DefinitionInput, LocalText, QuestionInput } from "./model.js";

export type TemplateId = "participant_feedback" | "service_experience";

export interface SurveyTemplate {
  id: TemplateId;
  name: LocalText;
  description: LocalText;
  definition: DefinitionInput;
}

const t = (fi: string, sv: string, en: string): LocalText => ({ fi, sv, en });
const option = (value: string, fi: string, sv: string, en: string) => ({
  value,
  label: t(fi, sv, en),
});

function agree(id: string, text: LocalText, plain: LocalText): QuestionInput {
  return { id, type: "likert", text, plain, points: 5, dontKnow: true, required: false };
}

const OPEN_HELP = t(
  "Älä kirjoita nimiä tai muita tunnistettavia tietoja.",
  "Skriv inte namn eller andra uppgifter som kan identifiera någon.",
  "Please do not write names or anything else that identifies a person.",
);

function participantFeedback(): DefinitionInput {
  return {
    languages: ["fi", "sv", "en"],
    title: t("Palaute osallistumisesta", "Respons på deltagandet", "Feedback on taking part"),
    intro: t(
      "Kerro, millainen kokemus osallistuminen oli. Vastaaminen vie noin kolme minuuttia, ja vastaat nimettömänä.",
      "Berätta hur det var att delta. Det tar ungefär tre minuter och du svarar anonymt.",
      "Tell us what taking part was like. It takes about three minutes and your answers are anonymous.",
    ),
    thanks: t("Kiitos palautteestasi!", "Tack för din respons!", "Thank you for your feedback!"),
    pages: [
      {
        id: "experience",
        title: t("Kokemuksesi", "Din upplevelse", "Your experience"),
        questions: [
          {
            id: "how",
            type: "single",
            text: t("Miten osallistuit?", "Hur deltog du?", "How did you take part?"),
            plain: t("Miten olit mukana?", "Hur var du med?", "How were you part of it?"),
            options: [
              option(
                "event",
                "Tilaisuudessa paikan päällä",
                "På plats vid ett evenemang",
                "At an event in person",
              ),
              option("online", "Verkossa", "På nätet", "Online"),
              option("phone", "Puhelimessa", "Per telefon", "By phone"),
              option("paper", "Paperilomakkeella", "På en pappersblankett", "On a paper form"),
            ],
            other: true,
          },
          agree(
            "easy",
            t("Osallistuminen oli helppoa.", "Det var lätt att delta.", "Taking part was easy."),
            t("Oli helppo olla mukana.", "Det var lätt att vara med.", "It was easy to take part."),
          ),
          agree(
            "heard",
            t(
              "Koin, että näkemyksiäni kuunneltiin.",
              "Jag upplevde att man lyssnade på mina synpunkter.",
              "I felt that my views were listened to.",
            ),
            t("Minua kuunneltiin.", "Man lyssnade på mig.", "People listened to me."),
          ),
          agree(
            "learned",
            t(
              "Opin uutta käsitellystä asiasta.",
              "Jag lärde mig något nytt om frågan.",
              "I learned something new about the topic.",
            ),
            t("Opin jotain uutta.", "Jag lärde mig något nytt.", "I learned something new."),
          ),
          agree(
            "again",
            t(
              "Osallistuisin uudelleen vastaavaan.",
              "Jag skulle delta i något liknande igen.",
              "I would take part in something similar again.",
            ),
            t(
              "Haluan olla mukana uudelleen.",
              "Jag vill vara med igen.",
              "I want to take part again.",
            ),
          ),
        ],
      },
      {
        id: "open",
        title: t("Kerro omin sanoin", "Berätta med egna ord", "In your own words"),
        questions: [
          {
            id: "worked",
            type: "text",
            long: true,
            text: t("Mikä toimi hyvin?", "Vad fungerade bra?", "What worked well?"),
            plain: t("Mikä oli hyvää?", "Vad var bra?", "What was good?"),
            help: OPEN_HELP,
          },
          {
            id: "improve",
            type: "text",
            long: true,
            text: t("Mitä pitäisi parantaa?", "Vad borde förbättras?", "What should be improved?"),
            plain: t(
              "Mikä voisi olla paremmin?",
              "Vad kunde vara bättre?",
              "What could be better?",
            ),
            help: OPEN_HELP,
          },
        ],
      },
    ],
  };
}

const SATISFACTION = [
  t("Erittäin tyytymätön", "Mycket missnöjd", "Very dissatisfied"),
  t("Melko tyytymätön", "Ganska missnöjd", "Fairly dissatisfied"),
  t(
    "Ei tyytyväinen eikä tyytymätön",
    "Varken nöjd eller missnöjd",
    "Neither satisfied nor dissatisfied",
  ),
  t("Melko tyytyväinen", "Ganska nöjd", "Fairly satisfied"),
  t("Erittäin tyytyväinen", "Mycket nöjd", "Very satisfied"),
];

function serviceExperience(municipalities: readonly string[]): DefinitionInput {
  const background: QuestionInput[] = [
    {
      id: "birth_year",
      type: "number",
      attribute: "birthYear",
      text: t("Syntymävuotesi", "Ditt födelseår", "Your year of birth"),
      plain: t("Minä vuonna synnyit?", "Vilket år är du född?", "What year were you born?"),
      min: 1900,
      max: 2015,
      integer: true,
    },
    {
      id: "gender",
      type: "single",
      attribute: "gender",
      text: t("Sukupuolesi", "Ditt kön", "Your gender"),
      options: [
        option("woman", "Nainen", "Kvinna", "Woman"),
        option("man", "Mies", "Man", "Man"),
        option("other", "Muu", "Annat", "Other"),
        option("undisclosed", "En halua kertoa", "Vill inte säga", "Prefer not to say"),
      ],
    },
  ];
  if (municipalities.length > 0) {
    background.push({
      id: "home",
      type: "municipality",
      attribute: "municipality",
      text: t("Kotikuntasi", "Din hemkommun", "Your home municipality"),
      plain: t(
        "Missä kunnassa asut?",
        "I vilken kommun bor du?",
        "Which municipality do you live in?",
      ),
      municipalities: [...municipalities],
      other: true,
    });
  }
  return {
    languages: ["fi", "sv", "en"],
    title: t(
      "Kokemuksesi palvelusta",
      "Din upplevelse av tjänsten",
      "Your experience of the service",
    ),
    intro: t(
      "Kerro kokemuksestasi, jotta voimme kehittää palveluja. Vastaat nimettömänä.",
      "Berätta om din upplevelse så att vi kan utveckla tjänsterna. Du svarar anonymt.",
      "Tell us about your experience so that we can improve our services. Your answers are anonymous.",
    ),
    thanks: t("Kiitos vastauksestasi!", "Tack för ditt svar!", "Thank you for your answer!"),
    pages: [
      {
        id: "service",
        title: t("Palvelu", "Tjänsten", "The service"),
        questions: [
          {
            id: "service",
            type: "single",
            required: true,
            text: t(
              "Mitä palvelua käytit viimeksi?",
              "Vilken tjänst använde du senast?",
              "Which service did you use last?",
            ),
            plain: t(
              "Missä palvelussa kävit viimeksi?",
              "Vilken tjänst använde du senast?",
              "Which service did you use last?",
            ),
            options: [
              option("health_centre", "Terveysasema", "Hälsostation", "Health centre"),
              option(
                "oral_health",
                "Suun terveydenhuolto",
                "Mun- och tandvård",
                "Oral health care",
              ),
              option("social_services", "Sosiaalipalvelut", "Socialservice", "Social services"),
              option(
                "family_services",
                "Perhepalvelut tai neuvola",
                "Familjetjänster eller rådgivning",
                "Family services or child health clinic",
              ),
              option(
                "older_people",
                "Ikäihmisten palvelut",
                "Tjänster för äldre",
                "Services for older people",
              ),
              option("emergency", "Päivystys", "Jour", "Emergency care"),
            ],
            other: true,
          },
          {
            id: "channel",
            type: "single",
            text: t("Miten asioit?", "Hur kontaktade du oss?", "How did you use the service?"),
            options: [
              option("visit", "Kävin paikan päällä", "Jag besökte er på plats", "In person"),
              option("phone", "Puhelimessa", "Per telefon", "By phone"),
              option(
                "online",
                "Verkossa tai chatissa",
                "På nätet eller i chatten",
                "Online or by chat",
              ),
              option("home_visit", "Kotikäynnillä", "Vid ett hembesök", "At a home visit"),
            ],
            other: true,
          },
          {
            id: "satisfaction",
            type: "likert",
            required: true,
            text: t(
              "Kuinka tyytyväinen olit palveluun kokonaisuutena?",
              "Hur nöjd var du med tjänsten som helhet?",
              "Overall, how satisfied were you with the service?",
            ),
            plain: t(
              "Olitko tyytyväinen palveluun?",
              "Var du nöjd med tjänsten?",
              "Were you happy with the service?",
            ),
            points: 5,
            labels: SATISFACTION,
            dontKnow: true,
          },
          {
            id: "recommend",
            type: "scale",
            min: 0,
            max: 10,
            text: t(
              "Kuinka todennäköisesti suosittelisit palvelua läheisellesi?",
              "Hur sannolikt är det att du skulle rekommendera tjänsten till en närstående?",
              "How likely are you to recommend the service to someone close to you?",
            ),
            plain: t(
              "Kehottaisitko ystävääsi käyttämään palvelua?",
              "Skulle du tipsa en vän om tjänsten?",
              "Would you tell a friend to use this service?",
            ),
            minLabel: t("En lainkaan todennäköisesti", "Inte alls sannolikt", "Not at all likely"),
            maxLabel: t("Erittäin todennäköisesti", "Mycket sannolikt", "Extremely likely"),
          },
        ],
      },
      {
        id: "open",
        title: t("Kerro omin sanoin", "Berätta med egna ord", "In your own words"),
        questions: [
          {
            id: "worked",
            type: "text",
            long: true,
            text: t("Mikä toimi hyvin?", "Vad fungerade bra?", "What worked well?"),
            plain: t("Mikä oli hyvää?", "Vad var bra?", "What was good?"),
            help: OPEN_HELP,
          },
          {
            id: "improve",
            type: "text",
            long: true,
            text: t(
              "Mitä meidän pitäisi parantaa?",
              "Vad borde vi förbättra?",
              "What should we improve?",
            ),
            plain: t(
              "Mitä voisimme tehdä paremmin?",
              "Vad kunde vi göra bättre?",
              "What could we do better?",
            ),
            help: OPEN_HELP,
          },
        ],
      },
      {
        id: "background",
        title: t("Taustatiedot", "Bakgrundsuppgifter", "About you"),
        intro: t(
          "Taustatiedot ovat vapaaehtoisia. Niillä katsomme, onko eri ryhmien kokemuksissa eroja. Pieniä ryhmiä ei näytetä tuloksissa.",
          "Bakgrundsuppgifterna är frivilliga. Med dem ser vi om olika gruppers upplevelser skiljer sig. Små grupper visas inte i resultaten.",
          "These questions are optional. They show whether different groups have different experiences. Small groups are never shown in the results.",
        ),
        questions: background,
      },
    ],
  };
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
