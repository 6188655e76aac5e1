// The service-experience survey: service and channel, satisfaction, NPS 0–10, what worked,
// what to improve, and background questions that are pool attributes.
import type { DefinitionInput, QuestionInput } from "./model.js";
import { OPEN_HELP, option, t } from "./template-text.js";

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

export function serviceExperience(municipalities: readonly string[]): DefinitionInput {
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
