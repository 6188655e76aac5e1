import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Db } from "../../../db/client.js";
import type { Sealer } from "../../../db/sealed.js";
import { drawRoundSample } from "./draw.js";
import { createRound, importFrame } from "./rounds.js";

/** A file of the CLI's synthetic DVV fixtures (tests only; read when called). */
export function dvvFixture(name: string): Buffer {
  return readFileSync(
    fileURLToPath(new URL(`../../../../../cli/fixtures/dvv/${name}`, import.meta.url)),
  );
}

/** A round that passes validation: open now for 30 days, the fixtures' letter template. */
export function sampleRound(overrides: Record<string, unknown> = {}) {
  return {
    title: "Asukasraati",
    purpose: "Sote-palvelujen tulevaisuus",
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    sessionDates: ["2027-02-06"],
    sampleSize: 10,
    stratify: ["municipality"],
    seed: "reitti",
    letterTemplate: JSON.parse(dvvFixture("kirje.template.json").toString("utf8")),
    bilingual: true,
    ...overrides,
  };
}

/**
 * A fresh round of the organization, taken as far as a route needs: the frame route gets a
 * round without a frame, the draw route one with a frame, every other route a drawn round.
 */
export async function roundForRoute(
  db: Db,
  sealer: Sealer,
  options: { organizationId: string; url: string },
): Promise<string> {
  const input = sampleRound();
  const actor = { label: "test" };
  const round = await createRound(db, {
    organizationId: options.organizationId,
    input: {
      ...input,
      opensAt: new Date(input.opensAt),
      closesAt: new Date(input.closesAt),
      stratify: ["municipality"],
    },
    actor,
  });
  if (options.url.endsWith("/frame")) return round.id;
  const ids = { organizationId: options.organizationId, roundId: round.id, actor };
  await importFrame(db, sealer, {
    ...ids,
    bytes: dvvFixture("vaesto-otanta.csv"),
    skipInvalid: false,
  });
  if (options.url.endsWith("/draw")) return round.id;
  await drawRoundSample(db, sealer, ids);
  return round.id;
}
