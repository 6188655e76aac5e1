import { createSealer } from "../../db/sealed.js";
import type { DemoSeeder } from "../define.js";
import { sealContact } from "./contact.js";
import { type ContactChannel, GENDERS, type Purpose, poolConsents, poolMembers } from "./schema.js";
import { saveSettings } from "./settings.js";

/** Central Finland's municipalities (the demo county). */
const DEMO_MUNICIPALITIES = ["179", "182", "249", "592", "216", "410", "500", "172", "992", "931"];
/** Members live where the synthetic population table has figures (representativeness fixture). */
const MEMBER_MUNICIPALITIES = ["179", "992", "931"];
const MEMBERS = 300;

/** A small deterministic generator, so that the demo looks the same on every start. */
function generator(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

/** The demo county's pool: its settings and a few hundred synthetic members (no real people). */
export const seedDemoPool: DemoSeeder = async (db, { organization, dataKey }) => {
  if (!dataKey) return;
  const sealer = createSealer(dataKey);
  const settings = await saveSettings(db, {
    organizationId: organization.id,
    actor: { label: "demo" },
    input: {
      municipalities: DEMO_MUNICIPALITIES,
      questions: [
        {
          key: "education",
          label: { fi: "Koulutus", sv: "Utbildning", en: "Education" },
          why: {
            fi: "Haluamme kutsua mukaan eri koulutustaustaisia asukkaita.",
            sv: "Vi vill bjuda in invånare med olika utbildningsbakgrund.",
            en: "We want to invite residents with different educational backgrounds.",
          },
          type: "choice",
          required: false,
          options: [
            { key: "basic", label: { fi: "Perusaste", sv: "Grundnivå", en: "Basic" } },
            {
              key: "secondary",
              label: { fi: "Toinen aste", sv: "Andra stadiet", en: "Upper secondary" },
            },
            { key: "higher", label: { fi: "Korkea-aste", sv: "Högre nivå", en: "Higher" } },
          ],
        },
        {
          key: "children",
          label: {
            fi: "Onko perheessäsi alaikäisiä lapsia?",
            sv: "Finns det minderåriga barn i din familj?",
            en: "Are there children under 18 in your family?",
          },
          why: {
            fi: "Lapsiperheiden palveluista kysytään usein juuri heiltä.",
            sv: "Om tjänster för barnfamiljer frågar vi ofta just dem.",
            en: "Services for families with children are often asked about from them.",
          },
          type: "yes_no",
          required: false,
          options: [],
        },
      ],
      themes: [
        {
          key: "elderly",
          label: { fi: "Ikäihmisten palvelut", sv: "Äldreomsorg", en: "Services for older people" },
        },
        {
          key: "health",
          label: { fi: "Terveyspalvelut", sv: "Hälsotjänster", en: "Health services" },
        },
        { key: "youth", label: { fi: "Nuoret", sv: "Unga", en: "Young people" } },
      ],
      consentTexts: {
        invitations: {
          fi: "Saa kutsua minut osallistumaan.",
          sv: "Får bjuda in mig att delta.",
          en: "May invite me to take part.",
        },
        surveys: {
          fi: "Saa lähettää minulle kyselyjä.",
          sv: "Får skicka mig enkäter.",
          en: "May send me surveys.",
        },
        panels: {
          fi: "Saa kutsua minut asukaspaneeliin.",
          sv: "Får bjuda in mig till en invånarpanel.",
          en: "May invite me to a residents' panel.",
        },
        research: {
          fi: "Tietojani saa käyttää tutkimukseen ilman yhteystietojani.",
          sv: "Mina uppgifter får användas för forskning utan kontaktuppgifter.",
          en: "My data may be used for research without my contact details.",
        },
      },
      inactiveRetentionMonths: 36,
      leftRetentionMonths: 60,
    },
  });
  const random = generator(20_261_204);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const now = Date.now();
  for (let i = 1; i <= MEMBERS; i++) {
    const phoneOnly = i % 10 === 0;
    const createdAt = new Date(now - Math.floor(random() * 540) * 24 * 3600 * 1000);
    const [member] = await db
      .insert(poolMembers)
      .values({
        organizationId: organization.id,
        status: i % 25 === 0 ? "pending" : "active",
        ...sealContact(sealer, organization.id, {
          email: phoneOnly ? undefined : `jasen${i}@example.invalid`,
          phone: phoneOnly || i % 3 === 0 ? `+35850${String(1_000_000 + i).slice(1)}` : undefined,
        }),
        municipality: pick(MEMBER_MUNICIPALITIES),
        birthYear: 1940 + Math.floor(random() * 68),
        gender: pick(GENDERS.slice(0, random() < 0.95 ? 2 : 4)),
        motherTongue: random() < 0.93 ? "fi" : pick(["sv", "se", "other"] as const),
        language: "fi",
        answers: { education: pick(["basic", "secondary", "higher"]) },
        interests: [pick(["elderly", "health", "youth"])],
        channels: [phoneOnly ? "sms" : "email"],
        source: random() < 0.85 ? "web" : "paper",
        createdAt,
        lastActiveAt: createdAt,
        confirmedAt: i % 25 === 0 ? null : createdAt,
        confirmedVia: i % 25 === 0 ? null : phoneOnly ? "sms_code" : "email_link",
      })
      .returning({ id: poolMembers.id });
    const channel: ContactChannel = phoneOnly ? "sms" : "email";
    const purposes: Purpose[] =
      random() < 0.5 ? ["invitations", "panels"] : ["invitations", "surveys", "panels", "research"];
    await db.insert(poolConsents).values(
      purposes.map((purpose) => ({
        organizationId: organization.id,
        memberId: member!.id,
        purpose,
        channel,
        textVersion: settings.consentTexts[purpose].version,
        givenAt: createdAt,
        givenVia: "web" as const,
      })),
    );
  }
};
