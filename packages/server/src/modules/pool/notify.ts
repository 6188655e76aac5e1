import type { Db } from "../../db/client.js";
import { queueMail } from "../messaging/index.js";
import type { Language, Organization } from "../organizations/index.js";
import type { SmsSender } from "./sms.js";

type Kind = "confirm" | "self_service" | "already";

const mails: Record<Kind, Record<Language, { subject: string; body: string; link: string }>> = {
  confirm: {
    fi: {
      subject: "Vahvista liittymisesi asukaspooliin – {org}",
      body: "Kiitos, että liityit organisaation {org} asukaspooliin. Vahvista liittymisesi avaamalla alla oleva linkki 7 päivän kuluessa. Jos et liittynyt, voit jättää viestin huomiotta: tietosi poistetaan.",
      link: "Vahvista liittyminen",
    },
    sv: {
      subject: "Bekräfta att du går med i invånarpoolen – {org}",
      body: "Tack för att du gick med i invånarpoolen hos {org}. Bekräfta genom att öppna länken nedan inom 7 dagar. Om det inte var du kan du lämna meddelandet obesvarat: uppgifterna raderas.",
      link: "Bekräfta",
    },
    en: {
      subject: "Confirm joining the resident pool – {org}",
      body: "Thank you for joining the resident pool of {org}. Confirm by opening the link below within 7 days. If it was not you, ignore this message: the data will be deleted.",
      link: "Confirm joining",
    },
  },
  self_service: {
    fi: {
      subject: "Omat tietosi asukaspoolissa – {org}",
      body: "Pyysit linkkiä asukaspoolin omiin tietoihisi. Linkki toimii kerran ja tunnin ajan. Jos et pyytänyt sitä, voit jättää viestin huomiotta.",
      link: "Avaa omat tiedot",
    },
    sv: {
      subject: "Dina uppgifter i invånarpoolen – {org}",
      body: "Du bad om en länk till dina uppgifter i invånarpoolen. Länken fungerar en gång och i en timme. Om du inte bad om den kan du lämna meddelandet obesvarat.",
      link: "Öppna dina uppgifter",
    },
    en: {
      subject: "Your data in the resident pool – {org}",
      body: "You asked for a link to your data in the resident pool. The link works once, for an hour. If you did not ask for it, ignore this message.",
      link: "Open your data",
    },
  },
  already: {
    fi: {
      subject: "Olet jo asukaspoolissa – {org}",
      body: "Tällä osoitteella yritettiin liittyä organisaation {org} asukaspooliin, mutta olet jo mukana. Voit katsoa ja korjata tietojasi alla olevasta linkistä (toimii kerran ja tunnin ajan).",
      link: "Avaa omat tiedot",
    },
    sv: {
      subject: "Du är redan med i invånarpoolen – {org}",
      body: "Någon försökte gå med i invånarpoolen hos {org} med den här adressen, men du är redan med. Du kan se och rätta dina uppgifter via länken nedan (fungerar en gång och i en timme).",
      link: "Öppna dina uppgifter",
    },
    en: {
      subject: "You are already in the resident pool – {org}",
      body: "Someone tried to join the resident pool of {org} with this address, but you are already a member. You can see and correct your data through the link below (works once, for an hour).",
      link: "Open your data",
    },
  },
};

const smsTexts: Record<"code" | "link", Record<Language, string>> = {
  code: {
    fi: "{org}: asukaspoolin vahvistuskoodisi on {code}. Koodi on voimassa 30 minuuttia.",
    sv: "{org}: din bekräftelsekod för invånarpoolen är {code}. Koden gäller i 30 minuter.",
    en: "{org}: your resident pool confirmation code is {code}. It is valid for 30 minutes.",
  },
  link: {
    fi: "{org}: omat tietosi asukaspoolissa (linkki toimii kerran, tunnin ajan): {url}",
    sv: "{org}: dina uppgifter i invånarpoolen (länken fungerar en gång, i en timme): {url}",
    en: "{org}: your data in the resident pool (the link works once, for an hour): {url}",
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function orgName(organization: Organization, language: Language): string {
  return organization.name[language] || organization.name.fi;
}

/** The page a mail's link opens; the token goes after `#`, so it never reaches a server log. */
export function poolUrl(
  publicUrl: string,
  organization: Organization,
  page: "confirm" | "me",
  token: string,
  language: Language,
): string {
  const base = publicUrl.replace(/\/$/, "");
  const lang = language === "fi" ? "" : `?lang=${language}`;
  return `${base}/${organization.slug}/pool/${page}${lang}#${token}`;
}

/** Queues a pool mail in the member's language, in the transaction of the act that causes it. */
export async function queuePoolMail(
  db: Db,
  options: {
    organization: Organization;
    kind: Kind;
    to: string;
    language: Language;
    url: string;
  },
): Promise<void> {
  const w = mails[options.kind][options.language];
  const fill = (s: string) => s.replace("{org}", orgName(options.organization, options.language));
  await queueMail(db, {
    organizationId: options.organization.id,
    to: options.to,
    subject: fill(w.subject),
    text: `${fill(w.body)}\n\n${w.link}: ${options.url}\n`,
    html: `<p>${escapeHtml(fill(w.body))}</p><p><a href="${escapeHtml(options.url)}">${escapeHtml(w.link)}</a></p>`,
  });
}

export async function sendPoolSms(
  sms: SmsSender,
  options: {
    organization: Organization;
    kind: "code" | "link";
    to: string;
    language: Language;
    code?: string;
    url?: string;
  },
): Promise<void> {
  const text = smsTexts[options.kind][options.language]
    .replace("{org}", orgName(options.organization, options.language))
    .replace("{code}", options.code ?? "")
    .replace("{url}", options.url ?? "");
  await sms.send({
    organizationId: options.organization.id,
    to: options.to,
    text,
    kind: options.kind,
  });
}
