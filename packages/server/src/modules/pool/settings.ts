import { municipality } from "@kuulo/dvv";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { type Actor, recordAudit } from "../audit/index.js";
import type { LocalizedText } from "../organizations/index.js";
import { type ConsentText, PURPOSES, type Purpose, poolSettings } from "./schema.js";
import type { SettingsInput } from "./validation.js";

export type PoolSettings = Omit<typeof poolSettings.$inferSelect, "organizationId">;

const DEFAULT_CONSENTS: Record<Purpose, LocalizedText> = {
  invitations: {
    fi: "Saa kutsua minut osallistumaan asukkaiden tilaisuuksiin ja keskusteluihin.",
    sv: "Får bjuda in mig att delta i invånarnas evenemang och diskussioner.",
    en: "May invite me to take part in residents' events and conversations.",
  },
  surveys: {
    fi: "Saa lähettää minulle kyselyjä.",
    sv: "Får skicka mig enkäter.",
    en: "May send me surveys.",
  },
  panels: {
    fi: "Saa kutsua minut asukaspaneeliin, johon osallistujat valitaan arpomalla.",
    sv: "Får bjuda in mig till en invånarpanel vars deltagare lottas.",
    en: "May invite me to a residents' panel whose members are chosen by lot.",
  },
  research: {
    fi: "Tietojani saa käyttää tutkimukseen ilman nimeäni tai yhteystietojani.",
    sv: "Mina uppgifter får användas för forskning utan mitt namn eller mina kontaktuppgifter.",
    en: "My data may be used for research without my name or contact details.",
  },
};

/** The settings before staff have saved any: no municipality yet, so nobody can join. */
export function defaultSettings(): PoolSettings {
  return {
    municipalities: [],
    questions: [],
    themes: [],
    consentTexts: Object.fromEntries(
      PURPOSES.map((p) => [p, { text: DEFAULT_CONSENTS[p], version: 1 }]),
    ) as Record<Purpose, ConsentText>,
    inactiveRetentionMonths: 36,
    leftRetentionMonths: 60,
    updatedAt: new Date(0),
    updatedBy: null,
  };
}

export async function loadSettings(db: Db, organizationId: string): Promise<PoolSettings> {
  const [row] = await db
    .select()
    .from(poolSettings)
    .where(eq(poolSettings.organizationId, organizationId));
  if (!row) return defaultSettings();
  const { organizationId: _o, ...settings } = row;
  return settings;
}

const sameText = (a: LocalizedText, b: LocalizedText) =>
  a.fi === b.fi && a.sv === b.sv && a.en === b.en;

/**
 * Saves the settings (audit: pool.settings_changed). A consent text that changed gets the next
 * version, so that every consent record names the wording it was given on.
 */
export async function saveSettings(
  db: Db,
  options: { organizationId: string; input: SettingsInput; actor: Actor },
): Promise<PoolSettings> {
  const { input } = options;
  const unknown = input.municipalities.findIndex((code) => !municipality(code));
  if (unknown >= 0) {
    throw new AppError("validation.failed", "Unknown municipality code.", {
      errors: [
        {
          path: `body.municipalities.${unknown}`,
          message: "is not a municipality code",
          code: "invalid_value",
        },
      ],
    });
  }
  return db.transaction(async (tx) => {
    const before = await loadSettings(tx, options.organizationId);
    const changed: Purpose[] = [];
    const consentTexts = Object.fromEntries(
      PURPOSES.map((p) => {
        const old = before.consentTexts[p];
        if (sameText(old.text, input.consentTexts[p])) return [p, old];
        changed.push(p);
        return [p, { text: input.consentTexts[p], version: old.version + 1 }];
      }),
    ) as Record<Purpose, ConsentText>;
    const values = {
      municipalities: [...new Set(input.municipalities)],
      questions: input.questions,
      themes: input.themes,
      consentTexts,
      inactiveRetentionMonths: input.inactiveRetentionMonths,
      leftRetentionMonths: input.leftRetentionMonths,
      updatedAt: new Date(),
      updatedBy: "userId" in options.actor ? options.actor.userId : null,
    };
    await tx
      .insert(poolSettings)
      .values({ organizationId: options.organizationId, ...values })
      .onConflictDoUpdate({ target: poolSettings.organizationId, set: values });
    await recordAudit(tx, {
      organizationId: options.organizationId,
      actor: options.actor,
      action: "pool.settings_changed",
      targetType: "pool_settings",
      detail: {
        municipalities: values.municipalities.length,
        questions: values.questions.map((q) => q.key),
        consentTextsChanged: changed,
        inactiveRetentionMonths: values.inactiveRetentionMonths,
        leftRetentionMonths: values.leftRetentionMonths,
      },
    });
    return values;
  });
}
