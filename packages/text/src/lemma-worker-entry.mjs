// Lemmatisation worker entry: the package ships TypeScript sources, so register tsx first.
import { register } from "tsx/esm/api";

register();
await import("./lemma-worker.ts");
