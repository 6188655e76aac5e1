import type { ComponentType, ReactNode } from "react";
import type { NamespaceSource } from "../i18n/index.js";

/**
 * A feature module of the web app, as the app registers it (src/modules.ts): its translation
 * namespaces and its routes. App.tsx and main.tsx iterate over the list and name no module;
 * this shared base knows none of them.
 */
export interface WebModule {
  /** The module's folder name (`conversations`). */
  name: string;
  /** Its i18n namespaces, loaded on first use. */
  namespaces: readonly NamespaceSource[];
  /** Routes at the top of the site (residents' pages, e.g. `:slug/c/:publicId`). */
  siteRoutes?: ReactNode;
  /**
   * Public routes among an organization's pages (`/:slug/…`, inside OrgShell: its header and
   * footer), e.g. `privacy`.
   */
  orgRoutes?: ReactNode;
  /** Routes inside an organization's staff area (`/:slug/staff/…`). */
  staffRoutes?: ReactNode;
  /**
   * The module's card on the staff home page (`<li className="card">`), given the staff area's
   * base path; the card decides by the member's permissions whether it shows anything.
   */
  StaffHomeCard?: ComponentType<{ base: string }>;
}

export function defineWebModule(module: WebModule): WebModule {
  return module;
}
