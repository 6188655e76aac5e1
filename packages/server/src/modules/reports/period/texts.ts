import type { BriefLanguage } from "../texts.js";

// The period report's words in Finnish, Swedish and English (the brief's own words are in
// ../texts.ts and are used here too).
const texts = {
  title: {
    fi: "Osallistumisen raportti",
    sv: "Rapport om deltagande",
    en: "Participation report",
  },
  summary: { fi: "Yhteenveto", sv: "Sammanfattning", en: "Summary" },
  activities: { fi: "Osallistumiset", sv: "Deltagandeprocesser", en: "Activities" },
  activity: { fi: "Osallistuminen", sv: "Process", en: "Activity" },
  kind: { fi: "Tyyppi", sv: "Typ", en: "Kind" },
  period: { fi: "Ajanjakso", sv: "Period", en: "Period" },
  activitiesCount: { fi: "Osallistumisia", sv: "Processer", en: "Activities" },
  participantsTotal: {
    fi: "Osallistujia yhteensä",
    sv: "Deltagare totalt",
    en: "Participants in all",
  },
  kind_conversation: { fi: "Mielipidekeskustelu", sv: "Åsiktssamtal", en: "Opinion conversation" },
  kind_survey: { fi: "Kysely", sv: "Enkät", en: "Survey" },
  kind_panel: { fi: "Asukaspaneeli", sv: "Invånarpanel", en: "Resident panel" },
  kind_round_table: { fi: "Pyöreä pöytä", sv: "Rundabordssamtal", en: "Round table" },
  kind_jury: { fi: "Digiraati", sv: "Digital medborgarjury", en: "Online jury" },
  kind_phone: { fi: "Puhelinkysely", sv: "Telefonenkät", en: "Phone campaign" },
  channels: {
    fi: "Osallistujat kanavittain",
    sv: "Deltagare per kanal",
    en: "Participants by channel",
  },
  noActivities: {
    fi: "Ajanjaksolla ei ollut osallistumisia.",
    sv: "Under perioden fanns inga processer.",
    en: "There were no activities in the period.",
  },
  representativeness: {
    fi: "Asukaspaneelin edustavuus",
    sv: "Invånarpanelens representativitet",
    en: "Representativeness of the resident pool",
  },
  representativenessIntro: {
    fi: "Asukaspaneelin aktiiviset jäsenet verrattuna väestöön (Tilastokeskus). Erottelevuusindeksi D kertoo, kuinka suuri osuus jäsenistä pitäisi siirtää ryhmästä toiseen, jotta jakauma vastaisi väestöä.",
    sv: "Invånarpanelens aktiva medlemmar jämfört med befolkningen (Statistikcentralen). Olikhetsindexet D anger hur stor andel av medlemmarna som skulle behöva flyttas mellan grupperna för att fördelningen skulle motsvara befolkningen.",
    en: "The resident pool's active members against the population (Statistics Finland). The dissimilarity index D is the share of members that would have to move between groups for the shares to match the population.",
  },
  noPool: {
    fi: "Ei saatavilla: asukaspaneelilla ei ole väestötaulukkoa tai jäseniä.",
    sv: "Inte tillgängligt: invånarpanelen har ingen befolkningstabell eller inga medlemmar.",
    en: "Not available: the resident pool has no population table or no members.",
  },
  dimension_age: { fi: "Ikä", sv: "Ålder", en: "Age" },
  dimension_sex: { fi: "Sukupuoli", sv: "Kön", en: "Sex" },
  dimension_municipality: { fi: "Kunta", sv: "Kommun", en: "Municipality" },
  groupCol: { fi: "Ryhmä", sv: "Grupp", en: "Group" },
  members: { fi: "Jäsenet", sv: "Medlemmar", en: "Members" },
  membersShare: { fi: "Osuus jäsenistä", sv: "Andel av medlemmarna", en: "Share of members" },
  populationShare: {
    fi: "Osuus väestöstä",
    sv: "Andel av befolkningen",
    en: "Share of the population",
  },
  feedback: { fi: "Osallistujapalaute", sv: "Deltagarrespons", en: "Participant feedback" },
  feedbackIntro: {
    fi: "Osallistujapalautekyselyt (Kuulon palautelomake) ajanjaksolla: samaa tai täysin samaa mieltä olleiden osuus väitteen ottaneista kantaa.",
    sv: "Deltagarenkäter (Kuulos responsformulär) under perioden: andelen som höll med eller helt höll med, av dem som tog ställning.",
    en: "Participant feedback surveys (Kuulo's feedback form) in the period: the share who agreed or strongly agreed, of those who took a view.",
  },
  noFeedback: {
    fi: "Ajanjaksolla ei kerätty osallistujapalautetta Kuulon palautelomakkeella.",
    sv: "Under perioden samlades ingen deltagarrespons in med Kuulos responsformulär.",
    en: "No participant feedback was collected with Kuulo's feedback form in the period.",
  },
  measure: { fi: "Mittari", sv: "Mått", en: "Measure" },
  agreeShare: { fi: "Samaa mieltä", sv: "Håller med", en: "Agree" },
  feedback_easy: {
    fi: "Osallistuminen oli helppoa",
    sv: "Det var lätt att delta",
    en: "Taking part was easy",
  },
  feedback_heard: {
    fi: "Näkemyksiä kuunneltiin",
    sv: "Synpunkterna lyssnades på",
    en: "Views were listened to",
  },
  feedback_learned: { fi: "Oppi uutta", sv: "Lärde sig nytt", en: "Learned something new" },
  feedback_again: {
    fi: "Osallistuisi uudelleen",
    sv: "Skulle delta igen",
    en: "Would take part again",
  },
  recommendationsHeading: {
    fi: "Suositukset ja niiden tila",
    sv: "Rekommendationer och deras status",
    en: "Recommendations and their status",
  },
  noActionTables: {
    fi: "Organisaatiolla ei ole toimenpidetaulukoita.",
    sv: "Organisationen har inga åtgärdstabeller.",
    en: "The organization has no action tables.",
  },
  allTables: { fi: "Kaikki taulukot", sv: "Alla tabeller", en: "All tables" },
  decisionsHeading: {
    fi: "Ajanjakson päätökset",
    sv: "Periodens beslut",
    en: "Decisions in the period",
  },
  noDecisions: {
    fi: "Ajanjaksolla ei kirjattu päätöksiä toimenpiteisiin.",
    sv: "Under perioden registrerades inga beslut om åtgärderna.",
    en: "No decisions on the measures were recorded in the period.",
  },
  body: { fi: "Toimielin", sv: "Organ", en: "Body" },
  date: { fi: "Päivämäärä", sv: "Datum", en: "Date" },
  section: { fi: "Pykälä", sv: "Paragraf", en: "Section" },
  budgetYear: { fi: "Talousarviovuosi", sv: "Budgetår", en: "Budget year" },
  inBudget: {
    fi: "Toimenpiteitä talousarvion valmistelussa",
    sv: "Åtgärder i budgetberedningen",
    en: "Measures in budget preparation",
  },
  reachedDecision: {
    fi: "Suosituksista päätökseen asti edenneet",
    sv: "Rekommendationer som lett till beslut",
    en: "Recommendations that reached a decision",
  },
} satisfies Record<string, Record<BriefLanguage, string>>;

export type PeriodTextKey = keyof typeof texts;

/** The period report's words in one language. */
export function periodLabels(language: BriefLanguage): (key: PeriodTextKey) => string {
  return (key) => texts[key][language];
}
