// Test helpers for other packages and the benchmarks (`@kuulo/server/testing`).
export { signInWithLink } from "./modules/identity/sign-in.js";
export { freePort, type ServeProcess, startServe } from "./serve-testing.js";
