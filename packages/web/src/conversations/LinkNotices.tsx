import { useOrg } from "../api/hooks.js";
import { errorMessage } from "../lib/errors.js";
import { localized } from "../lib/language.js";
import { useCt } from "./i18n/index.js";

/**
 * The page for a conversation that cannot be opened: the server says the same for an unknown
 * conversation and for an invitation-only one without a valid link, so the help covers both.
 */
export function ConversationNotFound({ slug, error }: { slug: string; error: unknown }) {
  const { ct, t, language } = useCt();
  const org = useOrg(slug);
  const name = org.data ? localized(org.data.name, language) : slug;
  return (
    <div className="page--narrow">
      <h1 tabIndex={-1}>{ct("vote.notFoundTitle")}</h1>
      <p>{errorMessage(error, t)}</p>
      <p>{ct("vote.notFoundHelp", { org: name })}</p>
    </div>
  );
}

/** Told when the resident's link was forged or cut short: they take part under no segment. */
export function BrokenLinkNotice() {
  const { ct } = useCt();
  return (
    <div className="notice conv-notice" role="status">
      <p>
        <strong>{ct("vote.brokenLinkTitle")}</strong>
      </p>
      <p>{ct("vote.brokenLink")}</p>
    </div>
  );
}
