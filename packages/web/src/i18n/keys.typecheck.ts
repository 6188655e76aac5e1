// Not imported anywhere: `npm run typecheck` compiles it to prove that translation keys are
// checked. Each @ts-expect-error fails the typecheck if the line below it stops being an
// error, i.e. if a key that no bundle has were accepted.
import i18next from "i18next";

export function translationKeysAreChecked(): string[] {
  return [
    i18next.t("common.loading"),
    i18next.t("vote.agree", { ns: "conversations" }),
    // @ts-expect-error: the app's bundle has no such key
    i18next.t("common.noSuchKey"),
    // @ts-expect-error: the conversations bundle has no such key
    i18next.t("vote.noSuchKey", { ns: "conversations" }),
    // @ts-expect-error: a feature's key is not in the app's namespace
    i18next.t("vote.agree"),
  ];
}
