// The reports module keeps no tables of its own: a brief is computed from the activity's
// stored results and the action tables each time it is read.
export {};
