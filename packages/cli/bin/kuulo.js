#!/usr/bin/env node
// The `kuulo` command. It runs the compiled JavaScript (`dist/`, written by `npm run build` or
// `npm start`) when that is current. Otherwise — in development, before a build or after an edit —
// it runs the TypeScript sources through tsx, resolving the @kuulo packages to their sources
// (the `kuulo-source` export condition).
import { register } from "node:module";
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
  register(
    "data:text/javascript,export function resolve(s,c,n){return n(s,{...c,conditions:[...c.conditions,'kuulo-source']})}",
  );
  tsx.register();
  ({ main } = await import("../src/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
