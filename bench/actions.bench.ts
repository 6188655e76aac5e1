// Benchmark of issue #18's public action table: a published table of 1,000 measures (200
// recommendations × 5), served by a real server on the embedded database over HTTP. The public
// page's data must answer with p99 under 100 ms; the open data (JSON and CSV) is measured too.
// Run: npm run bench actions [-- MEASURES [REQUESTS]]   (default 1000 300)
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createOrganization, importActionTable, startServer } from "@kuulo/server";
import { freePort } from "@kuulo/server/testing";

const measures = Number(process.argv[2] ?? 1000);
const requests = Number(process.argv[3] ?? 300);
const LIMIT_P99_MS = 100;

const dataDir = mkdtempSync(join(tmpdir(), "kuulo-bench-actions-"));
const port = await freePort();
const server = await startServer({
  env: {
    DATA_DIR: dataDir,
    DATABASE_URL: "",
    PORT: String(port),
    HOST: "127.0.0.1",
    PUBLIC_URL: `http://localhost:${port}`,
    LOG_LEVEL: "silent",
    ACTIONS_WORKER: "false",
  },
});
let failed = false;
try {
  const db = server.database.db;
  const organization = await createOrganization(db, {
    slug: "penkki",
    name: { fi: "Penkki", sv: "Penkki", en: "Penkki" },
    languages: ["fi", "sv", "en"],
    actor: { label: "bench" },
  });
  const statuses = ["Ei aloitettu", "Käynnissä", "Toteutettu", "Käsitelty", "Jatkuva"];
  const rows = [["Suositus", "Toimenpide", "Aikataulu", "Status", "Vastuu", "Lisätieto"]];
  for (let i = 0; i < measures; i++) {
    rows.push([
      i % 5 === 0
        ? `Suositus ${i / 5 + 1}: palvelut lähemmäs asukkaita ja nuorten ääni kuuluviin`
        : "",
      `Toimenpide ${i + 1}: selvitetään ja toteutetaan yhdessä kuntien kanssa, seurataan vuosittain`,
      `${(i % 12) + 1}/2026–12/2027`,
      statuses[i % statuses.length]!,
      `Yksikkö ${i % 9}`,
      i % 3 === 0 ? "Päätös aluehallituksessa; lisätietoja hyvinvointikertomuksessa" : "",
    ]);
  }
  const t0 = performance.now();
  await importActionTable(db, {
    organizationId: organization.id,
    title: "Penkkitaulukko",
    slug: "penkki",
    rows,
    publish: true,
    actor: { label: "bench" },
  });
  console.log(`imported ${measures} measures in ${(performance.now() - t0).toFixed(0)} ms`);

  const base = `http://127.0.0.1:${port}/api/orgs/penkki/actions`;
  for (const [label, url, limit] of [
    ["public page data", `${base}/public/penkki`, LIMIT_P99_MS],
    ["open data JSON", `${base}/open/penkki.json`, undefined],
    ["open data CSV", `${base}/open/penkki.csv`, undefined],
  ] as const) {
    for (let i = 0; i < 20; i++) await (await fetch(url)).arrayBuffer();
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requests; i++) {
      const start = performance.now();
      const response = await fetch(url);
      const body = await response.arrayBuffer();
      times.push(performance.now() - start);
      bytes = body.byteLength;
      if (response.status !== 200) throw new Error(`${label}: ${response.status}`);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
    console.log(
      `${label}: ${measures} measures, ${(bytes / 1024).toFixed(0)} KiB, ${requests} requests one after another: ` +
        `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms` +
        (limit ? ` (p99 limit ${limit} ms: ${((at(0.99) / limit) * 100).toFixed(0)} %)` : ""),
    );
    if (limit && at(0.99) > limit) failed = true;
  }
  // The first request after each change makes the answer anew (the kept one is stale).
  const cold: number[] = [];
  for (let i = 0; i < 50; i++) {
    await db.execute(`update action_tables set updated_at = now() where slug = 'penkki'`);
    const start = performance.now();
    await (await fetch(`${base}/public/penkki`)).arrayBuffer();
    cold.push(performance.now() - start);
  }
  cold.sort((a, b) => a - b);
  console.log(
    `public page data after a change (made anew), 50 requests: p50 ${cold[24]!.toFixed(1)} ms, ` +
      `max ${cold[49]!.toFixed(1)} ms`,
  );
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
if (failed) process.exit(1);
