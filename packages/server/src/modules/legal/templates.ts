import type { Language, LocalizedText } from "../organizations/index.js";
import { STORED_DATA } from "./inventory.js";
import type { Conformance } from "./schema.js";

/**
 * The templates of the two documents, written from facts: the organization's name and contacts,
 * what Kuulo stores (inventory.ts) and the state of the accessibility evaluation. The text is
 * "markdown-ish": `# ` and `## ` headings, `- ` list items, paragraphs between blank lines
 * (the web app renders it as such, never as HTML).
 */

/** The facts an organization keeps for its documents (legal_facts, with defaults). */
export interface LegalFacts {
  controllerContact: string;
  dpoContact: string;
  supervisoryAuthority: string;
  conformance: Conformance;
  evaluatedOn: string | null;
  evaluator: string;
  nonConformities: LocalizedText[];
}

export const DEFAULT_AUTHORITY =
  "Lupa- ja valvontavirasto, saavutettavuusvalvonta – www.saavutettavuusvaatimukset.fi";

export const EMPTY_FACTS: LegalFacts = {
  controllerContact: "",
  dpoContact: "",
  supervisoryAuthority: "",
  conformance: "partial",
  evaluatedOn: null,
  evaluator: "",
  nonConformities: [],
};

type Words = Record<Language, string>;

const MISSING: Words = {
  fi: "(organisaatio täydentää)",
  sv: "(organisationen fyller i)",
  en: "(to be filled in by the organization)",
};

function orMissing(value: string, lang: Language): string {
  return value.trim() || MISSING[lang];
}

const PRIVACY: Record<Language, (name: string, f: LegalFacts) => string[]> = {
  fi: (name, f) => [
    `# Tietosuojaseloste – ${name}: Kuulo-osallistumispalvelu`,
    "## Rekisterinpitäjä",
    `${name}. Yhteystiedot: ${orMissing(f.controllerContact, "fi")}`,
    "## Tietosuojavastaava",
    orMissing(f.dpoContact, "fi"),
    "## Mitä tietoja käsittelemme ja miksi",
  ],
  sv: (name, f) => [
    `# Dataskyddsbeskrivning – ${name}: tjänsten Kuulo för delaktighet`,
    "## Personuppgiftsansvarig",
    `${name}. Kontaktuppgifter: ${orMissing(f.controllerContact, "sv")}`,
    "## Dataskyddsombud",
    orMissing(f.dpoContact, "sv"),
    "## Vilka uppgifter vi behandlar och varför",
  ],
  en: (name, f) => [
    `# Privacy notice – ${name}: the Kuulo participation service`,
    "## Controller",
    `${name}. Contact: ${orMissing(f.controllerContact, "en")}`,
    "## Data protection officer",
    orMissing(f.dpoContact, "en"),
    "## What we process and why",
  ],
};

const PRIVACY_END: Record<Language, string[]> = {
  fi: [
    "## Käsittelyn oikeusperuste",
    "Yleisen edun mukainen tehtävä ja julkisen vallan käyttö (EU:n yleinen tietosuoja-asetus, 6 artiklan 1 kohdan e alakohta): asukkaiden osallistumismahdollisuuksien järjestäminen.",
    "## Vastaanottajat ja siirrot",
    "Tietoja käsittelevät organisaation henkilöstö ja palvelun tekninen ylläpitäjä organisaation lukuun. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle. Julkaistut tulokset ovat koosteita, joista yksittäistä henkilöä ei voi tunnistaa.",
    "## Oikeutesi",
    "- oikeus saada pääsy tietoihisi",
    "- oikeus tietojen oikaisemiseen",
    "- oikeus tietojen poistamiseen ja käsittelyn rajoittamiseen laissa säädetyin edellytyksin",
    "- oikeus vastustaa käsittelyä",
    "Koska osallistuminen on nimetöntä, pyydä apua rekisterinpitäjältä ja kerro, mitä keskustelua pyyntö koskee.",
    "## Oikeus valittaa valvontaviranomaiselle",
    "Sinulla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle (www.tietosuoja.fi), jos katsot, että henkilötietojesi käsittely rikkoo tietosuojasäännöksiä.",
  ],
  sv: [
    "## Rättslig grund för behandlingen",
    "Uppgift av allmänt intresse och myndighetsutövning (EU:s allmänna dataskyddsförordning, artikel 6.1 e): att ordna möjligheter för invånarna att delta.",
    "## Mottagare och överföringar",
    "Uppgifterna behandlas av organisationens personal och av tjänstens tekniska förvaltare för organisationens räkning. Uppgifterna överförs inte utanför EU eller EES. Publicerade resultat är sammanställningar där ingen enskild person kan identifieras.",
    "## Dina rättigheter",
    "- rätt till tillgång till dina uppgifter",
    "- rätt till rättelse",
    "- rätt till radering och begränsning av behandlingen enligt lagens förutsättningar",
    "- rätt att invända mot behandlingen",
    "Eftersom deltagandet är anonymt, be den personuppgiftsansvarige om hjälp och berätta vilken diskussion begäran gäller.",
    "## Rätt att klaga till tillsynsmyndigheten",
    "Du har rätt att lämna in ett klagomål till dataombudsmannens byrå (www.tietosuoja.fi/sv) om du anser att behandlingen av dina personuppgifter bryter mot dataskyddsbestämmelserna.",
  ],
  en: [
    "## Legal basis",
    "A task carried out in the public interest and in the exercise of official authority (EU General Data Protection Regulation, Article 6(1)(e)): giving residents ways to take part.",
    "## Recipients and transfers",
    "The data is processed by the organization's staff and by the service's technical operator on the organization's behalf. No data is transferred outside the EU or the EEA. Published results are aggregates in which no individual can be identified.",
    "## Your rights",
    "- the right of access to your data",
    "- the right to rectification",
    "- the right to erasure and to restriction of processing as the law provides",
    "- the right to object to processing",
    "As taking part is anonymous, ask the controller for help and say which conversation your request concerns.",
    "## Right to complain to the supervisory authority",
    "You have the right to lodge a complaint with the Office of the Data Protection Ombudsman (tietosuojavaltuutettu, www.tietosuoja.fi/en) if you consider that the processing of your personal data breaches data protection law.",
  ],
};

const LABELS: Record<
  Language,
  { residents: string; staff: string; purpose: string; kept: string }
> = {
  fi: { residents: "Osallistujat", staff: "Henkilöstö", purpose: "Tarkoitus", kept: "Säilytys" },
  sv: { residents: "Deltagare", staff: "Personal", purpose: "Ändamål", kept: "Lagring" },
  en: { residents: "Participants", staff: "Staff", purpose: "Purpose", kept: "Kept" },
};

/** The partners a shared resident pool is open to, as recipients (none when not shared). */
const SHARED_POOL: Record<Language, (names: string) => string> = {
  fi: (names) =>
    `Asukaspooli on jaettu sopimuksella seuraavien organisaatioiden kanssa: ${names}. Kukin niistä näkee ja voi kutsua vain ne poolin jäsenet, jotka ovat erikseen suostuneet siihen, että juuri se saa kutsua heitä. Suostumuksen voi perua omista tiedoista milloin tahansa.`,
  sv: (names) =>
    `Invånarpoolen delas genom avtal med följande organisationer: ${names}. Var och en ser och kan bjuda in endast de medlemmar i poolen som särskilt har samtyckt till att just den får bjuda in dem. Samtycket kan återkallas när som helst bland de egna uppgifterna.`,
  en: (names) =>
    `The resident pool is shared by agreement with these organizations: ${names}. Each of them sees and may invite only the pool's members who have consented separately to that organization inviting them. The consent can be withdrawn at any time in self-service.`,
};

export function privacyTemplate(
  orgName: LocalizedText,
  facts: LegalFacts,
  poolPartners: readonly LocalizedText[] = [],
): LocalizedText {
  const make = (lang: Language) => {
    const name = orgName[lang] || orgName.fi;
    const l = LABELS[lang];
    const groups = (["residents", "staff"] as const).flatMap((subjects) => [
      `### ${l[subjects]}`,
      ...STORED_DATA.filter((d) => d.subjects === subjects).map(
        (d) => `- ${d.what[lang]} ${l.purpose}: ${d.purpose[lang]} ${l.kept}: ${d.retention[lang]}`,
      ),
    ]);
    const end = [...PRIVACY_END[lang]];
    if (poolPartners.length > 0) {
      // After the recipients paragraph: the partner organizations are recipients too.
      const at = end.findIndex((line) => /^## (Vastaanottajat|Mottagare|Recipients)/.test(line));
      const names = poolPartners.map((p) => p[lang] || p.fi).join(", ");
      end.splice(at + 2, 0, SHARED_POOL[lang](names));
    }
    return [...PRIVACY[lang](name, facts), ...groups, ...end].join("\n\n");
  };
  return { fi: make("fi"), sv: make("sv"), en: make("en") };
}

const A11Y: Record<Language, Record<string, string>> = {
  fi: {
    title: "Saavutettavuusseloste",
    intro:
      "Tämä seloste koskee organisaation {name} Kuulo-osallistumispalvelun asukassivuja. Digitaalisten palvelujen tarjoamisesta annettu laki (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia.",
    status: "## Saavutettavuuden tila",
    partial: "Palvelu täyttää WCAG 2.1 -kriteerien AA-tason vaatimukset osittain.",
    full: "Palvelu täyttää WCAG 2.1 -kriteerien AA-tason vaatimukset.",
    gaps: "## Ei-saavutettava sisältö",
    noGaps: "Organisaatio ei ole kirjannut tunnettuja saavutettavuuspuutteita.",
    how: "## Miten saavutettavuus on arvioitu",
    auto: "Kuulon asukassivut testataan jokaisen muutoksen yhteydessä automaattisesti axe-core-työkalulla (WCAG 2.1 AA) sekä näppäimistöllä ja 360 pikselin levyisellä näytöllä.",
    manual: "Organisaation tekemä arviointi: {date}, arvioija {evaluator}.",
    noManual: "Organisaatio ei ole vielä tehnyt omaa asiantuntija-arviointia.",
    updated: "Seloste on laadittu tai päivitetty {updated}.",
    feedback: "## Palaute",
    feedbackBody:
      "Huomasitko saavutettavuuspuutteen? Kerro siitä tämän sivun palautelomakkeella. Vastaamme 14 päivän kuluessa.",
    authority: "## Valvontaviranomainen",
    authorityBody:
      "Jos et saa vastausta 14 päivän kuluessa tai et ole tyytyväinen vastaukseen, voit tehdä ilmoituksen valvontaviranomaiselle: {authority}",
  },
  sv: {
    title: "Tillgänglighetsutlåtande",
    intro:
      "Detta utlåtande gäller invånarsidorna i tjänsten Kuulo för delaktighet hos {name}. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster är tillgängliga.",
    status: "## Tillgänglighetsstatus",
    partial: "Tjänsten uppfyller delvis kraven på nivå AA i WCAG 2.1.",
    full: "Tjänsten uppfyller kraven på nivå AA i WCAG 2.1.",
    gaps: "## Innehåll som inte är tillgängligt",
    noGaps: "Organisationen har inte antecknat några kända brister i tillgängligheten.",
    how: "## Hur tillgängligheten har bedömts",
    auto: "Kuulos invånarsidor testas automatiskt vid varje ändring med verktyget axe-core (WCAG 2.1 AA) samt med tangentbord och på en 360 pixlar bred skärm.",
    manual: "Organisationens egen bedömning: {date}, bedömare {evaluator}.",
    noManual: "Organisationen har ännu inte gjort en egen expertbedömning.",
    updated: "Utlåtandet har utarbetats eller uppdaterats {updated}.",
    feedback: "## Respons",
    feedbackBody:
      "Har du hittat en brist i tillgängligheten? Berätta om den med responsformuläret på den här sidan. Vi svarar inom 14 dagar.",
    authority: "## Tillsynsmyndighet",
    authorityBody:
      "Om du inte får svar inom 14 dagar eller inte är nöjd med svaret kan du anmäla saken till tillsynsmyndigheten: {authority}",
  },
  en: {
    title: "Accessibility statement",
    intro:
      "This statement covers the residents' pages of {name}'s Kuulo participation service. The Act on the Provision of Digital Services (306/2019) requires public online services to be accessible.",
    status: "## Compliance status",
    partial: "The service partially meets the level AA requirements of WCAG 2.1.",
    full: "The service meets the level AA requirements of WCAG 2.1.",
    gaps: "## Non-accessible content",
    noGaps: "The organization has not recorded any known accessibility issues.",
    how: "## How accessibility was evaluated",
    auto: "Kuulo's residents' pages are tested automatically with every change using axe-core (WCAG 2.1 AA), by keyboard and on a 360-pixel-wide screen.",
    manual: "The organization's own evaluation: {date}, by {evaluator}.",
    noManual: "The organization has not yet made its own expert evaluation.",
    updated: "This statement was prepared or updated on {updated}.",
    feedback: "## Feedback",
    feedbackBody:
      "Did you notice an accessibility issue? Tell us with the feedback form on this page. We answer within 14 days.",
    authority: "## Supervisory authority",
    authorityBody:
      "If you get no answer within 14 days or are not satisfied with the answer, you can notify the supervisory authority: {authority}",
  },
};

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_m, key: string) => values[key] ?? "");
}

export function accessibilityTemplate(
  orgName: LocalizedText,
  facts: LegalFacts,
  updatedOn: string,
): LocalizedText {
  const make = (lang: Language) => {
    const w = A11Y[lang];
    const values = {
      name: orgName[lang] || orgName.fi,
      date: facts.evaluatedOn ? formatDay(facts.evaluatedOn, lang) : "",
      evaluator: orMissing(facts.evaluator, lang),
      updated: formatDay(updatedOn, lang),
      authority: facts.supervisoryAuthority.trim() || DEFAULT_AUTHORITY,
    };
    const gaps = facts.nonConformities
      .map((g) => (g[lang] || g.fi).trim())
      .filter(Boolean)
      .map((g) => `- ${g}`);
    return [
      `# ${w.title} – ${values.name}`,
      w.intro!,
      w.status!,
      facts.conformance === "full" ? w.full! : w.partial!,
      w.gaps!,
      ...(gaps.length > 0 ? gaps : [w.noGaps!]),
      w.how!,
      w.auto!,
      facts.evaluatedOn ? w.manual! : w.noManual!,
      w.updated!,
      w.feedback!,
      w.feedbackBody!,
      w.authority!,
      w.authorityBody!,
    ]
      .map((line) => fill(line, values))
      .join("\n\n");
  };
  return { fi: make("fi"), sv: make("sv"), en: make("en") };
}

/** A calendar day (YYYY-MM-DD) as each language writes it. */
export function formatDay(day: string, lang: Language): string {
  const [y, m, d] = day.split("-").map(Number);
  if (!y || !m || !d) return day;
  if (lang === "sv") return day;
  if (lang === "fi") return `${d}.${m}.${y}`;
  const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString("en-GB", {
    month: "long",
    timeZone: "UTC",
  });
  return `${d} ${month} ${y}`;
}
