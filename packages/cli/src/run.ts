// Entry point for running the CLI from source (used by `npm run dev`).
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
