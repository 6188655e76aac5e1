/**
 * Synthetic Finnish open answers to "Mitä meidän pitäisi parantaa?" (written for Kuulo; no real
 * people): a few concerns a county hears often, each said in several ways, with varied
 * openings and endings so that no two answers of a batch need be the same.
 */
const CONCERNS: Record<string, string[]> = {
  jonot: [
    "Puhelinjonossa joutui odottamaan yli puoli tuntia ennen kuin kukaan vastasi.",
    "Jonotusaika puhelimessa oli aivan liian pitkä, ja takaisinsoittoa ei tullut.",
    "Soitin kolme kertaa ja joka kerta puhelinjono oli täynnä.",
    "Takaisinsoittopalvelu lupasi soittaa samana päivänä, mutta soitto tuli vasta seuraavana.",
    "Puhelimeen vastataan liian hitaasti, jonossa meni koko ruokatauko.",
  ],
  aukiolo: [
    "Aukioloajat voisivat olla pidemmät iltaisin, töiden jälkeen ei ehdi.",
    "Kirjasto voisi olla auki myös sunnuntaisin ja arki-iltaisin pidempään.",
    "Aukioloajat ovat hankalat työssäkäyville, lauantaina pitäisi olla auki.",
    "Iltaisin ovet menevät kiinni liian aikaisin, aukioloaikoja pitäisi pidentää.",
  ],
  ajanvaraus: [
    "Ajanvaraus verkossa oli hankala löytää ja lomake kaatui kesken.",
    "Sähköinen ajanvaraus ei toiminut puhelimella, jouduin soittamaan.",
    "Verkkosivuilta oli vaikea löytää, miten ajan voi varata.",
    "Ajanvarausjärjestelmä pyysi kirjautumaan kahdesti ja varaus katosi.",
    "Netin ajanvarauksessa ei näkynyt yhtään vapaata aikaa viikkoihin.",
  ],
  ruotsi: [
    "Toivoisin enemmän palvelua ruotsiksi, nyt asioin aina suomeksi.",
    "Ruotsinkielistä palvelua ei saanut puhelimessa lainkaan.",
    "Lomakkeet pitäisi saada myös ruotsiksi, kaikki eivät ymmärrä suomea hyvin.",
  ],
  pysakointi: [
    "Pysäköintipaikkoja on terveysaseman edessä liian vähän.",
    "Pysäköintialue on aina täynnä, eikä invapaikkoja ole tarpeeksi.",
    "Bussilla on vaikea päästä perille, vuoroja kulkee harvoin ja pysäkki on kaukana.",
    "Pysäköinti on maksullista ja paikkoja on vähän, se hankaloittaa asiointia.",
  ],
  henkilokunta: [
    "Henkilökunta oli ystävällistä, mutta heillä oli selvästi liian kiire.",
    "Lääkärillä ei ollut aikaa kuunnella, vastaanotto tuntui kiireiseltä.",
    "Hoitaja oli mukava, mutta henkilökuntaa on liian vähän.",
    "Työntekijöitä on liian vähän, kaikilla on kiire eikä kukaan ehdi neuvoa.",
  ],
  tiedotus: [
    "Tiedotus muutoksista oli puutteellista, kuulin sulkemisesta vasta ovella.",
    "Kirjeessä ei kerrottu selvästi, mitä minun pitää tehdä seuraavaksi.",
    "Ohjeet olivat vaikeaa virkakieltä, selkokieliset ohjeet auttaisivat.",
  ],
};

const OPENINGS = [
  "",
  "",
  "",
  "Muuten kaikki hyvin. ",
  "Kiitos palvelusta. ",
  "Yksi asia: ",
  "Kokemukseni mukaan ",
];
const ENDINGS = [
  "",
  "",
  "",
  " Muuten olen tyytyväinen.",
  " Toivottavasti tähän puututaan.",
  " Tämä on toistunut useasti.",
  " Kiitos.",
];

export const DEMO_CONCERNS = Object.keys(CONCERNS);

/** The i-th synthetic answer (deterministic), with the concern it was written about. */
export function demoAnswer(i: number): { concern: string; text: string } {
  const concern = DEMO_CONCERNS[(i * 5 + Math.floor(i / 7)) % DEMO_CONCERNS.length]!;
  const phrasings = CONCERNS[concern]!;
  const core = phrasings[(i * 3 + Math.floor(i / 11)) % phrasings.length]!;
  const opening = OPENINGS[(i * 7) % OPENINGS.length]!;
  const ending = ENDINGS[(i * 11 + 3) % ENDINGS.length]!;
  const lowered =
    opening && !opening.endsWith(". ") ? core[0]!.toLowerCase() + core.slice(1) : core;
  return { concern, text: `${opening}${lowered}${ending}` };
}

/** Finnish theme names for the demo's sign-off, by the concern's most telling words. */
export const DEMO_THEME_NAMES: { words: string[]; label: string }[] = [
  {
    words: ["puhelinjono", "jono", "puhelin", "takaisinsoitto", "jonotusaika", "soittaa"],
    label: "Puhelinjonot ja takaisinsoitot",
  },
  { words: ["aukioloaika", "ilta", "auki", "sunnuntai", "lauantai"], label: "Aukioloajat" },
  {
    words: ["ajanvaraus", "verkko", "varaus", "verkkosivu", "netti", "sähköinen"],
    label: "Verkon ajanvaraus",
  },
  { words: ["ruotsi", "ruotsinkielinen", "lomake"], label: "Palvelu ruotsiksi" },
  {
    words: ["pysäköinti", "pysäköintipaikka", "bussi", "pysäköintialue"],
    label: "Pysäköinti ja kulkuyhteydet",
  },
  {
    words: ["henkilökunta", "kiire", "hoitaja", "lääkäri", "työntekijä"],
    label: "Henkilökunnan kiire",
  },
  { words: ["tiedotus", "ohje", "kirje", "selkokielinen"], label: "Tiedotus ja ohjeet" },
];

/** The Finnish name of a theme by its keywords (undefined when none fits). */
export function demoThemeName(keywords: readonly string[]): string | undefined {
  let best: { label: string; score: number } | undefined;
  for (const { words, label } of DEMO_THEME_NAMES) {
    const score = keywords.reduce(
      (s, k, i) => s + (words.some((w) => k.includes(w)) ? 10 - i : 0),
      0,
    );
    if (score > 0 && (!best || score > best.score)) best = { label, score };
  }
  return best?.label;
}
