import type { Panel } from "./setup.js";

type Words = {
  subject: (title: string) => string;
  body: (title: string, deadline: string) => string;
  open: string;
  sms: (title: string, deadline: string) => string;
};

const WORDS: Record<"fi" | "sv" | "en", Words> = {
  fi: {
    subject: (t) => `Sinut on valittu asukaspaneeliin: ${t}`,
    body: (t, d) =>
      `Sinut on arvottu asukaspaneelin "${t}" jäseneksi. Vahvista osallistumisesi tai kerro, jos et pääse, viimeistään ${d}. Linkki toimii kerran ja avaa paneelin oman sivun, jossa näet myös tapaamisten ajat.`,
    open: "Avaa paneelin sivu",
    sms: (t, d) => `Sinut on arvottu asukaspaneeliin "${t}". Vahvista viimeistään ${d}:`,
  },
  sv: {
    subject: (t) => `Du har valts till invånarpanelen: ${t}`,
    body: (t, d) =>
      `Du har lottats till medlem i invånarpanelen "${t}". Bekräfta ditt deltagande eller meddela om du inte kan delta senast ${d}. Länken fungerar en gång och öppnar panelens egen sida, där du också ser mötestiderna.`,
    open: "Öppna panelens sida",
    sms: (t, d) => `Du har lottats till invånarpanelen "${t}". Bekräfta senast ${d}:`,
  },
  en: {
    subject: (t) => `You have been selected for the resident panel: ${t}`,
    body: (t, d) =>
      `You have been drawn as a member of the resident panel "${t}". Please confirm that you will take part, or tell us if you cannot, by ${d}. The link works once and opens the panel's own page, where you also see the meeting times.`,
    open: "Open the panel's page",
    sms: (t, d) => `You have been drawn for the resident panel "${t}". Confirm by ${d}:`,
  },
};

function wordsOf(language: string): Words {
  return WORDS[language === "sv" || language === "en" ? language : "fi"];
}

function deadlineText(deadline: Date, language: string): string {
  return new Intl.DateTimeFormat(
    language === "sv" ? "sv-FI" : language === "en" ? "en-GB" : "fi-FI",
    {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "Europe/Helsinki",
    },
  ).format(deadline);
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The invitation mail: subject, text and HTML with the one-time link. */
export function invitationMail(options: {
  panel: Panel;
  language: string;
  url: string;
  deadline: Date;
}) {
  const w = wordsOf(options.language);
  const d = deadlineText(options.deadline, options.language);
  const body = w.body(options.panel.title, d);
  return {
    subject: w.subject(options.panel.title),
    text: `${body}\n\n${w.open}: ${options.url}\n`,
    html: `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(options.url)}">${escapeHtml(w.open)}</a></p>`,
  };
}

/** The invitation as a text message (no email address). */
export function invitationSms(options: {
  panel: Panel;
  language: string;
  url: string;
  deadline: Date;
}) {
  const w = wordsOf(options.language);
  return `${w.sms(options.panel.title, deadlineText(options.deadline, options.language))} ${options.url}`;
}
