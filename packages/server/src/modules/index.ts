import { actionsModule } from "./actions/module.js";
import { auditModule } from "./audit/module.js";
import { conversationsModule } from "./conversations/module.js";
import type { AppModule } from "./define.js";
import { deliberationModule } from "./deliberation/module.js";
import { identityModule } from "./identity/module.js";
import { juriesModule } from "./juries/module.js";
import { legalModule } from "./legal/module.js";
import { messagingModule } from "./messaging/module.js";
import { organizationsModule } from "./organizations/module.js";
import { panelsModule } from "./panels/module.js";
import { phoneModule } from "./phone/module.js";
import { poolModule } from "./pool/module.js";
import { reportsModule } from "./reports/module.js";
import { roundTablesModule } from "./roundtables/module.js";
import { surveysModule } from "./surveys/module.js";

/**
 * Every feature module of the server, in one list: the application (app.ts, server.ts,
 * permissions.ts) iterates over it and names no module; drizzle-kit reads each module's
 * schema.ts (drizzle.config.ts). A new module adds its definition (`modules/<name>/module.ts`)
 * here. Routes are registered in this order.
 */
export const appModules: readonly AppModule[] = [
  organizationsModule,
  identityModule,
  auditModule,
  messagingModule,
  conversationsModule,
  legalModule,
  poolModule,
  surveysModule,
  actionsModule,
  panelsModule,
  deliberationModule,
  roundTablesModule,
  juriesModule,
  reportsModule,
  phoneModule,
];

/** Every audit action the modules record (each declares its own; registry.test.ts checks). */
export const AUDIT_ACTIONS: readonly string[] = appModules.flatMap((m) => m.auditActions);
