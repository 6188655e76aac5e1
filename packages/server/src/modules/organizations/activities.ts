import type { Db } from "../../db/client.js";
import type { LocalizedText } from "./schema.js";

/** An open participation activity shown on an organization's public landing page. */
export interface Activity {
  id: string;
  kind: "conversation" | "survey" | "panel" | "deliberation" | "other";
  title: LocalizedText;
  /** Path in the web app, e.g. "/keski-suomi/c/abc". */
  url: string;
  closesAt: Date | null;
}

/** Each participation module contributes its open activities through one of these. */
export type ActivitySource = (
  db: Db,
  options: { organizationId: string; slug: string },
) => Promise<Activity[]>;
