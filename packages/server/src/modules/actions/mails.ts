import type { Language } from "../organizations/index.js";

/** The texts of the module's mails, in the reader's language. */
export const MAILS = {
  confirm: {
    fi: {
      subject: "Vahvista toimenpidetaulukon tilaus: {table}",
      body: "Pyysit tietoa taulukon {table} muutoksista. Vahvista tilaus avaamalla alla oleva linkki. Jos et pyytänyt tätä, voit jättää viestin huomiotta.",
      link: "Vahvista tilaus",
    },
    sv: {
      subject: "Bekräfta prenumerationen på åtgärdstabellen: {table}",
      body: "Du bad om meddelanden om ändringar i tabellen {table}. Bekräfta genom att öppna länken nedan. Om det inte var du kan du lämna meddelandet obesvarat.",
      link: "Bekräfta prenumerationen",
    },
    en: {
      subject: "Confirm your subscription to the action table: {table}",
      body: "You asked to hear about changes to the table {table}. Confirm by opening the link below. If it was not you, ignore this message.",
      link: "Confirm the subscription",
    },
  },
  notice: {
    fi: {
      subject: "Te sanoitte, me teimme: {table}",
      body: "Taulukon {table} toimenpiteisiin on tullut muutoksia:",
      link: "Katso taulukko",
    },
    sv: {
      subject: "Ni sa, vi gjorde: {table}",
      body: "Åtgärderna i tabellen {table} har ändrats:",
      link: "Se tabellen",
    },
    en: {
      subject: "You said, we did: {table}",
      body: "The measures of the table {table} have changed:",
      link: "See the table",
    },
  },
  reminder: {
    fi: {
      subject: "Muistutus: päivitä toimenpiteiden tilanne – {table}",
      body: "Näitä taulukon {table} toimenpiteitä ei ole päivitetty {months} kuukauteen:",
      link: "Avaa taulukko",
    },
    sv: {
      subject: "Påminnelse: uppdatera åtgärdernas läge – {table}",
      body: "Dessa åtgärder i tabellen {table} har inte uppdaterats på {months} månader:",
      link: "Öppna tabellen",
    },
    en: {
      subject: "Reminder: update the measures' status – {table}",
      body: "These measures of the table {table} have not been updated for {months} months:",
      link: "Open the table",
    },
  },
  unsubscribe: { fi: "Peru tilaus", sv: "Avsluta prenumerationen", en: "Unsubscribe" },
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A mail of `kind` in `language` with {table} and {months} filled in. */
export function mailText(
  kind: "confirm" | "notice" | "reminder",
  language: Language,
  fill: Record<string, string>,
) {
  const w = MAILS[kind][language];
  const f = (s: string) => s.replace(/\{(\w+)\}/g, (_m, k: string) => fill[k] ?? "");
  return { subject: f(w.subject), body: f(w.body), link: w.link };
}
