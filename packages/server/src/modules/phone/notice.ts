import { mayCallNow } from "@kuulo/phone";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import { queueSms } from "../messaging/index.js";
import { findOrganizationById, type Organization } from "../organizations/index.js";
import { suppressed } from "./scheduler.js";
import {
  type PhoneCampaign,
  type PhoneLanguage,
  type PhoneNumber,
  phoneCampaigns,
  phoneNumbers,
} from "./schema.js";

/**
 * The SMS notice before the calls (a campaign's `smsNotice`): each waiting number gets ONE text
 * message through the messaging module's SMS queue, naming the organization and the number that
 * will call, and saying how to refuse (reply STOP, which puts the number on the suppression list
 * the scheduler checks). Queued in the transaction that records `notice_sent_at` on the number
 * (row locked, FOR UPDATE SKIP LOCKED, conditional on `notice_sent_at is null`), so two
 * scheduler processes never send it twice; the same update moves the number's first call at
 * least `leadHours` later. Notices go out only inside the campaign's calling window (no texts at
 * night). A number on the suppression list (phone or sms) gets no notice and is never called.
 */

const NOTICE_TEXTS: Record<PhoneLanguage, string> = {
  fi: "{org} soittaa sinulle lähipäivinä numerosta {number} ja kysyy muutaman kysymyksen. Vastaat puhelimen näppäimillä. Jos et halua puhelua, vastaa tähän viestiin STOP tai paina puhelun aikana 9.",
  sv: "{org} ringer dig de närmaste dagarna från numret {number} och ställer några frågor. Du svarar med telefonens knappar. Om du inte vill bli uppringd, svara STOP på detta meddelande eller tryck 9 under samtalet.",
};

/** The notice's text in the number's language. */
export function noticeText(
  organization: Pick<Organization, "name">,
  callingNumber: string,
  language: PhoneLanguage,
): string {
  const org = organization.name[language] || organization.name.fi;
  return NOTICE_TEXTS[language].replace("{org}", org).replace("{number}", callingNumber);
}

export interface NoticeResult {
  queued: number;
  suppressed: number;
}

const BATCH = 200;

/** Queues the notices due now in the running campaigns with `smsNotice` (one batch each). */
export async function queueDueNotices(
  db: Db,
  sealer: Sealer,
  options: { now: Date; leadHours: number; campaignId?: string },
): Promise<NoticeResult> {
  const campaigns = await db
    .select()
    .from(phoneCampaigns)
    .where(
      and(
        eq(phoneCampaigns.status, "running"),
        eq(phoneCampaigns.smsNotice, true),
        options.campaignId ? eq(phoneCampaigns.id, options.campaignId) : undefined,
      ),
    );
  const result: NoticeResult = { queued: 0, suppressed: 0 };
  for (const campaign of campaigns) {
    if (!mayCallNow(options.now, campaign.window)) continue;
    const organization = await findOrganizationById(db, campaign.organizationId);
    if (!organization) continue;
    const done = await queueForCampaign(db, sealer, campaign, organization, options);
    result.queued += done.queued;
    result.suppressed += done.suppressed;
  }
  return result;
}

async function queueForCampaign(
  db: Db,
  sealer: Sealer,
  campaign: PhoneCampaign,
  organization: Organization,
  options: { now: Date; leadHours: number },
): Promise<NoticeResult> {
  return db.transaction(async (tx) => {
    const result: NoticeResult = { queued: 0, suppressed: 0 };
    const numbers = await tx
      .select()
      .from(phoneNumbers)
      .where(
        and(
          eq(phoneNumbers.campaignId, campaign.id),
          eq(phoneNumbers.organizationId, campaign.organizationId),
          eq(phoneNumbers.status, "waiting"),
          isNull(phoneNumbers.noticeSentAt),
        ),
      )
      .orderBy(phoneNumbers.id)
      .limit(BATCH)
      .for("update", { skipLocked: true });
    for (const number of numbers) {
      const to = sealer.open(number.numberSealed);
      if (await suppressed(tx, campaign.organizationId, to)) {
        await tx.update(phoneNumbers).set({ status: "suppressed" }).where(unsent(number));
        result.suppressed++;
        continue;
      }
      // Recorded first, conditionally: the text is queued only by the process that recorded it.
      const earliest = new Date(options.now.getTime() + options.leadHours * 3_600_000);
      const [recorded] = await tx
        .update(phoneNumbers)
        .set({
          noticeSentAt: options.now,
          nextAttemptAt: sql`greatest(${phoneNumbers.nextAttemptAt}, ${earliest.toISOString()}::timestamptz)`,
        })
        .where(and(unsent(number), eq(phoneNumbers.status, "waiting")))
        .returning({ id: phoneNumbers.id });
      if (!recorded) continue;
      await queueSms(tx, {
        sealer,
        organizationId: campaign.organizationId,
        to,
        text: noticeText(organization, campaign.callingNumber, number.language),
        kind: "phone.notice",
        subjectType: "phone_number",
        subjectId: number.id,
      });
      result.queued++;
    }
    return result;
  });
}

/** Only while the notice is still unsent: a second process that got here changes nothing. */
const unsent = (number: PhoneNumber) =>
  and(eq(phoneNumbers.id, number.id), isNull(phoneNumbers.noticeSentAt));
