// Benchmark of @kuulo/payments: reading payments.csv, writing pain.001.001.03 and validating it
// against the ISO 20022 schema, for 1,000 payments, with 100 payments as the baseline in the
// same process (ratio ≈ 10 means linear). Also the whole `kuulo payments pain001` command.
// Run: npm run bench payments   (or npx tsx bench/payments.bench.ts [sizes…], default 100 1000)
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type CliIO, main } from "@kuulo/cli";
import { ibanFromBban, readPaymentsCsv, writePain001 } from "@kuulo/payments";
import { validatePain001 } from "@kuulo/payments/validate";

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [100, 1000];
const payer = {
  name: "Hyvinvointialue",
  iban: "FI2112345600000785",
  bic: "NDEAFIHH",
  businessId: "0201256-6",
};

function csv(n: number): string {
  const rows = ["id;name;iban;amount;message"];
  for (let i = 0; i < n; i++) {
    const iban = ibanFromBban("FI", `${1 + (i % 8)}${String(i).padStart(13, "0")}`);
    rows.push(
      `P-${i + 1};Panelisti Ääkkönen ${i + 1};${iban};${30 + (i % 50)},${i % 100};Asukaspaneelin palkkio ${i + 1}`,
    );
  }
  return `${rows.join("\n")}\n`;
}

async function time<T>(f: () => Promise<T> | T, repeat: number): Promise<{ ms: number; value: T }> {
  let value = await f(); // warm-up
  const start = performance.now();
  for (let i = 0; i < repeat; i++) value = await f();
  return { ms: (performance.now() - start) / repeat, value };
}

interface Row {
  n: number;
  read: number;
  write: number;
  validate: number;
  command: number;
  bytes: number;
}

const rows: Row[] = [];
const dir = await mkdtemp(path.join(tmpdir(), "kuulo-payments-bench-"));
await writeFile(path.join(dir, "payer.json"), JSON.stringify(payer));
for (const n of SIZES) {
  const text = csv(n);
  const repeat = n <= 100 ? 20 : 5;
  const read = await time(() => readPaymentsCsv(text), repeat);
  if (read.value.problems.length > 0) throw new Error(JSON.stringify(read.value.problems[0]));
  const options = { payer, payments: read.value.payments, executionDate: "2026-12-10" };
  const write = await time(() => writePain001(options), repeat);
  const validate = await time(() => validatePain001(write.value.xml), repeat);
  if (!validate.value.valid) throw new Error(validate.value.errors.join("\n"));
  await writeFile(path.join(dir, `p${n}.csv`), text);
  const args = ["payments", "pain001", "--payer", "payer.json", "--payments", `p${n}.csv`];
  const command = await time(async () => {
    let err = "";
    const io: CliIO = {
      stdout: () => {},
      stderr: (text) => {
        err += text;
      },
      cwd: dir,
      env: {},
    };
    const code = await main([...args, "--date", "2026-12-10", "--out", `p${n}.xml`], io);
    if (code !== 0) throw new Error(err);
  }, repeat);
  const bytes = (await readFile(path.join(dir, `p${n}.xml`))).length;
  rows.push({
    n,
    read: read.ms,
    write: write.ms,
    validate: validate.ms,
    command: command.ms,
    bytes,
  });
}
await rm(dir, { recursive: true });

const f = (ms: number) => `${ms.toFixed(2)} ms`.padStart(11);
console.log("payments   read CSV   write XML   validate XSD   whole command   file size");
for (const r of rows) {
  console.log(
    `${String(r.n).padStart(8)} ${f(r.read)} ${f(r.write)}    ${f(r.validate)}     ${f(r.command)}   ${(r.bytes / 1024).toFixed(0)} kB`,
  );
}
if (rows.length >= 2) {
  const [base, big] = [rows[0]!, rows[rows.length - 1]!];
  const ratio = (k: keyof Row) => (big[k] / base[k]).toFixed(1);
  console.log(
    `ratio ${big.n}/${base.n} payments (${big.n / base.n}× the input): read ${ratio("read")}, write ${ratio("write")}, validate ${ratio("validate")}, command ${ratio("command")}`,
  );
}
