// @kuulo/opinion: Polis-compatible opinion math. Pure TypeScript, no I/O, no dependencies.
export const OPINION_PACKAGE = "@kuulo/opinion";
