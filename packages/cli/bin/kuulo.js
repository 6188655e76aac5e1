#!/usr/bin/env node
// The `kuulo` command. It runs the compiled JavaScript (`dist/`, written by `npm run build` or
// `npm start`) when that is current. Otherwise — in development, before a build or after an edit —
// it runs the TypeScript sources through tsx, resolving the @kuulo packages to their sources
// (the `kuulo-source` export condition).
import * as module from "node:module";
import { compiledStale } from "./compiled.js";

let main;
if (compiledStale() === null) {
  ({ main } = await import("../dist/main.js"));
} else {
  let tsx;
  try {
    tsx = await import("tsx/esm/api");
  } catch {
    process.stderr.write(
      `kuulo: the compiled JavaScript is missing or out of date (${compiledStale()}) and tsx, which runs the TypeScript sources, is not installed. Run \`npm run build\` first.\n`,
    );
    process.exit(1);
  }
  // The @kuulo packages resolve to their sources: in-thread hooks where Node.js has them
  // (22.15+; module.register is deprecated from Node.js 26 on), module.register on Node.js 20.
  if (module.registerHooks) {
    module.registerHooks({
      resolve: (s, c, next) => next(s, { ...c, conditions: [...c.conditions, "kuulo-source"] }),
    });
  } else {
    module.register(
      "data:text/javascript,export function resolve(s,c,n){return n(s,{...c,conditions:[...c.conditions,'kuulo-source']})}",
    );
  }
  tsx.register();
  ({ main } = await import("../src/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
