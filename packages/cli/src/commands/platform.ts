import { type ParseArgsConfig, parseArgs } from "node:util";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

import {
  acquireDataDirLock,
  addStaff,
  type Config,
  ConfigError,
  createOrganization,
  type Database,
  DataDirBusyError,
  type DataDirLock,
  databaseFor,
  demoSeeders,
  findOrganizationBySlug,
  findStaffByEmail,
  issueSignInLink,
  LANGUAGES,
  type Language,
  languagesSchema,
  migrate,
  parseConfig,
  ROLES,
  type Role,
  recordAudit,
  seedDemo,
  slugSchema,
  startServer,
  themeColorSchema,
} from "@kuulo/server";
import { type CliCommand, type CliIO, UsageError } from "../command.js";

const CONFIG_NOTE =
  "Configuration comes from environment variables (see the README), e.g. DATABASE_URL, DATA_DIR.";
const EMBEDDED_NOTE =
  "On the embedded database (no DATABASE_URL) it refuses while `kuulo serve` runs on the same\n" +
  "DATA_DIR (the server would never see the change): stop the server first.";

export function config(io: CliIO, overrides: Record<string, string> = {}): Config {
  return parseConfig({ ...io.env, ...overrides });
}

/**
 * Opens the database for one command. The embedded database serves one process, so its lock
 * (DATA_DIR/kuulo.lock) is taken first: while `kuulo serve` runs on the same DATA_DIR the
 * command refuses instead of writing into a copy that the server never sees.
 */
export async function openDatabase(
  cfg: Config,
  command: string,
): Promise<{ database: Database; lock: DataDirLock | undefined; close: () => Promise<void> }> {
  let lock: DataDirLock | undefined;
  if (!cfg.databaseUrl) {
    try {
      lock = acquireDataDirLock(cfg.dataDir, { command: `kuulo ${command}` });
    } catch (error) {
      if (error instanceof DataDirBusyError)
        throw new Error(`nothing was changed: ${error.message}`);
      throw error;
    }
  }
  try {
    const database = await databaseFor(cfg);
    return {
      database,
      lock,
      close: async () => {
        try {
          await database.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

/**
 * Where printed sign-in links point: the server's own rule (config.ts: PUBLIC_URL, else
 * http://localhost:PORT) when PUBLIC_URL or PORT is set for the command; otherwise, on the
 * embedded database, the address that the server on this DATA_DIR last ran at.
 */
export function linkBase(io: CliIO, cfg: Config, lock: DataDirLock | undefined): string {
  if (io.env.PUBLIC_URL || io.env.PORT) return cfg.publicUrl;
  return lock?.previous?.server?.publicUrl ?? cfg.publicUrl;
}

function options<const T extends ParseArgsOptionsConfig>(args: string[], spec: T) {
  try {
    return parseArgs({ args, options: spec, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const serve: CliCommand = {
  name: "serve",
  summary: "Run the Kuulo server (web app and API)",
  help: `Usage: kuulo serve [--demo] [--port N]

Applies database migrations, then serves the web app and the API.
  --demo     seed the Finnish demo county on first run and print a sign-in link
  --port N   listen on port N (default PORT or 3000)
On the embedded database (no DATABASE_URL) it holds DATA_DIR/kuulo.lock while it runs, so that
commands on the same DATA_DIR refuse instead of writing where the server never looks.
${CONFIG_NOTE}`,
  run: async (args, io) => {
    const values = options(args, { demo: { type: "boolean" }, port: { type: "string" } });
    const env = {
      ...io.env,
      ...(values.demo ? { KUULO_DEMO: "true" } : {}),
      ...(values.port ? { PORT: values.port } : {}),
    };
    let server: Awaited<ReturnType<typeof startServer>>;
    try {
      server = await startServer({ env });
    } catch (error) {
      if (error instanceof ConfigError) {
        io.stderr(`${error.message}\n`);
        return 2;
      }
      throw error;
    }
    const where = server.config.publicUrl;
    io.stdout(
      [
        "",
        `Kuulo is running at ${where}`,
        `  database: ${server.database.kind === "pglite" ? `embedded PGlite in ${server.config.dataDir}` : "PostgreSQL"}`,
        `  API documentation: ${where}/api/docs`,
        ...(server.config.devOutbox
          ? [`  mail outbox (no SMTP configured): ${where}/dev/outbox`]
          : []),
        ...(server.demoSignInLink
          ? [
              "",
              `Sign in as the demo county's admin (one-time link, valid ${server.config.signInLinkMinutes} minutes):`,
              `  ${server.demoSignInLink}`,
            ]
          : []),
        "",
      ].join("\n"),
    );
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await server.close();
    return 0;
  },
};

const migrateCommand: CliCommand = {
  name: "migrate",
  summary: "Apply database migrations",
  help: `Usage: kuulo migrate\n\nApplies pending database migrations and lists them.\n${EMBEDDED_NOTE}\n${CONFIG_NOTE}`,
  run: async (args, io) => {
    options(args, {});
    const { database, close } = await openDatabase(config(io), "migrate");
    try {
      const { applied } = await migrate(database.db);
      io.stdout(
        applied.length ? `Applied: ${applied.join(", ")}\n` : "The database is up to date.\n",
      );
      return 0;
    } finally {
      await close();
    }
  },
};

const demo: CliCommand = {
  name: "demo",
  summary: "Seed the Finnish demo county",
  help: `Usage: kuulo demo\n\nCreates the demo county (keski-suomi-demo) with staff and demo content, once.\n${EMBEDDED_NOTE}\n${CONFIG_NOTE}`,
  run: async (args, io) => {
    options(args, {});
    const { database, close } = await openDatabase(config(io), "demo");
    try {
      await migrate(database.db);
      const { organization, created } = await seedDemo(database.db, { seeders: demoSeeders });
      io.stdout(
        created
          ? `Seeded the demo county "${organization.name.fi}" (${organization.slug}).\n`
          : `The demo county (${organization.slug}) exists already; nothing changed.\n`,
      );
      return 0;
    } finally {
      await close();
    }
  },
};

function parseList<T extends string>(value: string, allowed: readonly T[], flag: string): T[] {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`${flag}: "${item}" is not one of ${allowed.join(", ")}`);
    }
  }
  return items as T[];
}

const orgCreate: CliCommand = {
  name: "org create",
  summary: "Create an organization (a county or municipality)",
  help: `Usage: kuulo org create --slug SLUG --name-fi NAME [--name-sv NAME] [--name-en NAME]
                        [--languages fi,sv,en] [--color #005eb8]

  --slug        the address, e.g. pirkanmaa (a–z, 0–9, hyphens)
  --name-fi     the Finnish name; --name-sv and --name-en default to it
  --languages   enabled languages, the first is the default (default: fi,sv,en)
  --color       theme colour (default #005eb8)
${EMBEDDED_NOTE}
${CONFIG_NOTE}`,
  run: async (args, io) => {
    const v = options(args, {
      slug: { type: "string" },
      "name-fi": { type: "string" },
      "name-sv": { type: "string" },
      "name-en": { type: "string" },
      languages: { type: "string" },
      color: { type: "string" },
    });
    if (!v.slug) throw new UsageError("--slug is required");
    if (!v["name-fi"]) throw new UsageError("--name-fi is required");
    const slug = slugSchema.safeParse(v.slug);
    if (!slug.success) throw new UsageError(`--slug: ${slug.error.issues[0]!.message}`);
    const languages = languagesSchema.safeParse(
      parseList(v.languages ?? "fi,sv,en", LANGUAGES, "--languages"),
    );
    if (!languages.success)
      throw new UsageError(`--languages: ${languages.error.issues[0]!.message}`);
    const color = themeColorSchema.safeParse(v.color ?? "#005eb8");
    if (!color.success) throw new UsageError(`--color: ${color.error.issues[0]!.message}`);
    const fi = v["name-fi"];
    const { database, close } = await openDatabase(config(io), "org create");
    try {
      await migrate(database.db);
      const org = await createOrganization(database.db, {
        slug: slug.data,
        name: { fi, sv: v["name-sv"] ?? fi, en: v["name-en"] ?? fi },
        languages: languages.data as Language[],
        themeColor: color.data,
        actor: { label: "cli" },
      });
      io.stdout(
        `Created ${org.slug} (${org.name.fi}). Add its first admin with: kuulo user add --org ${org.slug} --email … --roles admin\n`,
      );
      return 0;
    } finally {
      await close();
    }
  },
};

const userAdd: CliCommand = {
  name: "user add",
  summary: "Add a staff user to an organization and print a sign-in link",
  help: `Usage: kuulo user add --org SLUG --email EMAIL [--name NAME] [--roles admin,moderator,…]

  --roles   one or more of ${ROLES.join(", ")} (default: viewer)
Prints a one-time sign-in link valid for SIGN_IN_LINK_MINUTES (default 15). The link starts
with PUBLIC_URL, else http://localhost:PORT, as the server's do; with neither set, on the
embedded database, with the address of the server that last ran on DATA_DIR.
If the person is already on the organization's staff, only the link is printed.
${EMBEDDED_NOTE}
${CONFIG_NOTE}`,
  run: async (args, io) => {
    const v = options(args, {
      org: { type: "string" },
      email: { type: "string" },
      name: { type: "string" },
      roles: { type: "string" },
    });
    if (!v.org) throw new UsageError("--org is required");
    if (!v.email) throw new UsageError("--email is required");
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email))
      throw new UsageError(`--email: "${v.email}" is not an email address`);
    const roles = parseList(v.roles ?? "viewer", ROLES, "--roles") as Role[];
    if (roles.length === 0) throw new UsageError("--roles: give at least one role");
    const cfg = config(io);
    const { database, lock, close } = await openDatabase(cfg, "user add");
    try {
      await migrate(database.db);
      const org = await findOrganizationBySlug(database.db, v.org);
      const existing = await findStaffByEmail(database.db, v.email);
      let userId = existing?.id;
      try {
        const member = await addStaff(database.db, {
          organizationId: org.id,
          email: v.email,
          displayName: v.name ?? v.email.split("@")[0]!,
          roles,
          actor: { label: "cli" },
        });
        userId = member.id;
        io.stdout(`Added ${member.email} to ${org.slug} as ${member.roles.join(", ")}.\n`);
      } catch (error) {
        if (!(error instanceof Error && "code" in error && error.code === "conflict")) throw error;
        io.stdout(`${v.email} is already on the staff of ${org.slug}.\n`);
      }
      const link = await issueSignInLink(database.db, {
        userId: userId!,
        organizationId: org.id,
        publicUrl: linkBase(io, cfg, lock),
        minutes: cfg.signInLinkMinutes,
      });
      await recordAudit(database.db, {
        organizationId: org.id,
        actor: { label: "cli" },
        action: "staff.sign_in_link_issued",
        targetType: "staff_user",
        targetId: userId!,
        detail: { reason: "kuulo user add" },
      });
      io.stdout(`One-time sign-in link (valid ${cfg.signInLinkMinutes} minutes):\n  ${link}\n`);
      return 0;
    } finally {
      await close();
    }
  },
};

export const platformCommands: CliCommand[] = [serve, migrateCommand, demo, orgCreate, userAdd];
