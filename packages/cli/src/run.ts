// Entry point of the CLI process: `npm run dev` runs it from the sources (tsx), `npm start` the
// compiled dist/run.js.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
