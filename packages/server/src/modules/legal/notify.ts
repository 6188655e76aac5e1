import type { Db } from "../../db/client.js";
import { listStaff } from "../identity/index.js";
import { queueMail } from "../messaging/index.js";
import type { Language, Organization } from "../organizations/index.js";
import { FEEDBACK_READERS } from "./permissions.js";
import { formatDay } from "./templates.js";

const texts: Record<Language, { subject: string; body: string; link: string }> = {
  fi: {
    subject: "Uusi saavutettavuuspalaute – {org}",
    body: "Organisaatiolle {org} on tullut saavutettavuuspalautetta. Siihen on vastattava viimeistään {due} (14 päivän kuluessa).",
    link: "Lue palaute",
  },
  sv: {
    subject: "Ny tillgänglighetsrespons – {org}",
    body: "{org} har fått respons om tillgängligheten. Den ska besvaras senast {due} (inom 14 dagar).",
    link: "Läs responsen",
  },
  en: {
    subject: "New accessibility feedback – {org}",
    body: "{org} has received accessibility feedback. It must be answered by {due} (within 14 days).",
    link: "Read the feedback",
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Tells the staff who read accessibility feedback that some has arrived, in the organization's
 * default language. The mail holds no personal data: the feedback is read in Kuulo.
 */
export async function queueFeedbackNotice(
  db: Db,
  options: { organization: Organization; publicUrl: string; dueDay: string },
): Promise<number> {
  const { organization } = options;
  const language = organization.defaultLanguage;
  const w = texts[language];
  const org = organization.name[language] || organization.name.fi;
  const fill = (s: string) =>
    s.replace("{org}", org).replace("{due}", formatDay(options.dueDay, language));
  const url = `${options.publicUrl.replace(/\/$/, "")}/${organization.slug}/staff/legal/feedback`;
  const staff = await listStaff(db, { organizationId: organization.id });
  const readers = staff.filter((m) => m.roles.some((r) => FEEDBACK_READERS.includes(r)));
  for (const reader of readers) {
    await queueMail(db, {
      organizationId: organization.id,
      to: reader.email,
      subject: fill(w.subject),
      text: `${fill(w.body)}\n\n${w.link}: ${url}\n`,
      html: `<p>${escapeHtml(fill(w.body))}</p><p><a href="${escapeHtml(url)}">${escapeHtml(w.link)}</a></p>`,
    });
  }
  return readers.length;
}
