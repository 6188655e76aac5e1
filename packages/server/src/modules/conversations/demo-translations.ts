import type { StatementTranslations } from "./schema.js";

/**
 * Swedish and English translations of the demo conversation's seed statements, by the Finnish
 * text. One statement is left untranslated on purpose: the demo then shows how a resident
 * reading Swedish or English sees it in Finnish, marked as Finnish.
 */
export const DEMO_TRANSLATIONS: Record<string, StatementTranslations> = {
  "Nuorten pitää päästä mielenterveyspalveluihin viikon sisällä yhteydenotosta.": {
    sv: "Unga ska få mentalvårdstjänster inom en vecka från att de tagit kontakt.",
    en: "Young people must get mental-health services within a week of getting in touch.",
  },
  "Jokaisessa koulussa pitää olla kuraattori ja psykologi paikalla joka päivä.": {
    sv: "Varje skola ska ha en kurator och en psykolog på plats varje dag.",
    en: "Every school must have a school social worker and a psychologist on site every day.",
  },
  "Chat-palvelu iltaisin ja viikonloppuisin auttaisi nuoria enemmän kuin uudet vastaanotot.": {
    sv: "En chattjänst på kvällar och veckoslut skulle hjälpa unga mer än nya mottagningar.",
    en: "A chat service in the evenings and at weekends would help young people more than new clinics.",
  },
  "Vanhemmille pitää tarjota tukea silloin, kun nuori voi huonosti.": {
    sv: "Föräldrar ska erbjudas stöd när den unga mår dåligt.",
    en: "Parents must be offered support when their young person is unwell.",
  },
  "Nuorten pitää saada apua ilman lähetettä.": {
    sv: "Unga ska få hjälp utan remiss.",
    en: "Young people must get help without a referral.",
  },
  "Etävastaanotto sopii useimmille nuorille yhtä hyvin kuin tapaaminen kasvokkain.": {
    sv: "Distansmottagning passar de flesta unga lika bra som ett möte ansikte mot ansikte.",
    en: "A remote appointment suits most young people as well as meeting face to face.",
  },
  "Rahat kannattaa käyttää ennaltaehkäisyyn eikä vasta kriisien hoitoon.": {
    sv: "Pengarna bör användas till förebyggande arbete och inte först när det blivit kris.",
    en: "The money is better spent on prevention than only on treating crises.",
  },
  "Harrastukset ja nuorisotalot ovat tärkeä osa mielenterveyden tukea.": {
    sv: "Hobbyer och ungdomsgårdar är en viktig del av stödet för den psykiska hälsan.",
    en: "Hobbies and youth centres are an important part of mental-health support.",
  },
  "Koulujen terveydenhoitajien määrää pitää lisätä, vaikka se maksaa.": {
    sv: "Antalet skolhälsovårdare ska ökas, även om det kostar.",
    en: "There must be more school nurses, even though it costs money.",
  },
  "Sosiaalinen media on suurin syy nuorten pahoinvointiin.": {
    sv: "Sociala medier är den största orsaken till att unga mår dåligt.",
    en: "Social media is the biggest reason young people are unwell.",
  },
  "Nuorten pitää saada itse päättää, kerrotaanko hoidosta vanhemmille.": {
    sv: "Unga ska själva få bestämma om föräldrarna får veta om vården.",
    en: "Young people must decide for themselves whether their parents are told about their care.",
  },
  "Järjestöjen vertaistuki pitää ottaa osaksi hyvinvointialueen palveluja.": {
    sv: "Organisationernas kamratstöd ska bli en del av välfärdsområdets tjänster.",
    en: "Peer support from voluntary organisations must become part of the county's services.",
  },
  "Odotusaikojen pitää olla julkisesti nähtävillä verkossa.": {
    sv: "Väntetiderna ska vara offentligt synliga på nätet.",
    en: "Waiting times must be publicly visible online.",
  },
  "Pitkät välimatkat haja-asutusalueilla estävät avun saamista.": {
    sv: "Långa avstånd på glesbygden hindrar unga från att få hjälp.",
    en: "Long distances in rural areas keep young people from getting help.",
  },
  "Ruotsinkielisiä palveluja on liian vähän.": {
    sv: "Det finns för lite service på svenska.",
    en: "There are too few services in Swedish.",
  },
  "Palveluihin on vaikea löytää, koska tietoa on liian monessa paikassa.": {
    sv: "Det är svårt att hitta till tjänsterna, eftersom informationen finns på för många ställen.",
    en: "The services are hard to find, because the information is in too many places.",
  },
  "Sovellus, jolla voi seurata omaa jaksamista, olisi hyödyllinen.": {
    sv: "En app där man kan följa hur man orkar skulle vara till nytta.",
    en: "An app for keeping track of one's own wellbeing would be useful.",
  },
  "Nuorisotyöntekijöitä pitää olla enemmän kouluissa ja kaduilla.": {
    sv: "Det ska finnas fler ungdomsarbetare i skolorna och på gatorna.",
    en: "There must be more youth workers in schools and on the streets.",
  },
  "Hoitoketjut katkeavat, kun nuori täyttää 18 vuotta.": {
    sv: "Vårdkedjorna bryts när den unga fyller 18 år.",
    en: "Care pathways break off when a young person turns 18.",
  },
  "Henkilöstön jaksamiseen pitää panostaa, jotta palvelut toimivat.": {
    sv: "Man ska satsa på att personalen orkar, så att tjänsterna fungerar.",
    en: "Staff wellbeing must be invested in so that the services work.",
  },
  "Lyhytterapia pitää saada jo perustasolla.": {
    sv: "Korttidsterapi ska finnas redan på basnivå.",
    en: "Short-term therapy must be available already in primary care.",
  },
};
