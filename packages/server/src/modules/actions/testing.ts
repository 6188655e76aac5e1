import type { StaffClient } from "../../test-app.js";

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
    },
  });
}

/** A published table of the organization, for the route walks (route-samples.ts). */
export async function sampleActionTargets(client: StaffClient, slug: string) {
  const created = await importSampleTable(client, { slug, title: "Reittikävely" });
  if (created.statusCode !== 201) throw new Error(`sample action table: ${created.body}`);
  const detail = await client.request({
    method: "GET",
    url: `/api/orgs/${slug}/actions/tables/${created.json().id}`,
  });
  return {
    actionTableId: created.json().id as string,
    actionTableSlug: created.json().slug as string,
    actionMeasureId: detail.json().recommendations[0].measures[0].id as string,
    actionRecommendationId: detail.json().recommendations[0].id as string,
  };
}
