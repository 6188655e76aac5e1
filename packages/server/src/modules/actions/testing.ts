import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import type { StaffClient } from "../../test-app.js";
import { actionRecommendationSources, actionRecommendations } from "./schema.js";
import { linkSource } from "./trail.js";

/** A small table in the import layout, with Finnish letters and a continuation row. */
export const SAMPLE_CSV = [
  "Suositus;Toimenpide;Aikataulu;Status;Vastuu;Lisätieto",
  "1. Nuorten ääni kuuluviin;Nuorisovaltuuston aloiteoikeus;2025;Käynnissä;Hallinto;Päätös keväällä",
  ";Työpajat kouluissa;8/2025–6/2026;Ei aloitettu;Hyvinvointi;",
  "Mielenterveyspalvelut lähelle;Vastaanotto yläkouluihin;2026;Toteutettu;Sosiaalipalvelut;Äänekoski",
  "",
].join("\r\n");

/** Imports SAMPLE_CSV (or `csv`) as a table through the staff route; returns the answer. */
export async function importSampleTable(
  client: StaffClient,
  options: {
    slug: string;
    title?: string;
    csv?: Buffer | string;
    publish?: boolean;
    tableSlug?: string;
    /** The activity the table follows up (its brief's "what has happened since"). */
    source?: { kind: string; id: string };
  },
) {
  const file = Buffer.isBuffer(options.csv)
    ? options.csv
    : Buffer.from(options.csv ?? SAMPLE_CSV, "utf8");
  return client.request({
    method: "POST",
    url: `/api/orgs/${options.slug}/actions/tables`,
    payload: {
      title: options.title ?? "Nuorisopaneeli 2025",
      file: file.toString("base64"),
      publish: options.publish ?? true,
      ...(options.tableSlug ? { slug: options.tableSlug } : {}),
      ...(options.source ? { sourceKind: options.source.kind, sourceId: options.source.id } : {}),
    },
  });
}

/** A published table of the organization, for the route walks (route-samples.ts). */
export async function sampleActionTargets(client: StaffClient, slug: string, db?: Db) {
  const created = await importSampleTable(client, { slug, title: "Reittikävely" });
  if (created.statusCode !== 201) throw new Error(`sample action table: ${created.body}`);
  const detail = await client.request({
    method: "GET",
    url: `/api/orgs/${slug}/actions/tables/${created.json().id}`,
  });
  const tableId = created.json().id as string;
  const recommendationId = detail.json().recommendations[0].id as string;
  // A source link of the table's first recommendation: made once, and again when a walk
  // unlinked it (so that a refused walk changes nothing and every allowed caller has one).
  // With `db`, made again without the client (a walk may sign it out).
  const link = async () => {
    if (db) {
      const [kept] = await db
        .select()
        .from(actionRecommendationSources)
        .where(eq(actionRecommendationSources.recommendationId, recommendationId));
      if (kept) return kept.id;
      const [recommendation] = await db
        .select()
        .from(actionRecommendations)
        .where(eq(actionRecommendations.id, recommendationId));
      const made = await linkSource(db, {
        organizationId: recommendation!.organizationId,
        recommendationId,
        input: { kind: "other", text: "Asukkaiden ehdotus" },
        actor: { label: "test" },
      });
      return made.id;
    }
    const listed = await client.request({
      method: "GET",
      url: `/api/orgs/${slug}/actions/tables/${tableId}/sources`,
    });
    const kept = listed.json().sources?.[0]?.id as string | undefined;
    if (kept) return kept;
    const made = await client.request({
      method: "POST",
      url: `/api/orgs/${slug}/actions/recommendations/${recommendationId}/sources`,
      payload: { kind: "other", text: "Asukkaiden ehdotus" },
    });
    if (made.statusCode !== 201) throw new Error(`sample source link: ${made.body}`);
    return made.json().id as string;
  };
  await link();
  return {
    actionSourceLinkId: link,
    actionTableId: tableId,
    actionTableSlug: created.json().slug as string,
    actionMeasureId: detail.json().recommendations[0].measures[0].id as string,
    actionRecommendationId: recommendationId,
  };
}
