// The fixed wordings of a phone survey in Finnish and Swedish: short sentences, the key to press
// named before what it does, as plain as we can make them (listeners are often older).
export type PhoneLang = "fi" | "sv";

interface IntroParts {
  caller: string;
  title: string;
  minutes: number;
}

export const PHRASES: Record<
  PhoneLang,
  {
    intro: (p: IntroParts) => string;
    keys: string;
    press: (digit: string, label: string) => string;
    scale: (min: number, max: number, minLabel?: string, maxLabel?: string) => string;
    dontKnow: (digit: string) => string;
    number: (unit?: string) => string;
    thanks: string;
    optedOut: string;
    goodbye: string;
  }
> = {
  fi: {
    intro: ({ caller, title, minutes }) =>
      `Hei! Soitamme ${caller} puolesta. Kysymme mielipidettäsi kyselyssä ${title}. ` +
      `Vastaaminen kestää noin ${minutes} ${minutes === 1 ? "minuutin" : "minuuttia"}. ` +
      "Vastaat puhelimen näppäimillä.",
    keys:
      "Paina nolla, niin kuulet kysymyksen uudelleen. Paina yhdeksän, jos et halua, että sinulle " +
      "soitetaan enää. Kysely alkaa nyt.",
    press: (digit, label) => `Paina ${digit}: ${label}.`,
    scale: (min, max, minLabel, maxLabel) =>
      `Vastaa numerolla ${min}–${max}.` +
      (minLabel ? ` ${min} tarkoittaa: ${minLabel}.` : "") +
      (maxLabel ? ` ${max} tarkoittaa: ${maxLabel}.` : ""),
    dontKnow: (digit) => `Jos et osaa sanoa, paina ${digit}.`,
    number: (unit) => `Näppäile numero${unit ? ` (${unit})` : ""} ja paina lopuksi risuaita.`,
    thanks: "Kiitos vastauksistasi! Näkemiin.",
    optedOut: "Selvä. Emme soita sinulle enää. Näkemiin.",
    goodbye: "Kiitos. Näkemiin.",
  },
  sv: {
    intro: ({ caller, title, minutes }) =>
      `Hej! Vi ringer för ${caller}. Vi frågar om din åsikt i enkäten ${title}. ` +
      `Det tar ungefär ${minutes} ${minutes === 1 ? "minut" : "minuter"}. ` +
      "Du svarar med telefonens knappar.",
    keys:
      "Tryck noll för att höra frågan igen. Tryck nio om du inte vill att vi ringer dig mer. " +
      "Enkäten börjar nu.",
    press: (digit, label) => `Tryck ${digit}: ${label}.`,
    scale: (min, max, minLabel, maxLabel) =>
      `Svara med en siffra ${min}–${max}.` +
      (minLabel ? ` ${min} betyder: ${minLabel}.` : "") +
      (maxLabel ? ` ${max} betyder: ${maxLabel}.` : ""),
    dontKnow: (digit) => `Om du inte kan säga, tryck ${digit}.`,
    number: (unit) => `Knappa in talet${unit ? ` (${unit})` : ""} och tryck fyrkant till sist.`,
    thanks: "Tack för dina svar! Hej då.",
    optedOut: "Okej. Vi ringer dig inte mer. Hej då.",
    goodbye: "Tack. Hej då.",
  },
};
