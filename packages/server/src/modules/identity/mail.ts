import type { Config } from "../../config.js";
import type { MailComposer } from "../messaging/index.js";
import { SIGN_IN_LINK_MAIL, signInLinkComposer } from "./sign-in.js";

/** The identity module's mails that the mail worker composes (see messaging/queue.ts). */
export function mailComposers(
  config: Pick<Config, "publicUrl" | "signInLinkMinutes">,
): Record<string, MailComposer> {
  return {
    [SIGN_IN_LINK_MAIL]: signInLinkComposer({
      publicUrl: config.publicUrl,
      minutes: config.signInLinkMinutes,
    }),
  };
}
