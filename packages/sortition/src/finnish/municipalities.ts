/**
 * Finnish municipalities (kunnat) with their statistical code and wellbeing services county
 * (hyvinvointialue): all 308 municipalities of 2025, 292 in mainland Finland and 16 in Åland.
 * Codes and Finnish names are Statistics Finland's municipality classification (CC BY 4.0), taken
 * from its 2021 edition (309 municipalities, valid 2021–2024) less Pertunmaa (588), which merged
 * into Mäntyharju (507) on 1 January 2025. Each region (maakunta) is one wellbeing services county,
 * except Uusimaa, split between Helsinki, which organises its own services, and four counties.
 * Åland is outside the reform. See MUNICIPALITIES-SOURCE.md beside this file.
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

// Entries "code name county", separated by | or a new line; grouped by county, by code within it.
const TABLE = `
091 Helsinki HKI
106 Hyvinkää KU|186 Järvenpää KU|505 Mäntsälä KU|543 Nurmijärvi KU|611 Pornainen KU|858 Tuusula KU
092 Vantaa VK|245 Kerava VK
049 Espoo LU|078 Hanko LU|149 Inkoo LU|224 Karkkila LU|235 Kauniainen LU|257 Kirkkonummi LU
444 Lohja LU|710 Raasepori LU|755 Siuntio LU|927 Vihti LU
018 Askola IU|407 Lapinjärvi IU|434 Loviisa IU|504 Myrskylä IU
616 Pukkila IU|638 Porvoo IU|753 Sipoo IU
019 Aura VS|202 Kaarina VS|284 Koski Tl VS|304 Kustavi VS|322 Kemiönsaari VS|400 Laitila VS
423 Lieto VS|430 Loimaa VS|445 Parainen VS|480 Marttila VS|481 Masku VS|503 Mynämäki VS
529 Naantali VS|538 Nousiainen VS|561 Oripää VS|577 Paimio VS|631 Pyhäranta VS|636 Pöytyä VS
680 Raisio VS|704 Rusko VS|734 Salo VS|738 Sauvo VS|761 Somero VS|833 Taivassalo VS|853 Turku VS
895 Uusikaupunki VS|918 Vehmaa VS
050 Eura SK|051 Eurajoki SK|079 Harjavalta SK|102 Huittinen SK|181 Jämijärvi SK|214 Kankaanpää SK
230 Karvia SK|271 Kokemäki SK|484 Merikarvia SK|531 Nakkila SK|608 Pomarkku SK|609 Pori SK
684 Rauma SK|747 Siikainen SK|783 Säkylä SK|886 Ulvila SK
061 Forssa KH|082 Hattula KH|086 Hausjärvi KH|103 Humppila KH|109 Hämeenlinna KH|165 Janakkala KH
169 Jokioinen KH|433 Loppi KH|694 Riihimäki KH|834 Tammela KH|981 Ypäjä KH
020 Akaa PI|108 Hämeenkyrö PI|143 Ikaalinen PI|177 Juupajoki PI|211 Kangasala PI|250 Kihniö PI
291 Kuhmoinen PI|418 Lempäälä PI|508 Mänttä-Vilppula PI|536 Nokia PI|562 Orivesi PI|581 Parkano PI
604 Pirkkala PI|619 Punkalaidun PI|635 Pälkäne PI|702 Ruovesi PI|790 Sastamala PI|837 Tampere PI
887 Urjala PI|908 Valkeakoski PI|922 Vesilahti PI|936 Virrat PI|980 Ylöjärvi PI
016 Asikkala PH|081 Hartola PH|098 Hollola PH|111 Heinola PH|142 Iitti PH|316 Kärkölä PH
398 Lahti PH|560 Orimattila PH|576 Padasjoki PH|781 Sysmä PH
075 Hamina KY|285 Kotka KY|286 Kouvola KY|489 Miehikkälä KY|624 Pyhtää KY|935 Virolahti KY
153 Imatra EK|405 Lappeenranta EK|416 Lemi EK|441 Luumäki EK|580 Parikkala EK|689 Rautjärvi EK
700 Ruokolahti EK|739 Savitaipale EK|831 Taipalsaari EK
046 Enonkoski ES|097 Hirvensalmi ES|178 Juva ES|213 Kangasniemi ES|491 Mikkeli ES|507 Mäntyharju ES
593 Pieksämäki ES|623 Puumala ES|681 Rantasalmi ES|740 Savonlinna ES|768 Sulkava ES
140 Iisalmi PS|171 Joroinen PS|204 Kaavi PS|239 Keitele PS|263 Kiuruvesi PS|297 Kuopio PS
402 Lapinlahti PS|420 Leppävirta PS|595 Pielavesi PS|686 Rautalampi PS|687 Rautavaara PS
749 Siilinjärvi PS|762 Sonkajärvi PS|778 Suonenjoki PS|844 Tervo PS|857 Tuusniemi PS|915 Varkaus PS
921 Vesanto PS|925 Vieremä PS
090 Heinävesi PK|146 Ilomantsi PK|167 Joensuu PK|176 Juuka PK|260 Kitee PK|276 Kontiolahti PK
309 Outokumpu PK|422 Lieksa PK|426 Liperi PK|541 Nurmes PK|607 Polvijärvi PK|707 Rääkkylä PK
848 Tohmajärvi PK
077 Hankasalmi KS|172 Joutsa KS|179 Jyväskylä KS|182 Jämsä KS|216 Kannonkoski KS|226 Karstula KS
249 Keuruu KS|256 Kinnula KS|265 Kivijärvi KS|275 Konnevesi KS|312 Kyyjärvi KS|410 Laukaa KS
435 Luhanka KS|495 Multia KS|500 Muurame KS|592 Petäjävesi KS|601 Pihtipudas KS|729 Saarijärvi KS
850 Toivakka KS|892 Uurainen KS|931 Viitasaari KS|992 Äänekoski KS
005 Alajärvi EP|010 Alavus EP|052 Evijärvi EP|145 Ilmajoki EP|151 Isojoki EP|152 Isokyrö EP
218 Karijoki EP|232 Kauhajoki EP|233 Kauhava EP|300 Kuortane EP|301 Kurikka EP|403 Lappajärvi EP
408 Lapua EP|743 Seinäjoki EP|759 Soini EP|846 Teuva EP|934 Vimpeli EP|989 Ähtäri EP
231 Kaskinen PO|280 Korsnäs PO|287 Kristiinankaupunki PO|288 Kruunupyy PO|399 Laihia PO|440 Luoto PO
475 Maalahti PO|499 Mustasaari PO|545 Närpiö PO|598 Pietarsaari PO|599 Pedersören kunta PO
893 Uusikaarlepyy PO|905 Vaasa PO|946 Vöyri PO
074 Halsua KP|217 Kannus KP|236 Kaustinen KP|272 Kokkola KP|421 Lestijärvi KP|584 Perho KP
849 Toholampi KP|924 Veteli KP
009 Alavieska PP|069 Haapajärvi PP|071 Haapavesi PP|072 Hailuoto PP|139 Ii PP|208 Kalajoki PP
244 Kempele PP|305 Kuusamo PP|317 Kärsämäki PP|425 Liminka PP|436 Lumijoki PP|483 Merijärvi PP
494 Muhos PP|535 Nivala PP|563 Oulainen PP|564 Oulu PP|615 Pudasjärvi PP|625 Pyhäjoki PP
626 Pyhäjärvi PP|630 Pyhäntä PP|678 Raahe PP|691 Reisjärvi PP|746 Sievi PP|748 Siikajoki PP
785 Vaala PP|791 Siikalatva PP|832 Taivalkoski PP|859 Tyrnävä PP|889 Utajärvi PP|977 Ylivieska PP
105 Hyrynsalmi KA|205 Kajaani KA|290 Kuhmo KA|578 Paltamo KA|620 Puolanka KA|697 Ristijärvi KA
765 Sotkamo KA|777 Suomussalmi KA
047 Enontekiö LA|148 Inari LA|240 Kemi LA|241 Keminmaa LA|261 Kittilä LA|273 Kolari LA
320 Kemijärvi LA|498 Muonio LA|583 Pelkosenniemi LA|614 Posio LA|683 Ranua LA|698 Rovaniemi LA
732 Salla LA|742 Savukoski LA|751 Simo LA|758 Sodankylä LA|845 Tervola LA|851 Tornio LA|854 Pello LA
890 Utsjoki LA|976 Ylitornio LA
035 Brändö AX|043 Eckerö AX|060 Finström AX|062 Föglö AX|065 Geta AX|076 Hammarland AX|170 Jomala AX
295 Kumlinge AX|318 Kökar AX|417 Lemland AX|438 Lumparland AX|478 Maarianhamina AX|736 Saltvik AX
766 Sottunga AX|771 Sund AX|941 Vårdö AX
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
