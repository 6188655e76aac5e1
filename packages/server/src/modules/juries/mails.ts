import type { MemberKind } from "./schema.js";

type Lang = "fi" | "sv" | "en";
const lang = (l: string): Lang => (l === "sv" || l === "en" ? l : "fi");
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const INVITE: Record<Lang, Record<MemberKind, (title: string) => string> & { open: string }> = {
  fi: {
    juror: (t) => `Tervetuloa digiraatiin "${t}". Linkki toimii kerran ja avaa raadin oman sivun.`,
    expert: (t) =>
      `Sinut on kutsuttu asiantuntijaksi digiraatiin "${t}". Linkki toimii kerran ja avaa sivun, jolla vastaat raatilaisten kysymyksiin.`,
    open: "Avaa raadin sivu",
  },
  sv: {
    juror: (t) =>
      `Välkommen till den digitala juryn "${t}". Länken fungerar en gång och öppnar juryns sida.`,
    expert: (t) =>
      `Du har bjudits in som sakkunnig till den digitala juryn "${t}". Länken fungerar en gång och öppnar sidan där du svarar på jurymedlemmarnas frågor.`,
    open: "Öppna juryns sida",
  },
  en: {
    juror: (t) =>
      `Welcome to the online jury "${t}". The link works once and opens the jury's page.`,
    expert: (t) =>
      `You have been invited as an expert to the online jury "${t}". The link works once and opens the page where you answer the jurors' questions.`,
    open: "Open the jury's page",
  },
};

/** The one-time link's mail to a juror or an expert. */
export function invitationMail(options: {
  title: string;
  kind: MemberKind;
  language: string;
  url: string;
}) {
  const w = INVITE[lang(options.language)];
  const body = w[options.kind](options.title);
  return {
    subject: options.title,
    text: `${body}\n\n${w.open}: ${options.url}\n`,
    html: `<p>${escapeHtml(body)}</p><p><a href="${escapeHtml(options.url)}">${escapeHtml(w.open)}</a></p>`,
  };
}

export function invitationSms(options: {
  title: string;
  kind: MemberKind;
  language: string;
  url: string;
}) {
  const w = INVITE[lang(options.language)];
  return `${w[options.kind](options.title)} ${options.url}`;
}

const DIGEST: Record<
  Lang,
  { subject: (t: string) => string; lead: (posts: number, answers: number) => string; open: string }
> = {
  fi: {
    subject: (t) => `Uutta digiraadissa: ${t}`,
    lead: (p, a) =>
      `Raadissa on ${p} uutta viestiä ja ${a} uutta asiantuntijan vastausta edellisen koosteen jälkeen.`,
    open: "Raadin sivu",
  },
  sv: {
    subject: (t) => `Nytt i den digitala juryn: ${t}`,
    lead: (p, a) =>
      `Juryn har ${p} nya inlägg och ${a} nya svar från sakkunniga sedan förra sammandraget.`,
    open: "Juryns sida",
  },
  en: {
    subject: (t) => `New in the online jury: ${t}`,
    lead: (p, a) =>
      `The jury has ${p} new posts and ${a} new expert answers since the last digest.`,
    open: "The jury's page",
  },
};

/** A digest of new activity: counts and the newest posts' first words (no names, no contact data). */
export function digestMail(options: {
  title: string;
  language: string;
  posts: number;
  answers: number;
  excerpts: string[];
  url: string;
}) {
  const w = DIGEST[lang(options.language)];
  const lead = w.lead(options.posts, options.answers);
  const list = options.excerpts.map((e) => `– ${e}`).join("\n");
  return {
    subject: w.subject(options.title),
    text: `${lead}\n\n${list}\n\n${w.open}: ${options.url}\n`,
    html: `<p>${escapeHtml(lead)}</p><ul>${options.excerpts.map((e) => `<li>${escapeHtml(e)}</li>`).join("")}</ul><p><a href="${escapeHtml(options.url)}">${escapeHtml(w.open)}</a></p>`,
  };
}

export function digestSms(options: {
  title: string;
  language: string;
  posts: number;
  answers: number;
  url: string;
}) {
  const w = DIGEST[lang(options.language)];
  return `${w.subject(options.title)}. ${w.lead(options.posts, options.answers)} ${options.url}`;
}

/** The address of the jury space (the one-time token after #). */
export function juryUrl(
  publicUrl: string,
  orgSlug: string,
  language: string,
  token?: string,
): string {
  const q = language === "fi" ? "" : `?lang=${language}`;
  return `${publicUrl.replace(/\/$/, "")}/${orgSlug}/jury${q}${token ? `#${token}` : ""}`;
}
