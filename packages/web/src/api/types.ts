import type { Language, Localized } from "../lib/language.js";

export type Role = "admin" | "moderator" | "analyst" | "facilitator" | "action_editor" | "viewer";
export const ROLES: readonly Role[] = [
  "admin",
  "moderator",
  "analyst",
  "facilitator",
  "action_editor",
  "viewer",
];

export interface OrgSummary {
  slug: string;
  name: Localized;
}

export interface Activity {
  id: string;
  kind: string;
  title: Localized | string;
  url: string;
  closesAt: string | null;
}

export interface PublicOrg {
  slug: string;
  name: Localized;
  languages: Language[];
  defaultLanguage: Language;
  themeColor: string | null;
  logoUrl: string | null;
  oidcEnabled: boolean;
  activities: Activity[];
}

export interface Membership {
  org: OrgSummary;
  roles: Role[];
  /** The person's name as this organization knows it. */
  displayName: string;
}

export interface Me {
  user: { id: string; email: string; displayName: string | null };
  memberships: Membership[];
  csrfToken: string;
  /** After POST /api/auth/sign-in: where the link was asked from (a path), if anywhere. */
  returnTo?: string | null;
}

export interface OrgSettings {
  slug: string;
  name: Localized;
  languages: Language[];
  defaultLanguage: Language;
  themeColor: string | null;
  logoUrl: string | null;
  oidc: { enabled: boolean; issuer: string | null; clientId: string | null; hasSecret: boolean };
}

export interface OrgSettingsPatch {
  name?: Localized;
  languages?: Language[];
  defaultLanguage?: Language;
  themeColor?: string;
  oidc?: {
    enabled?: boolean;
    issuer?: string | null;
    clientId?: string | null;
    clientSecret?: string;
  };
}

export interface StaffMember {
  id: string;
  email: string;
  displayName: string | null;
  roles: Role[];
  addedAt: string;
  lastSignInAt: string | null;
}

export interface AuditEvent {
  id: string | number;
  at: string;
  /** A staff user, a named system actor (CLI, demo, start-up), or nobody. */
  actor: { id: string; email: string } | { label: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: unknown;
}

export interface AuditPage {
  events: AuditEvent[];
  /** Cursor for the next (older) page; the server sends the last event id. */
  nextBefore: string | number | null;
}

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  createdAt: string;
}
