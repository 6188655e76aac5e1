import { MUNICIPALITY_DATA } from "./municipality-data.js";

/** A wellbeing services county (hyvinvointialue), or Helsinki, which organises its own services. */
export interface County {
  /** Statistics Finland's code: "01"–"21", "90" for the City of Helsinki. */
  code: string;
  name: { fi: string; sv: string; en: string };
}

export interface Municipality {
  /** Statistics Finland's 3-digit municipality code, e.g. "091". */
  code: string;
  name: { fi: string; sv: string };
  /** The county it belongs to; null for the municipalities of Åland, which is in no county. */
  county: County | null;
  /** One of the 16 municipalities of Åland (Ahvenanmaa). */
  aland: boolean;
}

/** Source: Statistics Finland, classification of wellbeing services counties (CC BY 4.0). */
const COUNTY_NAMES: [string, string, string, string][] = [
  ["01", "Itä-Uudenmaan hyvinvointialue", "Östra Nylands välfärdsområde", "East Uusimaa"],
  ["02", "Keski-Uudenmaan hyvinvointialue", "Mellersta Nylands välfärdsområde", "Central Uusimaa"],
  ["03", "Länsi-Uudenmaan hyvinvointialue", "Västra Nylands välfärdsområde", "West Uusimaa"],
  [
    "04",
    "Vantaan ja Keravan hyvinvointialue",
    "Vanda och Kervo välfärdsområde",
    "Vantaa and Kerava",
  ],
  [
    "05",
    "Varsinais-Suomen hyvinvointialue",
    "Egentliga Finlands välfärdsområde",
    "Southwest Finland",
  ],
  ["06", "Satakunnan hyvinvointialue", "Satakunta välfärdsområde", "Satakunta"],
  ["07", "Kanta-Hämeen hyvinvointialue", "Egentliga Tavastlands välfärdsområde", "Kanta-Häme"],
  ["08", "Pirkanmaan hyvinvointialue", "Birkalands välfärdsområde", "Pirkanmaa"],
  ["09", "Päijät-Hämeen hyvinvointialue", "Päijänne-Tavastlands välfärdsområde", "Päijät-Häme"],
  ["10", "Kymenlaakson hyvinvointialue", "Kymmenedalens välfärdsområde", "Kymenlaakso"],
  ["11", "Etelä-Karjalan hyvinvointialue", "Södra Karelens välfärdsområde", "South Karelia"],
  ["12", "Etelä-Savon hyvinvointialue", "Södra Savolax välfärdsområde", "South Savo"],
  ["13", "Pohjois-Savon hyvinvointialue", "Norra Savolax välfärdsområde", "North Savo"],
  ["14", "Pohjois-Karjalan hyvinvointialue", "Norra Karelens välfärdsområde", "North Karelia"],
  ["15", "Keski-Suomen hyvinvointialue", "Mellersta Finlands välfärdsområde", "Central Finland"],
  [
    "16",
    "Etelä-Pohjanmaan hyvinvointialue",
    "Södra Österbottens välfärdsområde",
    "South Ostrobothnia",
  ],
  ["17", "Pohjanmaan hyvinvointialue", "Österbottens välfärdsområde", "Ostrobothnia"],
  [
    "18",
    "Keski-Pohjanmaan hyvinvointialue",
    "Mellersta Österbottens välfärdsområde",
    "Central Ostrobothnia",
  ],
  [
    "19",
    "Pohjois-Pohjanmaan hyvinvointialue",
    "Norra Österbottens välfärdsområde",
    "North Ostrobothnia",
  ],
  ["20", "Kainuun hyvinvointialue", "Kajanalands välfärdsområde", "Kainuu"],
  ["21", "Lapin hyvinvointialue", "Lapplands välfärdsområde", "Lapland"],
  ["90", "Helsingin kaupunki", "Helsingfors stad", "City of Helsinki"],
];

export const COUNTIES: ReadonlyMap<string, County> = new Map(
  COUNTY_NAMES.map(([code, fi, sv, en]) => [
    code,
    { code, name: { fi, sv, en: code === "90" ? en : `${en} wellbeing services county` } },
  ]),
);

export const MUNICIPALITIES: ReadonlyMap<string, Municipality> = new Map(
  MUNICIPALITY_DATA.trim()
    .split("\n")
    .map((line): [string, Municipality] => {
      const [code, fi, sv, county] = line.split(";") as [string, string, string, string];
      const aland = county === "ÅL";
      return [
        code,
        { code, name: { fi, sv }, county: aland ? null : COUNTIES.get(county)!, aland },
      ];
    }),
);

/**
 * The municipality of a code as registers and spreadsheets write it: "091", or "91" when a
 * spreadsheet dropped the leading zero. Undefined for anything else or an unknown code.
 */
export function municipality(code: string): Municipality | undefined {
  const trimmed = code.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  return MUNICIPALITIES.get(trimmed.padStart(3, "0"));
}
