import type { Language, LocalizedText } from "../organizations/index.js";

/** The sign-in mail in the user's language. Plain text first; the HTML part says the same. */

const texts: Record<
  Language,
  {
    subject: string;
    intro: (org: string) => string;
    expires: (m: number) => string;
    ignore: string;
    button: string;
  }
> = {
  fi: {
    subject: "Kirjautumislinkki Kuuloon",
    intro: (org) => `Kirjaudu Kuuloon${org ? ` (${org})` : ""} tästä linkistä:`,
    expires: (m) => `Linkki toimii kerran ja vanhenee ${m} minuutissa.`,
    ignore: "Jos et pyytänyt linkkiä, voit jättää tämän viestin huomiotta.",
    button: "Kirjaudu sisään",
  },
  sv: {
    subject: "Inloggningslänk till Kuulo",
    intro: (org) => `Logga in i Kuulo${org ? ` (${org})` : ""} via den här länken:`,
    expires: (m) => `Länken fungerar en gång och går ut om ${m} minuter.`,
    ignore: "Om du inte bad om länken kan du ignorera meddelandet.",
    button: "Logga in",
  },
  en: {
    subject: "Your Kuulo sign-in link",
    intro: (org) => `Sign in to Kuulo${org ? ` (${org})` : ""} with this link:`,
    expires: (m) => `The link works once and expires in ${m} minutes.`,
    ignore: "If you did not ask for this link, you can ignore this message.",
    button: "Sign in",
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function signInMail(options: {
  language: Language;
  link: string;
  minutes: number;
  organizationName: LocalizedText | undefined;
}): { subject: string; text: string; html: string } {
  const t = texts[options.language];
  const org = options.organizationName?.[options.language] ?? "";
  const text = [t.intro(org), "", options.link, "", t.expires(options.minutes), t.ignore, ""].join(
    "\n",
  );
  const html = `<!doctype html><html lang="${options.language}"><body>
<p>${escapeHtml(t.intro(org))}</p>
<p><a href="${escapeHtml(options.link)}">${escapeHtml(t.button)}</a></p>
<p>${escapeHtml(options.link)}</p>
<p>${escapeHtml(t.expires(options.minutes))} ${escapeHtml(t.ignore)}</p>
</body></html>`;
  return { subject: t.subject, text, html };
}
