import type { OrgSettings, OrgSettingsPatch } from "../api/types.js";
import type { Language } from "./language.js";

/** The organization settings form's state: plain strings, as the inputs hold them. */
export interface Draft {
  name: Record<Language, string>;
  languages: Language[];
  defaultLanguage: Language;
  themeColor: string;
  oidcEnabled: boolean;
  issuer: string;
  clientId: string;
  clientSecret: string;
}

export function draftOf(s: OrgSettings): Draft {
  return {
    name: { fi: s.name.fi ?? "", sv: s.name.sv ?? "", en: s.name.en ?? "" },
    languages: [...s.languages],
    defaultLanguage: s.defaultLanguage,
    themeColor: s.themeColor ?? "",
    oidcEnabled: s.oidc.enabled,
    issuer: s.oidc.issuer ?? "",
    clientId: s.oidc.clientId ?? "",
    clientSecret: "",
  };
}

/** Only what changed, so that the PATCH touches nothing else. */
export function patchOf(before: OrgSettings, d: Draft): OrgSettingsPatch {
  const patch: OrgSettingsPatch = {};
  const name = { fi: d.name.fi.trim(), sv: d.name.sv.trim(), en: d.name.en.trim() };
  if (
    name.fi !== (before.name.fi ?? "") ||
    name.sv !== (before.name.sv ?? "") ||
    name.en !== (before.name.en ?? "")
  ) {
    patch.name = name;
  }
  if (d.languages.join(",") !== before.languages.join(",")) patch.languages = d.languages;
  if (d.defaultLanguage !== before.defaultLanguage) patch.defaultLanguage = d.defaultLanguage;
  const color = d.themeColor.trim().toLowerCase();
  if (color !== (before.themeColor ?? "").toLowerCase()) patch.themeColor = color;
  const issuer = d.issuer.trim();
  const clientId = d.clientId.trim();
  const oidc: NonNullable<OrgSettingsPatch["oidc"]> = {};
  if (d.oidcEnabled !== before.oidc.enabled) oidc.enabled = d.oidcEnabled;
  if (issuer !== (before.oidc.issuer ?? "")) oidc.issuer = issuer || null;
  if (clientId !== (before.oidc.clientId ?? "")) oidc.clientId = clientId || null;
  if (d.clientSecret) oidc.clientSecret = d.clientSecret;
  if (Object.keys(oidc).length > 0) patch.oidc = oidc;
  return patch;
}
