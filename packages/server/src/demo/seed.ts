import { sql } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { recordAudit } from "../modules/audit/index.js";
import type { DemoSeeder } from "../modules/define.js";
import { addStaff, findStaffByEmail, issueSignInLink } from "../modules/identity/index.js";
import {
  createOrganization,
  findOrganizationBySlug,
  type Organization,
} from "../modules/organizations/index.js";

export const DEMO_SLUG = "keski-suomi-demo";
export const DEMO_ADMIN_EMAIL = "admin@kuulo.example";

export type { DemoSeeder } from "../modules/define.js";

/**
 * Seeds the Finnish demo county once: the organization, its staff and whatever demo content
 * the modules provide. Running it again changes nothing.
 */
export async function seedDemo(
  db: Db,
  options: { seeders?: DemoSeeder[]; dataKey?: Buffer | undefined } = {},
): Promise<{ organization: Organization; created: boolean }> {
  // Several processes may start at once: one seeds, the others wait and find it done.
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_ID})`);
    return seedInTransaction(tx, options);
  });
}

const SEED_LOCK_ID = 7_245_002;

async function seedInTransaction(
  db: Db,
  options: { seeders?: DemoSeeder[]; dataKey?: Buffer | undefined },
): Promise<{ organization: Organization; created: boolean }> {
  try {
    return { organization: await findOrganizationBySlug(db, DEMO_SLUG), created: false };
  } catch (error) {
    if (!(error instanceof AppError && error.code === "org.not_found")) throw error;
  }
  const actor = { label: "demo" };
  const organization = await createOrganization(db, {
    slug: DEMO_SLUG,
    name: {
      fi: "Keski-Suomen hyvinvointialue (demo)",
      sv: "Välfärdsområdet Mellersta Finland (demo)",
      en: "Central Finland Wellbeing Services County (demo)",
    },
    languages: ["fi", "sv", "en"],
    defaultLanguage: "fi",
    themeColor: "#00594f",
    actor,
  });
  const staff = [
    { email: DEMO_ADMIN_EMAIL, displayName: "Osallisuustiimi (demo)", roles: ["admin"] as const },
    {
      email: "moderaattori@kuulo.example",
      displayName: "Maija Moderaattori",
      roles: ["moderator"] as const,
    },
    {
      email: "analyytikko@kuulo.example",
      displayName: "Antti Analyytikko",
      roles: ["analyst", "viewer"] as const,
    },
    {
      email: "fasilitaattori@kuulo.example",
      displayName: "Fanni Fasilitaattori",
      roles: ["facilitator"] as const,
    },
    {
      email: "yksikko@kuulo.example",
      displayName: "Yrjö Yksikkö",
      roles: ["action_editor"] as const,
    },
  ];
  for (const person of staff) {
    await addStaff(db, {
      organizationId: organization.id,
      ...person,
      roles: [...person.roles],
      actor,
    });
  }
  for (const seeder of options.seeders ?? [])
    await seeder(db, { organization, dataKey: options.dataKey });
  return { organization, created: true };
}

/**
 * A one-time sign-in link for the demo admin (printed at start-up), recorded in the audit log;
 * undefined when the demo admin does not exist.
 */
export async function demoAdminSignInLink(
  db: Db,
  options: { organization: Organization; publicUrl: string; minutes: number },
): Promise<string | undefined> {
  const admin = await findStaffByEmail(db, DEMO_ADMIN_EMAIL);
  if (!admin) return undefined;
  const link = await issueSignInLink(db, {
    userId: admin.id,
    organizationId: options.organization.id,
    publicUrl: options.publicUrl,
    minutes: options.minutes,
  });
  await recordAudit(db, {
    organizationId: options.organization.id,
    actor: { label: "start-up" },
    action: "staff.sign_in_link_issued",
    targetType: "staff_user",
    targetId: admin.id,
    detail: { reason: "demo start-up" },
  });
  return link;
}
