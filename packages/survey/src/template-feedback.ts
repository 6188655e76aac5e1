// The pilots' participant feedback form: how one took part, ease, being heard, learning,
// taking part again, what worked and what to improve.
import type { DefinitionInput } from "./model.js";
import { agree, OPEN_HELP, option, t } from "./template-text.js";

export function participantFeedback(): DefinitionInput {
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
