// Benchmark of issue #16's fee payment through the panels module on the embedded database: a
// panel with N seated panelists (straight into the tables), each checked in and with sealed
// payment details; the batch computed from attendance with withholding, approved, and its
// pain.001.001.03 written (details unsealed, XML written) and validated against the schema.
// 1,000 payments measured, 100 as the baseline in the same process (ratio ≈ 10 means linear).
// Run: npm run bench panel-fees   (or npx tsx bench/panel-fees.bench.ts [sizes…])
import { validatePain001 } from "@kuulo/payments/validate";
import { createOrganization, feeBatchBench, openTestDatabase } from "@kuulo/server/testing";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1000];

const database = await openTestDatabase();
const db = database.db;
const rows: { n: number; batchMs: number; fileMs: number; validateMs: number }[] = [];
try {
  for (const [i, n] of [SIZES[0]!, ...SIZES].entries()) {
    const organization = await createOrganization(db, {
      slug: `palkkiopenkki-${i}`,
      name: { fi: "Penkki", sv: "Penkki", en: "Penkki" },
      languages: ["fi"],
      actor: { label: "bench" },
    });
    const run = await feeBatchBench(db, { organizationId: organization.id, payees: n });
    const start = performance.now();
    const check = await validatePain001(run.xml);
    const validateMs = performance.now() - start;
    if (!check.valid) throw new Error("the payment file does not validate");
    if (run.transactions !== n) throw new Error(`${run.transactions} transactions for ${n}`);
    if (i > 0) rows.push({ n, batchMs: run.batchMs, fileMs: run.fileMs, validateMs });
  }
} finally {
  await database.close();
}
console.log(
  "payments   batch (amounts + withholding)   pain.001 through the module   validate XSD",
);
for (const r of rows)
  console.log(
    `${String(r.n).padStart(8)}   ${r.batchMs.toFixed(0).padStart(8)} ms` +
      `   ${r.fileMs.toFixed(0).padStart(8)} ms   ${r.validateMs.toFixed(0).padStart(8)} ms`,
  );
if (rows.length >= 2) {
  const [a, b] = [rows[0]!, rows[rows.length - 1]!];
  console.log(
    `ratio ${b.n}/${a.n}: batch ${(b.batchMs / a.batchMs).toFixed(1)}×, file ${(b.fileMs / a.fileMs).toFixed(1)}×`,
  );
}
