/** Kuulo's vote values (the same as Polis's CSV exports): agree = 1, disagree = −1, pass = 0. */
export const VOTE_VALUES = { agree: 1, disagree: -1, pass: 0 } as const;
export type VoteChoice = keyof typeof VOTE_VALUES;
