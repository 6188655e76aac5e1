import { actionsWebModule } from "./actions/module.js";
import { conversationsWebModule } from "./conversations/module.js";
import { deliberationWebModule } from "./deliberation/module.js";
import { registerNamespaces } from "./i18n/index.js";
import { juriesWebModule } from "./juries/module.js";
import { legalWebModule } from "./legal/module.js";
import type { WebModule } from "./lib/module.js";
import { panelsWebModule } from "./panels/module.js";
import { phoneWebModule } from "./phone/module.js";
import { poolWebModule } from "./pool/module.js";
import { reportsWebModule } from "./reports/module.js";
import { roundTablesWebModule } from "./roundtables/module.js";
import { surveysWebModule } from "./surveys/module.js";

/**
 * Every feature module of the web app, in one list: App.tsx takes their routes from it and
 * their translation namespaces are registered here. A new module adds its definition
 * (`<name>/module.tsx`) to the list.
 */
export const webModules: readonly WebModule[] = [
  conversationsWebModule,
  legalWebModule,
  poolWebModule,
  surveysWebModule,
  actionsWebModule,
  panelsWebModule,
  deliberationWebModule,
  roundTablesWebModule,
  juriesWebModule,
  reportsWebModule,
  phoneWebModule,
];

registerNamespaces(webModules.flatMap((m) => m.namespaces));
