export const BRIEF_LANGUAGES = ["fi", "sv", "en"] as const;
export type BriefLanguage = (typeof BRIEF_LANGUAGES)[number];

const texts = {
  figures: { fi: "Avainluvut", sv: "Nyckeltal", en: "Key figures" },
  participation: {
    fi: "Keitä osallistui suhteessa väestöön",
    sv: "Vilka deltog i förhållande till befolkningen",
    en: "Who took part against the population",
  },
  findings: { fi: "Päähavainnot", sv: "Huvudresultat", en: "Main findings" },
  since: {
    fi: "Mitä sen jälkeen on tapahtunut",
    sv: "Vad som hänt sedan dess",
    en: "What has happened since",
  },
  figure: { fi: "Luku", sv: "Tal", en: "Figure" },
  value: { fi: "Arvo", sv: "Värde", en: "Value" },
  participants: { fi: "Osallistujat", sv: "Deltagare", en: "Participants" },
  votes: { fi: "Äänet", sv: "Röster", en: "Votes" },
  statementsCount: { fi: "Kannanotot", sv: "Påståenden", en: "Statements" },
  responses: { fi: "Vastaukset", sv: "Svar", en: "Responses" },
  opens: { fi: "Alkoi", sv: "Började", en: "Opened" },
  closes: { fi: "Päättyi", sv: "Slutade", en: "Closed" },
  notSet: { fi: "ei asetettu", sv: "inte angiven", en: "not set" },
  byChannel: {
    fi: "Osallistujat kanavittain",
    sv: "Deltagare per kanal",
    en: "Participants by channel",
  },
  channel: { fi: "Kanava", sv: "Kanal", en: "Channel" },
  count: { fi: "Määrä", sv: "Antal", en: "Count" },
  share: { fi: "Osuus", sv: "Andel", en: "Share" },
  noPopulation: {
    fi: "Ei saatavilla: organisaatio ei ole tallentanut väestötaulukkoa.",
    sv: "Inte tillgängligt: organisationen har inte sparat någon befolkningstabell.",
    en: "Not available: the organization has not uploaded a population table.",
  },
  noBackgroundConversation: {
    fi: "Ei saatavilla: keskustelu ei kysy osallistujien taustatietoja, joten osallistujia ei voi verrata väestöön.",
    sv: "Inte tillgängligt: samtalet frågar inte om deltagarnas bakgrund, så deltagarna kan inte jämföras med befolkningen.",
    en: "Not available: the conversation does not ask participants' background, so they cannot be compared with the population.",
  },
  noBackgroundSurvey: {
    fi: "Ei saatavilla: kyselyssä ei ole asukaspaneelin taustatietoihin (syntymävuosi, sukupuoli, kotikunta) liitettyjä kysymyksiä, joten vastaajia ei voi verrata väestöön.",
    sv: "Inte tillgängligt: enkäten har inga frågor kopplade till invånarpanelens bakgrundsuppgifter (födelseår, kön, hemkommun), så de svarande kan inte jämföras med befolkningen.",
    en: "Not available: the survey has no questions tied to the pool's background attributes (birth year, gender, home municipality), so respondents cannot be compared with the population.",
  },
  compositionSurvey: {
    fi: "Vastaajat verrattuna väestöön taustakysymysten mukaan (painottamattomat osuudet). Erottelevuusindeksi D kertoo, kuinka suuri osuus vastaajista pitäisi siirtää ryhmästä toiseen, jotta jakauma vastaisi väestöä. Alle 5 vastaajan ryhmien määriä ei näytetä.",
    sv: "De svarande jämfört med befolkningen enligt bakgrundsfrågorna (oviktade andelar). Olikhetsindexet D anger hur stor andel av de svarande som skulle behöva flyttas mellan grupperna för att fördelningen skulle motsvara befolkningen. Antal i grupper med färre än 5 svarande visas inte.",
    en: "Respondents against the population by the background questions (unweighted shares). The dissimilarity index D is the share of respondents that would have to move between groups for the shares to match the population. Counts of groups under 5 respondents are not shown.",
  },
  compositionPanel: {
    fi: "Valitut panelistit verrattuna väestöön (painottamattomat osuudet) niiden tietojen mukaan, jotka panelisteista on tallennettu. Erottelevuusindeksi D kertoo, kuinka suuri osuus panelisteista pitäisi siirtää ryhmästä toiseen, jotta jakauma vastaisi väestöä. Alle 5 panelistin ryhmien määriä ja osuuksia ei näytetä. Kieltä ei verrata, koska väestötaulukossa sitä ei ole.",
    sv: "De utvalda panelisterna jämfört med befolkningen (oviktade andelar) enligt de uppgifter som sparats om panelisterna. Olikhetsindexet D anger hur stor andel av panelisterna som skulle behöva flyttas mellan grupperna för att fördelningen skulle motsvara befolkningen. Antal och andelar i grupper med färre än 5 panelister visas inte. Språket jämförs inte eftersom befolkningstabellen inte innehåller det.",
    en: "The seated panelists against the population (unweighted shares) by what is recorded about them. The dissimilarity index D is the share of panelists that would have to move between groups for the shares to match the population. Counts and shares of groups under 5 panelists are not shown. Language is not compared: the population table does not have it.",
  },
  compositionJury: {
    fi: "Aktiiviset raatilaiset verrattuna väestöön (painottamattomat osuudet): ikä sekä paneelista tulleiden raatilaisten sukupuoli ja kotikunta. Erottelevuusindeksi D kertoo, kuinka suuri osuus raatilaisista pitäisi siirtää ryhmästä toiseen, jotta jakauma vastaisi väestöä. Alle 5 raatilaisen ryhmien määriä ja osuuksia ei näytetä.",
    sv: "De aktiva jurymedlemmarna jämfört med befolkningen (oviktade andelar): ålder samt kön och hemkommun för dem som kom från en panel. Olikhetsindexet D anger hur stor andel av jurymedlemmarna som skulle behöva flyttas mellan grupperna för att fördelningen skulle motsvara befolkningen. Antal och andelar i grupper med färre än 5 jurymedlemmar visas inte.",
    en: "The active jurors against the population (unweighted shares): age, and the gender and municipality of jurors who came from a panel. The dissimilarity index D is the share of jurors that would have to move between groups for the shares to match the population. Counts and shares of groups under 5 jurors are not shown.",
  },
  panelistsShare: {
    fi: "Osuus panelisteista",
    sv: "Andel av panelisterna",
    en: "Share of panelists",
  },
  jurorsShare: { fi: "Osuus raatilaisista", sv: "Andel av jurymedlemmarna", en: "Share of jurors" },
  noComparableAttributes: {
    fi: "Ei saatavilla: jäsenistä ei ole tallennettu ikää, sukupuolta tai kotikuntaa, joita voisi verrata väestötaulukkoon.",
    sv: "Inte tillgängligt: ingen ålder, inget kön eller ingen hemkommun som kan jämföras med befolkningstabellen har sparats om medlemmarna.",
    en: "Not available: no age, gender or municipality comparable with the population table is recorded for the members.",
  },
  cannotCompare: {
    fi: "Vertailu väestöön ei onnistunut:",
    sv: "Jämförelsen med befolkningen misslyckades:",
    en: "The comparison with the population failed:",
  },
  roundTableNoPopulation: {
    fi: "Pyöreästä pöydästä kirjataan vain osallistujien määrät rooleittain, joten vertailua väestöön ei tehdä.",
    sv: "För ett rundabordssamtal registreras endast antalet deltagare per roll, så ingen jämförelse med befolkningen görs.",
    en: "A round table records only the number of participants by role, so no comparison with the population applies.",
  },
  respondentsShare: {
    fi: "Osuus vastaajista",
    sv: "Andel av de svarande",
    en: "Share of respondents",
  },
  populationShare: {
    fi: "Osuus väestöstä",
    sv: "Andel av befolkningen",
    en: "Share of the population",
  },
  noRespondents: {
    fi: "Ei vielä vastaajia.",
    sv: "Inga svarande ännu.",
    en: "No respondents yet.",
  },
  consensusAgree: {
    fi: "Yhteisesti kannatetut",
    sv: "Gemensamt stödda",
    en: "Agreed across groups",
  },
  consensusDisagree: {
    fi: "Yhteisesti vastustetut",
    sv: "Gemensamt motsatta",
    en: "Rejected across groups",
  },
  divisive: { fi: "Eniten jakavat", sv: "Mest splittrande", en: "Most divisive" },
  statement: { fi: "Kannanotto", sv: "Påstående", en: "Statement" },
  agree: { fi: "Samaa mieltä", sv: "Håller med", en: "Agree" },
  disagree: { fi: "Eri mieltä", sv: "Håller inte med", en: "Disagree" },
  spread: { fi: "Ryhmien ero", sv: "Skillnad mellan grupper", en: "Spread between groups" },
  groups: { fi: "Mielipideryhmät", sv: "Åsiktsgrupper", en: "Opinion groups" },
  group: { fi: "Ryhmä", sv: "Grupp", en: "Group" },
  noMath: {
    fi: "Tuloksia ei ole vielä laskettu.",
    sv: "Resultaten har ännu inte räknats.",
    en: "The results have not been computed yet.",
  },
  none: { fi: "Ei yhtään.", sv: "Inga.", en: "None." },
  answered: { fi: "Vastanneita", sv: "Svarande", en: "Answered" },
  option: { fi: "Vaihtoehto", sv: "Alternativ", en: "Option" },
  mean: { fi: "Keskiarvo", sv: "Medelvärde", en: "Mean" },
  suppressed: {
    fi: "alle 5 vastaajaa: ei näytetä",
    sv: "färre än 5 svarande: visas inte",
    en: "fewer than 5 respondents: not shown",
  },
  themes: { fi: "Teemat", sv: "Teman", en: "Themes" },
  theme: { fi: "Teema", sv: "Tema", en: "Theme" },
  quotes: { fi: "Lainauksia", sv: "Citat", en: "Quotes" },
  themesPending: {
    fi: "Avoimen kysymyksen teemoja ei ole vielä hyväksytty",
    sv: "Temana för den öppna frågan har ännu inte godkänts",
    en: "The themes of this open question are not signed off yet",
  },
  noTables: {
    fi: "Toimenpidetaulukkoa ei ole vielä liitetty tähän osallistumiseen.",
    sv: "Ingen åtgärdstabell har ännu kopplats till detta deltagande.",
    en: "No action table has been linked to this activity yet.",
  },
  status: { fi: "Tila", sv: "Status", en: "Status" },
  measures: { fi: "Toimenpiteet", sv: "Åtgärder", en: "Measures" },
  recommendations: { fi: "Suositukset", sv: "Rekommendationer", en: "Recommendations" },
  generated: { fi: "Laadittu", sv: "Sammanställd", en: "Generated" },
  candidates: { fi: "Ilmoittautuneet", sv: "Anmälda", en: "Signed up" },
  seated: { fi: "Valitut panelistit", sv: "Valda panelister", en: "Panelists seated" },
  confirmed: { fi: "Vahvistaneet", sv: "Bekräftade", en: "Confirmed" },
  declined: { fi: "Perui tai luopui", sv: "Avböjde eller avstod", en: "Declined or withdrew" },
  reserveList: { fi: "Varalla", sv: "Reserver", en: "Reserves" },
  sessions: { fi: "Tapaamiset", sv: "Möten", en: "Sessions" },
  quotasHeading: {
    fi: "Valitut panelistit kiintiöittäin",
    sv: "Valda panelister per kvot",
    en: "Panelists seated against the quotas",
  },
  quotaGroup: { fi: "Kiintiö", sv: "Kvot", en: "Quota" },
  quotaMin: { fi: "Vähintään", sv: "Minst", en: "At least" },
  quotaMax: { fi: "Enintään", sv: "Högst", en: "At most" },
  noQuotas: {
    fi: "Paneelille ei asetettu kiintiöitä.",
    sv: "Inga kvoter sattes för panelen.",
    en: "No quotas were set for the panel.",
  },
  notSelectedYet: {
    fi: "Paneelia ei ole vielä arvottu.",
    sv: "Panelen har ännu inte lottats.",
    en: "The panel has not been drawn yet.",
  },
  noStatement: {
    fi: "Paneelilla ei ole vielä lausumaa.",
    sv: "Panelen har ännu inget uttalande.",
    en: "The panel has no statement yet.",
  },
  recommendation: { fi: "Suositus", sv: "Rekommendation", en: "Recommendation" },
  meetings: { fi: "Tapaamiset", sv: "Möten", en: "Meetings" },
  meetingParticipants: {
    fi: "Osallistujia tapaamisissa",
    sv: "Deltagare i mötena",
    en: "Participants in the meetings",
  },
  byRole: {
    fi: "Osallistujat roolin mukaan",
    sv: "Deltagare efter roll",
    en: "Participants by role",
  },
  role: { fi: "Rooli", sv: "Roll", en: "Role" },
  role_resident: { fi: "Asukkaat", sv: "Invånare", en: "Residents" },
  role_young_person: { fi: "Nuoret", sv: "Unga", en: "Young people" },
  role_parent: { fi: "Vanhemmat", sv: "Föräldrar", en: "Parents" },
  role_staff_member: { fi: "Henkilöstö", sv: "Personal", en: "Staff members" },
  role_decision_maker: { fi: "Päättäjät", sv: "Beslutsfattare", en: "Decision-makers" },
  role_stakeholder: { fi: "Sidosryhmät", sv: "Intressenter", en: "Stakeholders" },
  sentTo: { fi: "Lähetetty", sv: "Skickat till", en: "Sent to" },
  responsesReceived: { fi: "Saadut vastaukset", sv: "Mottagna svar", en: "Responses received" },
  noPublicStatement: {
    fi: "Julkilausumaa ei ole vielä aloitettu.",
    sv: "Det offentliga uttalandet har inte påbörjats ännu.",
    en: "The public statement has not been started yet.",
  },
  supportAnswered: { fi: "Vastanneet", sv: "Svarade", en: "Answered" },
  acceptable: {
    fi: "Voi hyväksyä (vähintään ”voin elää sen kanssa”)",
    sv: "Kan godta (minst ”jag kan leva med det”)",
    en: "Acceptable (at least “I can live with it”)",
  },
  jurors: { fi: "Raatilaiset", sv: "Jurymedlemmar", en: "Jurors" },
  experts: { fi: "Asiantuntijat", sv: "Experter", en: "Experts" },
  hearings: { fi: "Asiantuntijakuulemiset", sv: "Expertutfrågningar", en: "Expert hearings" },
  questionsAsked: {
    fi: "Kysymyksiä asiantuntijoille",
    sv: "Frågor till experterna",
    en: "Questions to the experts",
  },
  posts: { fi: "Keskusteluviestit", sv: "Inlägg i diskussionen", en: "Posts in the discussion" },
  byAge: { fi: "Raatilaiset iän mukaan", sv: "Jurymedlemmar efter ålder", en: "Jurors by age" },
  ageBand: { fi: "Ikäryhmä", sv: "Åldersgrupp", en: "Age band" },
  ageUnknown: { fi: "Ei tiedossa", sv: "Okänd", en: "Not known" },
  fewer: { fi: "alle 3", sv: "under 3", en: "under 3" },
  decisionResponse: {
    fi: "Päättäjien vastaus",
    sv: "Beslutsfattarnas svar",
    en: "The decision-makers' response",
  },
  noDecisionResponse: {
    fi: "Päättäjät eivät ole vielä vastanneet.",
    sv: "Beslutsfattarna har ännu inte svarat.",
    en: "The decision-makers have not responded yet.",
  },
  numbersToCall: { fi: "Soitettavia numeroita", sv: "Nummer att ringa", en: "Numbers to call" },
  attempted: { fi: "Soittoyrityksiä", sv: "Samtalsförsök", en: "Calls attempted" },
  answeredCalls: { fi: "Vastattuja puheluita", sv: "Besvarade samtal", en: "Calls answered" },
  completedCalls: { fi: "Loppuun asti vastattuja", sv: "Fullständiga svar", en: "Completed" },
  partialCalls: { fi: "Osittain vastattuja", sv: "Delvis besvarade", en: "Partly answered" },
  optedOut: { fi: "Kieltäytyi soitoista", sv: "Avböjde samtal", en: "Opted out" },
  failedCalls: { fi: "Epäonnistuneita", sv: "Misslyckade", en: "Failed" },
  phoneAnswers: {
    fi: "Vastaukset kysymyksittäin (vain tämän puhelukampanjan vastaukset)",
    sv: "Svar per fråga (endast denna samtalskampanjs svar)",
    en: "Answers by question (this phone campaign's answers only)",
  },
} satisfies Record<string, Record<BriefLanguage, string>>;

export type TextKey = keyof typeof texts;

/** The brief's words in one language. */
export function labels(language: BriefLanguage): (key: TextKey) => string {
  return (key) => texts[key][language];
}

/** A share 0..1 as a percentage in the language's way (fi/sv: decimal comma). */
export function percent(share: number, language: BriefLanguage): string {
  const s = (Math.round(share * 1000) / 10).toFixed(1);
  return `${language === "en" ? s : s.replace(".", ",")} %`;
}

export function day(date: Date | null | undefined): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
