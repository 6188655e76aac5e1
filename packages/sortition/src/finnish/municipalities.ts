/**
 * Finnish municipalities (kunnat) with their statistical code and wellbeing services county
 * (hyvinvointialue), as in Statistics Finland's 2025 classification. PARTIAL: every
 * municipality of Uusimaa (the five Uusimaa areas) and about a hundred others, the largest
 * among them; not all 308. Helsinki organises its own services; Åland is outside the reform.
 */
export interface Municipality {
  code: string;
  name: string;
  county: string;
}

const COUNTIES = {
  HKI: "Helsingin kaupunki",
  KU: "Keski-Uudenmaan hyvinvointialue",
  VK: "Vantaan ja Keravan hyvinvointialue",
  LU: "Länsi-Uudenmaan hyvinvointialue",
  IU: "Itä-Uudenmaan hyvinvointialue",
  VS: "Varsinais-Suomen hyvinvointialue",
  SK: "Satakunnan hyvinvointialue",
  KH: "Kanta-Hämeen hyvinvointialue",
  PI: "Pirkanmaan hyvinvointialue",
  PH: "Päijät-Hämeen hyvinvointialue",
  KY: "Kymenlaakson hyvinvointialue",
  EK: "Etelä-Karjalan hyvinvointialue",
  ES: "Etelä-Savon hyvinvointialue",
  PS: "Pohjois-Savon hyvinvointialue",
  PK: "Pohjois-Karjalan hyvinvointialue",
  KS: "Keski-Suomen hyvinvointialue",
  EP: "Etelä-Pohjanmaan hyvinvointialue",
  PO: "Pohjanmaan hyvinvointialue",
  KP: "Keski-Pohjanmaan hyvinvointialue",
  PP: "Pohjois-Pohjanmaan hyvinvointialue",
  KA: "Kainuun hyvinvointialue",
  LA: "Lapin hyvinvointialue",
  AX: "Ahvenanmaa (Åland)",
} as const;

// code name county — one per line.
const TABLE = `
091 Helsinki HKI
106 Hyvinkää KU|186 Järvenpää KU|505 Mäntsälä KU|543 Nurmijärvi KU|611 Pornainen KU|858 Tuusula KU
092 Vantaa VK|245 Kerava VK
049 Espoo LU|078 Hanko LU|149 Inkoo LU|224 Karkkila LU|235 Kauniainen LU|257 Kirkkonummi LU|444 Lohja LU|710 Raasepori LU|755 Siuntio LU|927 Vihti LU
018 Askola IU|407 Lapinjärvi IU|434 Loviisa IU|504 Myrskylä IU|616 Pukkila IU|638 Porvoo IU|753 Sipoo IU
853 Turku VS|202 Kaarina VS|680 Raisio VS|529 Naantali VS|423 Lieto VS|734 Salo VS|445 Parainen VS|322 Kemiönsaari VS|430 Loimaa VS|481 Masku VS|503 Mynämäki VS|538 Nousiainen VS|636 Pöytyä VS|704 Rusko VS|738 Sauvo VS|761 Somero VS|895 Uusikaupunki VS|918 Vehmaa VS
609 Pori SK|684 Rauma SK|102 Huittinen SK|783 Säkylä SK
109 Hämeenlinna KH|694 Riihimäki KH|061 Forssa KH|165 Janakkala KH|082 Hattula KH|086 Hausjärvi KH|433 Loppi KH|103 Humppila KH|169 Jokioinen KH|834 Tammela KH|981 Ypäjä KH
837 Tampere PI|536 Nokia PI|980 Ylöjärvi PI|211 Kangasala PI|418 Lempäälä PI|604 Pirkkala PI|908 Valkeakoski PI|790 Sastamala PI|562 Orivesi PI|020 Akaa PI|108 Hämeenkyrö PI|143 Ikaalinen PI|581 Parkano PI|702 Ruovesi PI|887 Urjala PI|922 Vesilahti PI
398 Lahti PH|098 Hollola PH|111 Heinola PH|016 Asikkala PH|142 Iitti PH|560 Orimattila PH
285 Kotka KY|286 Kouvola KY|075 Hamina KY|624 Pyhtää KY|935 Virolahti KY
405 Lappeenranta EK|153 Imatra EK
491 Mikkeli ES|740 Savonlinna ES|593 Pieksämäki ES
297 Kuopio PS|140 Iisalmi PS|915 Varkaus PS|749 Siilinjärvi PS|687 Rautavaara PS|762 Sonkajärvi PS
167 Joensuu PK|276 Kontiolahti PK|426 Liperi PK
179 Jyväskylä KS|182 Jämsä KS|249 Keuruu KS|592 Petäjävesi KS
743 Seinäjoki EP|010 Alavus EP|232 Kauhajoki EP|301 Kurikka EP
905 Vaasa PO|598 Pietarsaari PO|499 Mustasaari PO
272 Kokkola KP
564 Oulu PP|069 Haapajärvi PP|494 Muhos PP|535 Nivala PP|626 Pyhäjärvi PP|691 Reisjärvi PP|859 Tyrnävä PP
205 Kajaani KA|578 Paltamo KA|765 Sotkamo KA
698 Rovaniemi LA|240 Kemi LA|851 Tornio LA
478 Maarianhamina AX
`;

export const MUNICIPALITIES: readonly Municipality[] = TABLE.split(/[\n|]/)
  .map((entry) => entry.trim())
  .filter((entry) => entry !== "")
  .map((entry) => {
    const parts = entry.split(" ");
    const code = parts[0]!;
    const county = COUNTIES[parts[parts.length - 1] as keyof typeof COUNTIES];
    return { code, name: parts.slice(1, -1).join(" "), county };
  });

const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const BY_NAME = new Map(MUNICIPALITIES.map((m) => [m.name.toLowerCase(), m]));

/** Municipality by code ("91", "091" or 91) or by Finnish name; undefined if not in the table. */
export function municipality(codeOrName: string | number): Municipality | undefined {
  const text = String(codeOrName).trim();
  if (/^\d{1,3}$/.test(text)) return BY_CODE.get(text.padStart(3, "0"));
  return BY_NAME.get(text.toLowerCase());
}

/** All wellbeing services counties (and Helsinki, Åland) named in the table. */
export const WELLBEING_COUNTIES: readonly string[] = Object.values(COUNTIES);
