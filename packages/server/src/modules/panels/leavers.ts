import type { Db } from "../../db/client.js";
import type { Sealer } from "../../db/sealed.js";
import type { Actor } from "../audit/index.js";
import { invitePanelists } from "./confirmations.js";
import { replaceLeavers } from "./selection.js";
import { findPanel } from "./setup.js";

const WEEK = 7 * 86_400_000;

/**
 * A decline or staff-marked withdrawals: the seats are refilled within the quotas and the
 * replacements invited the same way, with the panel's deadline (or a week, when it has passed).
 */
export async function replaceAndInvite(
  db: Db,
  sealer: Sealer,
  options: {
    organizationId: string;
    orgSlug: string;
    panelId: string;
    candidateIds: string[];
    reason: "declined" | "withdrawn";
    publicUrl: string;
    actor: Actor;
    now?: Date;
  },
) {
  const replacements = await replaceLeavers(db, options);
  const panel = await findPanel(db, options);
  const now = options.now ?? new Date();
  const deadline =
    panel.responseDeadline && panel.responseDeadline > now
      ? panel.responseDeadline
      : new Date(now.getTime() + WEEK);
  const invited = await invitePanelists(db, sealer, { ...options, deadline, now });
  return { replacements, invited };
}
